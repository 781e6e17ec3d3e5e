import { builtinKits, getKit, type Kit } from '../../../robot/kits/index.ts';
import { builtinWorld, builtinWorldIds } from '../../world/load-world.ts';
import type { WorldSpec } from '../../world/world-schema.ts';
import type { Builtins } from './world-setup.ts';

/**
 * The builtin worlds and kits, checked by their schemas as they load (zod): for LiveRun in
 * Node (the tests). In the browser the worker hands it the ones the build checked.
 */
export const PARSED_BUILTINS: Builtins = {
  world: builtinWorld,
  worldIds: builtinWorldIds,
  kit: getKit,
};

/** The builtin worlds and kits as data: what vite.config.ts hands the worker as JSON. */
export interface CheckedBuiltins {
  worlds: Record<string, WorldSpec>;
  kits: Record<string, Kit>;
}

export function checkedBuiltins(): CheckedBuiltins {
  return {
    worlds: Object.fromEntries(builtinWorldIds().map((id) => [id, builtinWorld(id) as WorldSpec])),
    kits: Object.fromEntries(builtinKits().map((kit) => [kit.id, kit])),
  };
}
