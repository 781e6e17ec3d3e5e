// A student who decides with robot.line() (dark or not) and prints the raw readings.
console.log('distance', Math.round(await robot.distance()));
console.log('floor', (await robot.lineRaw()).left);

let tile = 0;
while (tile < 3) {
  await robot.forward(35);
  tile = tile + 1;
  const raw = await robot.lineRaw();
  const dist = await robot.distance();
  console.log('tile', tile, 'distance', Math.round(dist), 'floor', raw.left);
  const dark = await robot.line();
  if (dark.left && dark.right) {
    break;
  }
}
