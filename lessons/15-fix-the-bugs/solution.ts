// Lesson 15: Fix the bugs: the delivery robot (reference solution: the three bugs fixed)

// 1. Drive to the wall and stop 10 to 20 cm before it.
robot.drive(50, 50);
let d = await robot.distance();
while (d > 18) {
  d = await robot.distance(); // fixed: measure again, or d never changes
}
robot.stop();
await robot.wait(300);

// 2. Turn left, towards the delivery zone.
await robot.turn(90); // fixed: positive degrees turn left

// 3. Drive into the delivery zone, then switch the light on.
await robot.forward(40); // fixed: wait until the robot has arrived
robot.led(true);
await robot.beep(880, 300);
console.log('Parcel delivered!');
