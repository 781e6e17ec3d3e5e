import { SimRobot, World } from '../../simulator/world/index.ts';
import { describeRobotContract } from './robot-contract.ts';

describeRobotContract('SimRobot (ideal)', async (kit, spec, pose) => {
  const world = new World(spec, { seed: 1, realism: 'ideal' });
  const body = world.addRobot(kit, pose);
  return { robot: new SimRobot(world, body), body, world, dispose: async () => undefined };
});
