// Lesson 9: Push the cans out of the ring (reference solution)
// The robot searches from the middle of the ring: from there, a can inside the ring is
// nearer than 40 cm, and a can already pushed out is further away.

const SEE_CAN_CM = 40;
const STEP = 10; // degrees per search step
const AIM = 6; // a can comes into view at the left edge of the sensor's cone: turn a little more

async function seesCan(): Promise<boolean> {
  return (await robot.distance()) < SEE_CAN_CM;
}

/** Turns left step by step to the next can and aims at it. */
async function aimAtNextCan(): Promise<void> {
  while (await seesCan()) await robot.turn(STEP); // first look away from what is in view now
  while (!(await seesCan())) await robot.turn(STEP);
  await robot.turn(AIM);
}

/** True when any line sensor sees the black ring. */
async function atRing(): Promise<boolean> {
  const seen = await robot.line();
  return seen.left || seen.right || seen.center === true;
}

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
