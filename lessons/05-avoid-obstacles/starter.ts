// Lesson 5: Obstacle avoidance
// Get to the green finish area without touching anything.
// This program stops in front of the first block (like lesson 4). Teach it to go around.

robot.drive(70, 70);
while ((await robot.distance()) > 40) {
  // keep driving
}
robot.stop();

// Your turn: look left and right, pick the side with more room, and drive on. Then repeat.
