// A student with one loop, the last reading in a variable, and the time of each press.
let before = false;
let total = 0;
while (robot.time() < 60000) {
  const now = await robot.button();
  if (now === true && before === false) {
    total += 1;
    console.log(`${total} press(es) at ${(robot.time() / 1000).toFixed(1)} s`);
    if (total % 2 === 0) robot.stop();
    else robot.drive(55, 55);
  }
  before = now;
}
