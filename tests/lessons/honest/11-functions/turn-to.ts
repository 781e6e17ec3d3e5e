// A student who keeps the heading in a variable and turns to it (turnTo).
let facing = 0;

async function turnTo(heading: number) {
  await robot.turn(heading - facing);
  facing = heading;
  await robot.wait(150);
}

async function square(size: number) {
  for (const heading of [0, 90, 180, 270]) {
    await turnTo(heading);
    await robot.forward(size);
    await robot.wait(150);
  }
  await turnTo(360);
  facing = 0;
}

await square(20);
await square(40);
