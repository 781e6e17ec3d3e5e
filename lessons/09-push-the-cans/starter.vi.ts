// Bài 9: Đẩy lon ra khỏi vòng tròn
// Ba cái lon đứng trong vòng tròn đen. Hãy đẩy hết chúng ra ngoài, và giữ các bánh xe ở trong vòng.
// Chương trình này tìm lon đầu tiên và tiến tới nó, nhưng dừng lại trước khi lon ra ngoài.

let d = await robot.distance();
while (d > 30) {
  await robot.turn(10);
  d = await robot.distance();
}
console.log(`Thấy một lon cách ${d.toFixed(0)} cm.`);
await robot.forward(d); // chỉ tới chỗ lon, không xa hơn

// Đến lượt em: đẩy tiếp cho đến khi cảm biến dò line thấy vòng (robot.line()), quay về, rồi tìm lon tiếp theo.
