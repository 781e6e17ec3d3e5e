// Bài 14: Nút bấm: chờ, đếm, chạy và dừng
// Mỗi lần bấm nút sẽ đổi trạng thái robot: lần thứ 1 cho chạy, lần thứ 2 cho dừng, và cứ thế.
// Sau mỗi lần bấm, hãy in ra đã bấm bao nhiêu lần.

console.log('Hãy bấm nút để bắt đầu.');

// Chờ nút bấm: đọc nút đi đọc lại chừng nào nó chưa được nhấn.
while (!(await robot.button())) {
  // không cần làm gì: mỗi lần đọc đã mất 20 ms
}
console.log('Đã bấm!');
robot.drive(50, 50);

// Đến lượt em: tiếp tục đọc nút, đếm số lần bấm, và dừng robot ở lần bấm thứ 2.
await robot.wait(10000);
