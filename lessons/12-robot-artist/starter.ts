// Lesson 12: Robot artist: draw and celebrate
// Draw a closed shape of your own on the paper, then give a light-and-sound show.

/** Any shape with equal sides: `sides` sides of `size` cm, turning left. */
async function polygon(sides: number, size: number) {
  for (let i = 0; i < sides; i++) {
    await robot.forward(size);
    await robot.turn(360 / sides);
  }
}

await polygon(3, 30); // a triangle: nice, but too small

robot.led(true);
await robot.beep(440, 300); // one note is not a show yet
robot.led(false);
