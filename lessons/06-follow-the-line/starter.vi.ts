// Bài 6: Đi theo vạch đen
// Đi theo vạch đen hết một vòng đường đua.
// Chương trình này đi thẳng và in ra những gì cảm biến dò vạch thấy. Nó ra khỏi vạch
// ở khúc cua đầu tiên. Hãy dạy nó lái!

robot.drive(60, 60);
for (let i = 0; i < 40; i++) {
  const seen = await robot.line();
  console.log(`trái ${seen.left}, phải ${seen.right}`);
  await robot.wait(100);
}
robot.stop();
