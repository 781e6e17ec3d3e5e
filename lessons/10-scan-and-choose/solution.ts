// Lesson 10: Look around and choose a path (reference solution)

/** Drives straight until something is nearer than `cm`, then stops. */
async function driveUntilWall(cm: number): Promise<void> {
  robot.drive(60, 60);
  while ((await robot.distance()) > cm) {
    // keep driving
  }
  robot.stop();
}

/**
 * Sweeps the sensor from `from`° to `to`° (0 = right, 90 = ahead, 180 = left) in steps
 * of 15°, and returns the angle with the most room.
 */
async function scan(from: number, to: number): Promise<number> {
  let bestAngle = 90;
  let bestDistance = 0;
  for (let angle = from; angle <= to; angle += 15) {
    await robot.servo(angle);
    const d = await robot.distance();
    console.log(`${angle}°: ${d.toFixed(0)} cm`);
    if (d > bestDistance) {
      bestDistance = d;
      bestAngle = angle;
    }
  }
  await robot.servo(90); // look ahead again
  return bestAngle;
}

/** Turns the robot toward a servo angle (servo 90° = straight ahead). */
async function turnToward(angle: number): Promise<void> {
  await robot.turn(angle - 90);
  await robot.wait(200);
}

await driveUntilWall(55); // stop in the middle of the crossing, where the view is wide
const way = await scan(0, 180);
console.log(`Most room at ${way}°.`);
await turnToward(way);
// The robot may have driven a little crooked: a short second look straightens it out.
await turnToward(await scan(45, 135));
await driveUntilWall(25);
