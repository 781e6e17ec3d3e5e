// Lesson 4: Stop before the wall (reference solution)

robot.drive(60, 60);
let d = await robot.distance();
while (d > 18) {
  d = await robot.distance(); // each reading takes about 60 ms
}
robot.stop();
console.log(`Stopped: the wall is ${d.toFixed(1)} cm away.`);
