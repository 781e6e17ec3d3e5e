// Lesson 10: Look around and choose a path (reference solution)
// At every wall the robot scans from right to left and turns toward the way with the most
// room. It turns the whole robot to look, so it works on every robot (a servo can turn the
// sensor instead: see the text).

/** Drives straight until something is nearer than `cm`, then stops. */
async function driveUntilWall(cm: number): Promise<void> {
  robot.drive(60, 60);
  while ((await robot.distance()) > cm) {
    // keep driving
  }
  robot.stop();
}

/**
 * Looks from 90° right to 90° left in steps of 15° and returns the angle with the most room
 * (0 = straight ahead, positive = left). The robot ends facing 90° left.
 */
async function scan(): Promise<number> {
  let bestAngle = 0;
  let bestDistance = 0;
  await robot.turn(-90);
  for (let angle = -90; angle <= 90; angle += 15) {
    if (angle > -90) await robot.turn(15);
    await robot.wait(50);
    const d = await robot.distance();
    console.log(`${angle}°: ${d.toFixed(0)} cm`);
    if (d > bestDistance) {
      bestDistance = d;
      bestAngle = angle;
    }
  }
  return bestAngle;
}

for (;;) {
  await driveUntilWall(40);
  const best = await scan();
  console.log(`Most room at ${best}°.`);
  await robot.turn(best - 90); // from 90° left, back to the best way
}
