import { parseWithSchema } from '../../robot/index.ts';
import { type WorldSpec, worldSchema } from './world-schema.ts';
import playground from './worlds/playground.json' with { type: 'json' };

/** Checks a world read from `file`; a bad one throws FILE_INVALID naming the field. */
export function parseWorld(data: unknown, file: string): WorldSpec {
  return parseWithSchema(worldSchema, data, file, 'simulator/world/worlds/playground.json');
}

/** Builtin worlds by id. */
const BUILTIN_WORLDS: Readonly<Record<string, unknown>> = { playground };

export { DEFAULT_WORLD_ID } from './default-world.ts';

export function builtinWorldIds(): string[] {
  return Object.keys(BUILTIN_WORLDS);
}

/** A builtin world, or undefined. */
export function builtinWorld(id: string): WorldSpec | undefined {
  // Own keys only: "constructor" or "__proto__" name no world.
  const data = Object.hasOwn(BUILTIN_WORLDS, id) ? BUILTIN_WORLDS[id] : undefined;
  return data === undefined ? undefined : parseWorld(data, `simulator/world/worlds/${id}.json`);
}
