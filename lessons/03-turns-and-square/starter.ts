// Lesson 3: Turns and a square
// Drive a square with sides of 30 cm around the flag, and stop back home.

await robot.forward(30); // the first side
await robot.turn(90); // turn left 90 degrees

// Your turn: three more sides. Or better: use a loop.
