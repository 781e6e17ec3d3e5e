// Bài 7: Đua theo vạch
// Chạy một vòng đường đua, nhanh nhất có thể (và trong vòng 90 giây).
// Đây là cách đi theo vạch kiểu bật/tắt như ở bài 6: nó chạy hết một vòng, nhưng chậm. Hãy làm
// nó nhanh hơn mà không để mất vạch.

for (;;) {
  const seen = await robot.line();
  if (seen.left && !seen.right) robot.drive(0, 60);
  else if (seen.right && !seen.left) robot.drive(60, 0);
  else robot.drive(60, 60);
}
