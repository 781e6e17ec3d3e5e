// Lesson 1: Hello, robot!
// The robot switches its LED on. Make it beep, then switch the LED off again.

robot.led(true);
console.log('Hello! My LED is on.');

// Your turn: wait a little, beep, and switch the LED off.
