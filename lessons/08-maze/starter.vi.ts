// Bài 8: Mê cung
// Tìm đường ra khỏi mê cung tới lối ra màu xanh bằng cách giữ tay phải trên tường.
// Chương trình này chạy đến khi gần tường và in ra khoảng cách phía trước.

robot.drive(50, 50);
let d = await robot.distance();
while (d > 30) {
  console.log(`tường phía trước: ${d.toFixed(0)} cm`);
  d = await robot.distance();
}
robot.stop();

// Đến lượt em. Có servo: quay cảm biến về phía trước bên phải (servo ở 45°) và đi men theo tường.
// Không có servo: nhìn quanh ở mỗi bức tường và đi theo hướng có nhiều chỗ trống nhất.
