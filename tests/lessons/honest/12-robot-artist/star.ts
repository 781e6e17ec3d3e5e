// A student who draws a five-pointed star, then plays a scale with a colour for each note.
for (let point = 0; point < 5; point++) {
  await robot.forward(60);
  await robot.turn(144);
}

const scale = [262, 294, 330, 349, 392];
for (let i = 0; i < scale.length; i++) {
  robot.led(i % 2 === 0 ? 'red' : 'blue');
  await robot.beep(scale[i] ?? 262, 150);
}
robot.led(false);
