// Lesson 2: Drive and measure (reference solution)

const start = robot.time();
await robot.forward(100);
const ms = robot.time() - start;

console.log(`100 cm took ${ms} ms: that is ${((100 / ms) * 1000).toFixed(1)} cm per second.`);
