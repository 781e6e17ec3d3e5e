// Lesson 10: Look around and choose a path
// At the end of the corridor the way goes on in one direction; the other ways are dead ends.
// Look around, then take the way with the most room to the green goal.

robot.drive(60, 60);
while ((await robot.distance()) > 40) {
  // drive up the corridor
}
robot.stop();

await robot.turn(90); // look left
const left = await robot.distance();
console.log(`Left: ${left.toFixed(0)} cm`);
await robot.turn(-90); // look ahead again

// Your turn: look in many directions, remember the one with the most room, and drive that way.
