// Lesson 11: Your own commands: functions
// Draw a small square (sides of 20 cm), then a big one (sides of 40 cm), both from home.

// A function: a new command made of other commands. Its name is `square`.
async function square() {
  for (let side = 1; side <= 4; side++) {
    await robot.forward(20);
    await robot.turn(90);
  }
}

await square(); // call it: the robot drives the square
console.log('One square done.');

// Your turn: give `square` a parameter, `size`, so that `square(40)` draws the big square.
