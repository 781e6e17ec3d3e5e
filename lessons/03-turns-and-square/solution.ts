// Lesson 3: Turns and a square (reference solution)

for (let side = 1; side <= 4; side++) {
  await robot.forward(30);
  await robot.wait(200); // let the robot come to rest before turning
  await robot.turn(90);
  await robot.wait(200);
  console.log(`Side ${side} done.`);
}
