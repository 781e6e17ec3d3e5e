// Lesson 7: Line race
// One lap of the race track, as fast as you can (and within 60 s).
// This is an on/off line follower like in lesson 6, but slow. Make it faster without
// losing the line.

for (;;) {
  const seen = await robot.line();
  if (seen.left && !seen.right) robot.drive(0, 40);
  else if (seen.right && !seen.left) robot.drive(40, 0);
  else robot.drive(40, 40);
}
