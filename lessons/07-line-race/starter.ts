// Lesson 7: Line race
// One lap of the race track, as fast as you can (and within 90 s).
// This is an on/off line follower like in lesson 6: it finishes a lap, but slowly. Make it
// faster without losing the line.

for (;;) {
  const seen = await robot.line();
  if (seen.left && !seen.right) robot.drive(0, 60);
  else if (seen.right && !seen.left) robot.drive(60, 0);
  else robot.drive(60, 60);
}
