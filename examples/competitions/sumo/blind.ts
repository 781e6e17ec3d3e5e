// kit: l298n-2wd
// Sumo: drives straight ahead at full power without looking (it leaves the ring by itself).

robot.drive(100, 100);
for (;;) await robot.wait(1000);
