// Lesson 10: Look around and choose a path
// At the end of the corridor the way goes left or right, but one side is a dead end.
// Look both ways with the servo, then take the way with more room to the green goal.

robot.drive(60, 60);
while ((await robot.distance()) > 25) {
  // drive up the corridor
}
robot.stop();

await robot.servo(180); // look left
const left = await robot.distance();
console.log(`Left: ${left.toFixed(0)} cm`);
await robot.servo(90); // look ahead again

// Your turn: look right too, compare, turn the robot and drive on.
