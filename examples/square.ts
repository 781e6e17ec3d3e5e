// Drive a square: four sides of 40 cm with a 90° left turn after each.
for (let side = 1; side <= 4; side++) {
  await robot.forward(40);
  await robot.turn(90);
  console.log(`side ${side} done at ${robot.time()} ms`);
}
