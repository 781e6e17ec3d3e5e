// Drive towards the block ahead and stop 15 cm before it.
robot.drive(50, 50);
let d = await robot.distance();
while (d > 15) {
  d = await robot.distance();
}
robot.stop();
console.log(`stopped ${d.toFixed(1)} cm from the block`);
