// A student whose helper returns when a whole press is over (down, then up).
async function nextPress() {
  while (!(await robot.button())) {
    await robot.wait(10);
  }
  while (await robot.button()) {
    await robot.wait(10);
  }
}

let number = 0;
let moving = false;
while (true) {
  await nextPress();
  number = number + 1;
  moving = !moving;
  console.log(`Press number ${number}: ${moving ? 'go' : 'stop'}`);
  robot.drive(moving ? 40 : 0, moving ? 40 : 0);
}
