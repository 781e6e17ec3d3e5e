// Lesson 9: Push the cans out of the ring (reference solution)
// The robot works from the middle of the ring: from there, a can inside the ring is nearer
// than 30 cm, and a can already pushed out is further away.

const SEE_CAN_CM = 30;

async function seesCan(): Promise<boolean> {
  return (await robot.distance()) < SEE_CAN_CM;
}

/** True when any line sensor sees the black ring. */
async function atRing(): Promise<boolean> {
  const seen = await robot.line();
  return seen.left || seen.right || seen.center === true;
}

/** Turns left to the next can and points the robot at its middle. */
async function aimAtNextCan(): Promise<void> {
  while (!(await seesCan())) await robot.turn(10);
  // The can is at the edge of the sensor's view: turn on until it leaves the view,
  // counting the steps, then come back half of them.
  let steps = 0;
  while (await seesCan()) {
    await robot.turn(5);
    steps++;
  }
  for (let i = 0; i < steps / 2; i++) await robot.turn(-5);
}

// A can in view at the start would be seen from its middle, not its edge: look away first.
while (await seesCan()) await robot.turn(10);
for (let can = 1; ; can++) {
  await aimAtNextCan();
  console.log(`Going for can ${can}.`);
  const start = robot.time();
  robot.drive(60, 60);
  while (!(await atRing())) {
    // push the can until the robot reaches the ring
  }
  const ms = robot.time() - start;
  // Drive back just as long, to be in the middle again.
  robot.drive(-60, -60);
  await robot.wait(ms);
  robot.stop();
}
