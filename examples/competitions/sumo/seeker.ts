// kit: l298n-2wd
// Sumo: turn until the ultrasonic sensor sees the opponent, aim at it, then push it out
// at full power. The ring is black with a white edge: back off when a line sensor sees
// white.

const SEES_OPPONENT_CM = 100; // the ring is 144 cm across: nearer than this is the opponent
const TOUCHING_CM = 8; // this near, a lost opponent has only slipped aside: push on
const KEEP_PUSHING_MS = 400;
const WHITE = 0.5; // lineRaw() gives 0 (black) .. 1 (white)

let seenAt = -KEEP_PUSHING_MS;
let lastCm = Number.POSITIVE_INFINITY;
let scan = -1; // -1: turn right while searching, 1: left
let charging = false;
for (;;) {
  const raw = await robot.lineRaw();
  if (raw.left > WHITE || (raw.center ?? 0) > WHITE || raw.right > WHITE) {
    await robot.backward(12);
    await robot.turn(150);
    charging = false;
    continue;
  }
  const d = await robot.distance();
  if (d < SEES_OPPONENT_CM) {
    // Found while turning: it came in at the leading edge of the cone (15°). Aim at it.
    if (!charging) await robot.turn(12 * scan);
    charging = true;
    seenAt = robot.time();
    lastCm = d;
    robot.drive(100, 100);
  } else if (lastCm < TOUCHING_CM && robot.time() - seenAt < KEEP_PUSHING_MS) {
    robot.drive(100, 100);
  } else {
    // Lost it: look back the other way first.
    if (charging) scan = -scan;
    charging = false;
    lastCm = Number.POSITIVE_INFINITY;
    robot.drive(-45 * scan, 45 * scan);
  }
}
