// Lesson 4: Stop before the wall
// Drive toward the wall and stop 10 to 20 cm before it, without touching it.

const d = await robot.distance();
console.log(`The wall is ${d.toFixed(0)} cm away.`);

await robot.forward(200); // too far: the robot will hit the wall!
