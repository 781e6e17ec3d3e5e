// Look left, ahead and right with the servo scanner and report the distances.
const angles = [150, 90, 30];
for (const angle of angles) {
  await robot.servo(angle);
  const d = await robot.distance();
  console.log(`servo ${angle}°: ${d === Infinity ? 'nothing' : `${d.toFixed(1)} cm`}`);
}
await robot.servo(90);
