import { getKit, type Kit } from '../../../robot/index.ts';
import { parseWorld } from '../../../simulator/world/load-world.ts';
import type { Realism } from '../../../simulator/world/realism.ts';
import { SimRobot } from '../../../simulator/world/sim-robot.ts';
import { World } from '../../../simulator/world/world.ts';
import type { WorldInput } from '../../../simulator/world/world-schema.ts';

/** A world from a partial spec (default: empty 400 x 300 arena, robot at 100,150 facing +x). */
export function makeWorld(
  spec: Partial<WorldInput> = {},
  options: { realism?: Realism; seed?: number } = {},
): World {
  const full = parseWorld(
    { size: { width: 400, height: 300 }, start: { x: 100, y: 150, headingDeg: 0 }, ...spec },
    'test-world.json',
  );
  return new World(full, { seed: options.seed ?? 1, realism: options.realism ?? 'ideal' });
}

/** A world with one robot of `kitId`, returning the robot's student API. */
export function makeRobot(
  spec: Partial<WorldInput> = {},
  options: { realism?: Realism; seed?: number; kit?: Kit | string } = {},
): SimRobot {
  const world = makeWorld(spec, options);
  const kit = typeof options.kit === 'object' ? options.kit : getKit(options.kit ?? 'l298n-2wd');
  return new SimRobot(world, world.addRobot(kit));
}
