// Blink the LED three times and beep.
for (let i = 0; i < 3; i++) {
  robot.led(true);
  await robot.wait(300);
  robot.led(false);
  await robot.wait(300);
}
await robot.beep(440, 200);
console.log('Hello from the robot!');
