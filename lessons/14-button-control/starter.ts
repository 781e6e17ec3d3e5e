// Lesson 14: The button: wait, count, start and stop
// Each press of the button switches the robot: the 1st starts it, the 2nd stops it, and so on.
// After each press, print how many presses so far.

console.log('Press the button to start.');

// Wait for the button: read it again and again while it is not pressed.
while (!(await robot.button())) {
  // nothing to do: each reading already takes 20 ms
}
console.log('Pressed!');
robot.drive(50, 50);

// Your turn: keep reading the button, count the presses, and stop the robot on the 2nd.
await robot.wait(10000);
