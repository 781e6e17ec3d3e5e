import type { Kit } from '../../../robot/kits/kit-schema.ts';
import { World } from '../../world/world.ts';
import type { Pose, WorldSpec } from '../../world/world-schema.ts';
import type { Setup } from './protocol.ts';

/*
 * A setup made into a world: the robots at their start poses, no program. The worker shows
 * this before the sandbox has loaded (sim/idle-world.ts), and a live run starts from it
 * (sim/live-run.ts), so both draw the same robots in the same places.
 */

/**
 * The builtin worlds and kits a setup names by id: checked as they load (sim/parsed-builtins.ts,
 * zod), or checked when the app was built (the worker's first frame: sim-worker.ts).
 */
export interface Builtins {
  world(id: string): WorldSpec | undefined;
  worldIds(): string[];
  /** The kit `id`; throws naming the choices when there is none. */
  kit(id: string): Kit;
}

export function resolveWorld(world: Setup['world'], builtins: Builtins): WorldSpec {
  if (typeof world !== 'string') return world;
  const spec = builtins.world(world);
  if (!spec)
    throw new Error(`no builtin world "${world}" (choices: ${builtins.worldIds().join(', ')})`);
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

  constructor(
    readonly setup: Setup,
    builtins: Builtins,
  ) {
    this.spec = resolveWorld(setup.world, builtins);
    this.kits = setup.kits.map((id) => builtins.kit(id));
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
