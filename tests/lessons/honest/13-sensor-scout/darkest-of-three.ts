// A student who visits every tile, keeps the readings in a list, then goes back to the darkest.
const readings: number[] = [];
console.log(`Box at ${Math.round(await robot.distance())} cm`);
for (let tile = 1; tile <= 3; tile++) {
  await robot.forward(35);
  await robot.wait(200);
  const floor = (await robot.lineRaw()).left;
  readings.push(floor);
  console.log(`Tile ${tile}: ${floor.toFixed(2)}, box at ${Math.round(await robot.distance())} cm`);
}

let darkest = 0;
for (let i = 1; i < readings.length; i++) {
  if ((readings[i] ?? 1) < (readings[darkest] ?? 1)) darkest = i;
}
console.log(`The darkest is tile ${darkest + 1}.`);
await robot.backward(35 * (readings.length - 1 - darkest));
