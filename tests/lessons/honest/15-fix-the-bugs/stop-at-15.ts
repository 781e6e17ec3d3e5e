// A student who stops at 15 cm and printed d inside the loop to find the first bug.
robot.drive(50, 50);
let d = await robot.distance();
while (d > 15) {
  d = await robot.distance();
  console.log('d =', d.toFixed(1));
}
robot.stop();
await robot.wait(500);
await robot.turn(90);
await robot.wait(300);
await robot.forward(40);
await robot.wait(200);
robot.led(true);
await robot.beep(660, 200);
await robot.beep(880, 200);
