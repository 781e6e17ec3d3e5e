// Lesson 6: Follow the line (reference solution: on/off steering)
// true = that sensor sees the dark line.

for (;;) {
  const seen = await robot.line();
  if (seen.left && !seen.right) {
    robot.drive(0, 60); // the line is on the left: turn left
  } else if (seen.right && !seen.left) {
    robot.drive(60, 0); // the line is on the right: turn right
  } else {
    robot.drive(60, 60); // straight on
  }
}
