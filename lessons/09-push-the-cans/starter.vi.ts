// Bài 9: Đẩy lon ra khỏi vòng tròn
// Ba cái lon đứng trong vòng tròn đen. Hãy đẩy hết chúng ra ngoài, còn robot ở lại trong vòng.
// Chương trình này tìm lon đầu tiên và lao tới nó, nhưng không bao giờ dừng lại!

let d = await robot.distance();
while (d > 40) {
  await robot.turn(15);
  d = await robot.distance();
}
console.log(`Thấy một lon cách ${d.toFixed(0)} cm.`);
await robot.forward(d);

// Đến lượt em: dừng lại ở vòng đen (robot.line()), lùi lại, rồi tìm lon tiếp theo.
