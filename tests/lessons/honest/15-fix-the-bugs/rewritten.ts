// A student who rewrote the program with functions after finding the bugs.
async function driveToWall(stopAt: number) {
  robot.drive(55, 55);
  while ((await robot.distance()) > stopAt) {
    // each reading is new: the loop sees the wall come closer
  }
  robot.stop();
}

async function deliver() {
  robot.led(true);
  await robot.beep(1000, 400);
  robot.led(false);
  console.log('Delivered.');
}

await driveToWall(19);
await robot.wait(300);
await robot.turn(90);
await robot.forward(40);
await deliver();
