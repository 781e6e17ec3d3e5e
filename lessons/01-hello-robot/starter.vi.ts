// Bài 1: Xin chào, robot!
// Robot bật đèn LED. Hãy cho nó kêu bíp, rồi tắt đèn LED.

robot.led(true);
console.log('Xin chào! Đèn LED của mình đang sáng.');

// Đến lượt em: chờ một chút, kêu bíp, rồi tắt đèn LED.
