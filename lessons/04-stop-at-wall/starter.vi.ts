// Bài 4: Dừng trước bức tường
// Chạy về phía bức tường và dừng cách tường 10 đến 20 cm, không chạm vào tường.

const d = await robot.distance();
console.log(`Bức tường cách ${d.toFixed(0)} cm.`);

await robot.forward(200); // quá xa: robot sẽ đâm vào tường!
