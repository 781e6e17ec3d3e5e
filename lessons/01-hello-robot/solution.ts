// Lesson 1: Hello, robot! (reference solution)

robot.led(true);
console.log('Hello! My LED is on.');
await robot.wait(500);

await robot.beep(440, 500);
await robot.wait(200);

robot.led(false);
console.log('Goodbye! My LED is off.');
