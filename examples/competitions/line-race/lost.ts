// Line race: follows the line for a while, then leaves it at the first curve and stops
// (it never finishes: it is ranked by how far it got).

while (robot.time() < 3000) {
  const seen = await robot.line();
  if (seen.left && !seen.right) robot.drive(0, 40);
  else if (seen.right && !seen.left) robot.drive(40, 0);
  else robot.drive(40, 40);
}
await robot.forward(30);
robot.stop();
