// Bài 10: Nhìn quanh và chọn đường
// Ở cuối hành lang, đường rẽ sang trái hoặc sang phải, nhưng một phía là ngõ cụt.
// Nhìn cả hai phía bằng servo, rồi đi theo đường có nhiều chỗ trống hơn tới đích màu xanh.

robot.drive(60, 60);
while ((await robot.distance()) > 25) {
  // chạy lên hết hành lang
}
robot.stop();

await robot.servo(180); // nhìn sang trái
const left = await robot.distance();
console.log(`Trái: ${left.toFixed(0)} cm`);
await robot.servo(90); // nhìn thẳng lại

// Đến lượt em: nhìn cả sang phải, so sánh, quay robot rồi đi tiếp.
