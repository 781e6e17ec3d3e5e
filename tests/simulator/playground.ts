/**
 * A student program that uses sensors, turns, logs, the LED and the buzzer: the world's
 * determinism test and the web app's end-to-end test run the same one.
 */
export const WANDER = `
robot.led('red');
await robot.beep(880, 50);
for (let i = 0; i < 40; i++) {
  const d = await robot.distance();
  if (d < 30) { await robot.turn(75); } else { robot.drive(60, 55); await robot.wait(100); }
  const seen = await robot.line();
  if (seen.left) console.log('line at', robot.time());
}
`;
