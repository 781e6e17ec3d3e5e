import { connectRobot } from '../../firmware-bridge/bridge/connect-robot.ts';
import { Emulator } from '../../firmware-bridge/emulator/emulator.ts';
import { describeRobotContract } from './robot-contract.ts';

/**
 * HardwareRobot on the emulated board: johnny-five → firmata-io → bytes → our firmware in
 * avr8js → pins → the world. The emulator runs as fast as it can; HardwareRobot times
 * everything on the emulated clock, so the results do not depend on this machine's load.
 */
describeRobotContract('HardwareRobot on the emulated board', async (kit, world, pose) => {
  const emulator = new Emulator({ kit, world, pose, now: () => performance.now(), speed: 'max' });
  const robot = await connectRobot({ kit, transport: emulator.transport(), clock: emulator.clock });
  return {
    robot,
    body: emulator.robot.body,
    world: emulator.world,
    dispose: async () => {
      await robot.close();
      emulator.stop();
    },
  };
});
