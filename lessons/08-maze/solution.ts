// Lesson 8: The maze (reference solution for every robot: look around at each wall)
// With a servo, the robot can instead keep its "hand" on the wall while it drives (see the
// text); this way works on robots whose sensor cannot turn, too.

/** Drives straight until a wall is nearer than `cm`, then stops. */
async function driveToWall(cm: number): Promise<void> {
  robot.drive(60, 60);
  while ((await robot.distance()) > cm) {
    // the way ahead is free
  }
  robot.stop();
}

/**
 * Turns the robot from 90° right to 90° left in steps of 15°, measuring at each step, and
 * returns the angle with the most room (0 = the way it faced, positive = left). The robot
 * ends facing 90° left.
 */
async function lookAround(): Promise<number> {
  let bestAngle = 0;
  let bestDistance = 0;
  await robot.turn(-90);
  for (let angle = -90; angle <= 90; angle += 15) {
    if (angle > -90) await robot.turn(15);
    await robot.wait(50); // let the robot stand still before it measures
    const d = await robot.distance();
    if (d > bestDistance) {
      bestDistance = d;
      bestAngle = angle;
    }
  }
  return bestAngle;
}

for (;;) {
  await driveToWall(30);
  const way = await lookAround();
  console.log(`The most room is at ${way}°.`);
  await robot.turn(way - 90); // from 90° left back to that way
}
