import { describe, expect, it } from 'vitest';
import { builtinKits, getKit } from '../../../robot/kits/index.ts';
import { checkedBuiltins } from '../../../simulator/app/sim/parsed-builtins.ts';
import { builtinWorld, builtinWorldIds } from '../../../simulator/world/load-world.ts';

/*
 * The simulation worker's first frame uses the builtin worlds and kits as the build checked
 * them, sent as JSON (vite.config.ts); the sandbox and Node parse them with their schemas.
 * Both must be the same data, or a run in the browser would not be the run in Node.
 */
describe('the builtin worlds and kits the build hands the worker', () => {
  const sent: unknown = JSON.parse(JSON.stringify(checkedBuiltins()));

  it('are every builtin world and kit, exactly as their schemas parse them', () => {
    expect(sent).toStrictEqual({
      worlds: Object.fromEntries(builtinWorldIds().map((id) => [id, builtinWorld(id)])),
      kits: Object.fromEntries(builtinKits().map((kit) => [kit.id, getKit(kit.id)])),
    });
    expect(Object.keys((sent as { kits: object }).kits).length).toBeGreaterThan(0);
  });
});
