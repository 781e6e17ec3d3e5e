// Lesson 13: Sensor scout: read, print, compare (reference solution)

let d = await robot.distance();
let floor = await robot.lineRaw();
console.log(`Start: box ${d.toFixed(0)} cm, floor ${floor.left.toFixed(2)}`);

for (let tile = 1; tile <= 3; tile++) {
  await robot.forward(35);
  await robot.wait(200);
  d = await robot.distance();
  floor = await robot.lineRaw();
  console.log(`Tile ${tile}: box ${d.toFixed(0)} cm, floor ${floor.left.toFixed(2)}`);
  if (floor.left < 0.3) {
    console.log('Black tile: I stop here.');
    break;
  }
}
