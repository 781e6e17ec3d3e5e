// Lesson 14: The button: wait, count, start and stop (reference solution)

let presses = 0;
let driving = false;
let wasDown = false;
console.log('Press the button to start.');

for (;;) {
  const down = await robot.button(); // about 20 ms: the loop reads the button often
  if (down && !wasDown) {
    // A new press: down now, up at the last reading.
    presses = presses + 1;
    console.log(`Presses: ${presses}`);
    driving = !driving;
    if (driving) {
      robot.drive(50, 50);
    } else {
      robot.stop();
    }
  }
  wasDown = down;
}
