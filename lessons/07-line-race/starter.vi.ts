// Bài 7: Đua theo vạch
// Chạy một vòng đường đua, nhanh nhất có thể (và trong vòng 60 giây).
// Đây là cách đi theo vạch kiểu bật/tắt như ở bài 6, nhưng chậm. Hãy làm nó nhanh hơn
// mà không để mất vạch.

for (;;) {
  const seen = await robot.line();
  if (seen.left && !seen.right) robot.drive(0, 40);
  else if (seen.right && !seen.left) robot.drive(40, 0);
  else robot.drive(40, 40);
}
