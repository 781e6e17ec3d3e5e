// kit: l298n-2wd
// Sumo: spins in place and never looks for the opponent (an easy opponent to test with).

robot.drive(60, -60);
for (;;) await robot.wait(1000);
