// A student who draws a circle out of small steps, and a siren while it drives.
let on = false;
for (let step = 0; step < 36; step++) {
  await robot.forward(5);
  await robot.turn(10);
  if (step % 9 === 0) {
    on = !on;
    robot.led(on);
    await robot.beep(step % 2 === 0 ? 600 : 900, 100);
  }
}
robot.led(false);
await robot.beep(1200, 300);
