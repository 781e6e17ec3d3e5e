// Follow the playground's line loop with the three line sensors (kit l298n-2wd).
// First drive down to the line, then steer: dark under the left sensor → turn left.
await robot.turn(-90);
robot.drive(40, 40);
while (!(await robot.line()).center) {}
await robot.turn(90);
while (robot.time() < 30000) {
  const seen = await robot.line();
  if (seen.left && !seen.right) robot.drive(0, 55);
  else if (seen.right && !seen.left) robot.drive(55, 0);
  else robot.drive(45, 45);
}
robot.stop();
