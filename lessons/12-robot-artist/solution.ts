// Lesson 12: Robot artist: draw and celebrate (reference solution)

/** Any shape with equal sides: `sides` sides of `size` cm, turning left. */
async function polygon(sides: number, size: number) {
  for (let i = 0; i < sides; i++) {
    await robot.forward(size);
    await robot.wait(200);
    await robot.turn(360 / sides);
    await robot.wait(200);
  }
}

await polygon(5, 35); // a pentagon: 5 turns of 72°

// The show: a little tune, and the LED blinks with every note.
const notes = [523, 659, 784, 1047];
for (const hz of notes) {
  robot.led(true);
  await robot.beep(hz, 200);
  robot.led(false);
  await robot.wait(100);
}
console.log('Ta-da!');
