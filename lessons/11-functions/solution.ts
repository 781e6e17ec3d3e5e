// Lesson 11: Your own commands: functions (reference solution)

/** Drives a square with sides of `size` cm, turning left, and ends where it started. */
async function square(size: number) {
  for (let side = 1; side <= 4; side++) {
    await robot.forward(size);
    await robot.wait(200); // let the robot come to rest before turning
    await robot.turn(90);
    await robot.wait(200);
  }
}

await square(20);
await square(40);
console.log('Two squares done.');
