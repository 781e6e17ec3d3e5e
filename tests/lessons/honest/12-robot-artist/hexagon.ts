// A student who wrote a function for the shape and one for the show.
async function shape(sides: number, size: number) {
  const angle = 360 / sides;
  for (let i = 1; i <= sides; i++) {
    await robot.forward(size);
    await robot.turn(angle);
    await robot.wait(150);
  }
}

async function blinkAndBeep(hz: number) {
  robot.led(true);
  await robot.beep(hz, 250);
  robot.led(false);
  await robot.wait(150);
}

await blinkAndBeep(440);
await shape(6, 25);
await blinkAndBeep(660);
await blinkAndBeep(880);
await blinkAndBeep(660);
