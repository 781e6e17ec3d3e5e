// Lesson 13: Sensor scout: read, print, compare
// Print what the sensors read on the way, and park on the black tile.

const d = await robot.distance(); // the ultrasonic sensor: how many cm to the box
console.log(`Box: ${d.toFixed(0)} cm`);

const floor = await robot.lineRaw(); // the line sensors: 0 (black) to 1 (white)
console.log(floor);

await robot.forward(35); // now the robot stands on the first tile

// Your turn: read and print both sensors again here. Is the box nearer? Is the floor darker?
