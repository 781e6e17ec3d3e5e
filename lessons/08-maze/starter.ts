// Lesson 8: The maze
// Find the way out of the maze to the green exit by keeping your right hand on the wall.
// This program drives until a wall is near and prints the distance ahead.

robot.drive(50, 50);
let d = await robot.distance();
while (d > 30) {
  console.log(`wall ahead: ${d.toFixed(0)} cm`);
  d = await robot.distance();
}
robot.stop();

// Your turn. With a servo: turn the sensor to the right front (servo at 45°) and follow the wall.
// Without one: look around at each wall and take the way with the most room.
