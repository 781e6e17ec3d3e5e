// A student who prints each reading on its own line and compares with 0.4.
async function report() {
  const d = await robot.distance();
  console.log(`Distance: ${d.toFixed(1)} cm`);
  const floor = await robot.lineRaw();
  console.log(`Floor: ${floor.right.toFixed(2)}`);
  return floor.right;
}

let reading = await report();
let steps = 0;
while (reading >= 0.4 && steps < 3) {
  await robot.forward(35);
  await robot.wait(300);
  steps++;
  reading = await report();
}
console.log(`Stopped after ${steps} tiles.`);
