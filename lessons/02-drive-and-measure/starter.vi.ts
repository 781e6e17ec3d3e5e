// Bài 2: Lái xe và đo đạc
// Đỗ robot vào ô đỗ xe. Ô đỗ cách bánh xe của robot 100 cm về phía trước.

await robot.forward(30); // đi 30 cm: chưa đủ xa

console.log(`Mình đã chạy trong ${robot.time()} ms.`);
