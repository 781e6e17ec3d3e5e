// Bài 15: Sửa lỗi: robot giao hàng
// Chương trình này lẽ ra phải giao gói hàng, nhưng nó có ba lỗi. Hãy tìm và sửa chúng!
// Chạy chương trình, đọc kết quả kiểm tra nhiệm vụ, và mỗi lần chỉ sửa một chỗ.

// 1. Chạy tới bức tường và dừng cách tường 10 đến 20 cm.
robot.drive(50, 50);
let d = await robot.distance();
while (d > 18) {
  await robot.wait(20);
}
robot.stop();
await robot.wait(300);

// 2. Rẽ trái, về phía vùng giao hàng.
await robot.turn(-90);

// 3. Chạy vào vùng giao hàng, rồi bật đèn.
robot.forward(40);
robot.led(true);
await robot.beep(880, 300);
console.log('Đã giao hàng!');
