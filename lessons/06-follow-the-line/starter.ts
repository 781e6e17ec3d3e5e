// Lesson 6: Follow the line
// Follow the black line all the way around the track.
// This program drives straight and prints what the line sensors see. It leaves the line
// at the first curve. Make it steer!

robot.drive(60, 60);
for (let i = 0; i < 40; i++) {
  const seen = await robot.line();
  console.log(`left ${seen.left}, right ${seen.right}`);
  await robot.wait(100);
}
robot.stop();
