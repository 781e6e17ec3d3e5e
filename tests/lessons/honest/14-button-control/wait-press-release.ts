// A student who waits for each press, acts, then waits for the release.
let count = 0;
for (;;) {
  while (!(await robot.button())) {
    // wait until the button goes down
  }
  count++;
  console.log('count', count);
  if (count % 2 === 1) {
    robot.drive(45, 45);
  } else {
    robot.stop();
  }
  while (await robot.button()) {
    // wait until it is let go, so one press counts once
  }
}
