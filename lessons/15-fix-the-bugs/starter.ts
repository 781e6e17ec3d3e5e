// Lesson 15: Fix the bugs: the delivery robot
// This program should deliver the parcel, but it has three bugs. Find them and fix them!
// Run it, read what the mission check says, and change one thing at a time.

// 1. Drive to the wall and stop 10 to 20 cm before it.
robot.drive(50, 50);
let d = await robot.distance();
while (d > 18) {
  await robot.wait(20);
}
robot.stop();
await robot.wait(300);

// 2. Turn left, towards the delivery zone.
await robot.turn(-90);

// 3. Drive into the delivery zone, then switch the light on.
robot.forward(40);
robot.led(true);
await robot.beep(880, 300);
console.log('Parcel delivered!');
