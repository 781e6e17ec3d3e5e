// Lesson 8: The maze
// Find the way out of the maze by keeping your right hand on the wall.
// This program points the sensor at the right wall and prints the distance while driving.

await robot.servo(45); // 90 = straight ahead, 0 = right, 180 = left
robot.drive(50, 50);
for (let i = 0; i < 20; i++) {
  const d = await robot.distance();
  console.log(`right-front wall: ${d.toFixed(0)} cm`);
}
robot.stop();
// Your turn: steer so that this distance stays about the same.
