// A student who changed exactly the three lines of the starter and nothing else.

// 1. Drive to the wall and stop 10 to 20 cm before it.
robot.drive(50, 50);
let d = await robot.distance();
while (d > 18) {
  d = await robot.distance();
}
robot.stop();
await robot.wait(300);

// 2. Turn left, towards the delivery zone.
await robot.turn(90);

// 3. Drive into the delivery zone, then switch the light on.
await robot.forward(40);
robot.led(true);
await robot.beep(880, 300);
console.log('Parcel delivered!');
