// Follow the playground's line loop with the three line sensors (kit l298n-2wd).
// Drive ahead to the loop, put the wheels over the line, turn onto it, then steer:
// dark under the left sensor only → steer left; under the right only → steer right.
robot.drive(40, 40);
while (!(await robot.line()).center) {}
await robot.forward(11);
await robot.turn(-90);
while (robot.time() < 30000) {
  const seen = await robot.line();
  if (seen.left && !seen.right) robot.drive(0, 55);
  else if (seen.right && !seen.left) robot.drive(55, 0);
  else robot.drive(45, 45);
}
robot.stop();
