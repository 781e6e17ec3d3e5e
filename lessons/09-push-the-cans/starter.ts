// Lesson 9: Push the cans out of the ring
// Three cans stand inside the black ring. Push all of them out, and stay in the ring.
// This program finds the first can and drives at it, but it never stops!

let d = await robot.distance();
while (d > 40) {
  await robot.turn(15);
  d = await robot.distance();
}
console.log(`Can found ${d.toFixed(0)} cm away.`);
await robot.forward(d);

// Your turn: stop at the black ring (robot.line()), back up, and find the next can.
