// A student who did the challenge first: any shape with equal sides.
async function polygon(sides: number, size: number) {
  for (let i = 0; i < sides; i++) {
    await robot.forward(size);
    await robot.wait(100);
    await robot.turn(360 / sides);
    await robot.wait(100);
  }
}

const sizes = [20, 40];
for (const size of sizes) {
  await polygon(4, size);
  console.log(`Square of ${size} cm done.`);
}
