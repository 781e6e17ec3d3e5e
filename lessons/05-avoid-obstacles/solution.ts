// Lesson 5: Obstacle avoidance (reference solution)

/** Turns by `deg` (positive = left), waits for the robot to settle, and measures. */
async function turnAndMeasure(deg: number): Promise<number> {
  await robot.turn(deg);
  await robot.wait(100);
  return await robot.distance();
}

for (;;) {
  robot.drive(70, 70);
  while ((await robot.distance()) > 40) {
    // the way ahead is free: keep driving
  }
  robot.stop();
  // Something is close: look 45° to each side and go where there is more room.
  const left = await turnAndMeasure(45);
  const right = await turnAndMeasure(-90);
  console.log(`left ${left.toFixed(0)} cm, right ${right.toFixed(0)} cm`);
  if (left > right) await robot.turn(90);
}
