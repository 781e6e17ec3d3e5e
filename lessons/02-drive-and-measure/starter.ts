// Lesson 2: Drive and measure
// Park the robot in the parking box. It is 100 cm ahead of the robot's wheels.

await robot.forward(30); // drives 30 cm: not far enough yet

console.log(`I drove for ${robot.time()} ms.`);
