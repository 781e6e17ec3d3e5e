// Lesson 7: Line race (reference solution: proportional steering)
// lineRaw() gives 0 (black) .. 1 (white) under each sensor.

const BASE = 75; // power on a straight line
const GAIN = 45; // how hard to steer for a given error

function clamp(power: number): number {
  return Math.max(-100, Math.min(100, power));
}

for (;;) {
  const raw = await robot.lineRaw();
  // More white on the right than on the left means the line is to the left: steer left.
  const error = raw.right - raw.left;
  robot.drive(clamp(BASE - GAIN * error), clamp(BASE + GAIN * error));
}
