// A student who writes the four sides out inside the function, without waits.
async function square(size: number) {
  await robot.forward(size);
  await robot.turn(90);
  await robot.forward(size);
  await robot.turn(90);
  await robot.forward(size);
  await robot.turn(90);
  await robot.forward(size);
  await robot.turn(90);
}

await square(20);
await square(40);
