// Bài 8: Mê cung
// Tìm đường ra khỏi mê cung bằng cách luôn giữ tay phải trên tường.
// Chương trình này quay cảm biến về phía tường bên phải và in khoảng cách khi chạy.

await robot.servo(45); // 90 = thẳng phía trước, 0 = bên phải, 180 = bên trái
robot.drive(50, 50);
for (let i = 0; i < 20; i++) {
  const d = await robot.distance();
  console.log(`tường phía trước bên phải: ${d.toFixed(0)} cm`);
}
robot.stop();
// Đến lượt em: lái sao cho khoảng cách này gần như không đổi.
