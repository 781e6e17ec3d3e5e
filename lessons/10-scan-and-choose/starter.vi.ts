// Bài 10: Nhìn quanh và chọn đường
// Ở cuối hành lang, con đường đi tiếp theo một hướng; các hướng khác là ngõ cụt.
// Hãy nhìn quanh, rồi đi theo hướng có nhiều chỗ trống nhất tới đích màu xanh.

robot.drive(60, 60);
while ((await robot.distance()) > 40) {
  // chạy lên hành lang
}
robot.stop();

await robot.turn(90); // nhìn sang trái
const left = await robot.distance();
console.log(`Bên trái: ${left.toFixed(0)} cm`);
await robot.turn(-90); // nhìn lại phía trước

// Đến lượt em: nhìn theo nhiều hướng, nhớ hướng có nhiều chỗ trống nhất, và chạy theo hướng đó.
