import { getKit, type Kit } from '../../../robot/kits/index.ts';
import { builtinWorld, builtinWorldIds } from '../../world/load-world.ts';
import { World } from '../../world/world.ts';
import type { Pose, WorldSpec } from '../../world/world-schema.ts';
import type { Setup } from './protocol.ts';

/*
 * A setup made into a world: the robots at their start poses, no program. The worker shows
 * this before the sandbox has loaded (sim/idle-world.ts), and a live run starts from it
 * (sim/live-run.ts), so both draw the same robots in the same places.
 */

export function resolveWorld(world: Setup['world']): WorldSpec {
  if (typeof world !== 'string') return world;
  const spec = builtinWorld(world);
  if (!spec)
    throw new Error(`no builtin world "${world}" (choices: ${builtinWorldIds().join(', ')})`);
  return spec;
}

/** `count` start poses on a grid over the arena, facing different ways. */
export function gridPoses(spec: WorldSpec, count: number): Pose[] {
  const { width, height } = spec.size;
  const cols = Math.max(1, Math.ceil(Math.sqrt((count * width) / height)));
  const rows = Math.ceil(count / cols);
  return Array.from({ length: count }, (_, i) => ({
    x: ((i % cols) + 0.5) * (width / cols),
    y: (Math.floor(i / cols) + 0.5) * (height / rows),
    headingDeg: (i * 67) % 360,
  }));
}

/** The poses robots start at: as given, spread on a grid, or the world's (undefined). */
export function posesFor(setup: Setup, spec: WorldSpec): Pose[] | undefined {
  return setup.poses ?? (setup.spread ? gridPoses(spec, setup.kits.length) : undefined);
}

/** A setup's world, kits and start poses. */
export class WorldSetup {
  readonly spec: WorldSpec;
  readonly kits: Kit[];
  readonly poses: Pose[] | undefined;

  constructor(readonly setup: Setup) {
    this.spec = resolveWorld(setup.world);
    this.kits = setup.kits.map((id) => getKit(id));
    this.poses = posesFor(setup, this.spec);
  }

  /** The robots at their start poses, with no program (what Reset shows). */
  freshWorld(): World {
    const world = new World(this.spec, { seed: this.setup.seed, realism: this.setup.realism });
    this.kits.forEach((kit, i) => {
      world.addRobot(kit, this.poses?.[i]);
    });
    return world;
  }
}
