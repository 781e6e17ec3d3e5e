// Lesson 8: The maze (reference solution: right-hand wall following)

const TARGET = 28; // cm from the sensor to the wall, looking 45° to the right
const BASE = 60; // power when the distance is right

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, value));
}

await robot.servo(45);
let sawWall = true;
for (;;) {
  const d = await robot.distance();
  if (d > 70) {
    // No wall on the right: the wall turned a corner. The sensor looks ahead of the
    // robot, so first drive on a little, then follow the corner in a wide arc.
    if (sawWall) await robot.forward(20);
    sawWall = false;
    robot.drive(70, 45);
  } else {
    sawWall = true;
    // Too far from the wall: steer right (gently). Too close: steer left (hard).
    const steer = clamp(2 * (d - TARGET), -40, 15);
    robot.drive(BASE + steer, BASE - steer);
  }
}
