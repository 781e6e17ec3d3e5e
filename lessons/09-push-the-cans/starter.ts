// Lesson 9: Push the cans out of the ring
// Three cans stand inside the black ring. Push all of them out, and keep the wheels in the ring.
// This program finds the first can and drives to it, but it stops before the can is out.

let d = await robot.distance();
while (d > 30) {
  await robot.turn(10);
  d = await robot.distance();
}
console.log(`Can found ${d.toFixed(0)} cm away.`);
await robot.forward(d); // as far as the can, not further

// Your turn: push on until a line sensor sees the ring (robot.line()), come back, and find the next can.
