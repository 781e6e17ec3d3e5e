import { describe, expect, it } from 'vitest';
import { jsonFiles, parseFormat } from '../../../lessons/competitions/format-files.ts';
import {
  builtinFormat,
  builtinFormatIds,
  findBuiltinFormat,
} from '../../../lessons/competitions/formats.ts';
import sumoFormat from '../../../lessons/competitions/sumo/format.json' with { type: 'json' };
import sumoWorld from '../../../lessons/competitions/sumo/world.json' with { type: 'json' };
import { thrown } from '../../robot/thrown.ts';

/** The sumo format with `change` applied to a copy of its format.json. */
function sumoWith(change: (f: Record<string, unknown>) => void, folder = 'sumo') {
  const format = structuredClone(sumoFormat) as Record<string, unknown>;
  change(format);
  const where = `organizer/${folder}`;
  return () =>
    parseFormat(where, jsonFiles(where, { 'format.json': format, 'world.json': sumoWorld }));
}

describe('competition formats', () => {
  it('has the three builtin formats, each with its world and rules', () => {
    expect(builtinFormatIds()).toEqual(['line-race', 'maze', 'sumo']);
    const race = findBuiltinFormat('line-race');
    expect(race.rules.kind).toBe('time-trial');
    expect(race.kits).toContain('mbot');
    expect(race.world.lines[0]?.closed).toBe(true);
    const maze = findBuiltinFormat('maze');
    expect(maze.kit).toBe('l298n-2wd');
    expect(maze.rules).toMatchObject({ kind: 'time-trial', bumpPenaltyMs: 2000 });
    const sumo = findBuiltinFormat('sumo');
    expect(sumo.rules).toMatchObject({ kind: 'sumo', ring: { radius: 72 } });
    expect(sumo.seeds).toBe(3);
  });

  it('names the known formats when asked for another', () => {
    expect(builtinFormat('chess')).toBeUndefined();
    const error = thrown(() => findBuiltinFormat('chess'));
    expect(error.code).toBe('BAD_OPTION');
    expect(error.text('en').suggestion).toContain('line-race, maze, sumo');
  });

  it('a bad format file is FILE_INVALID naming the field', () => {
    const kit = thrown(sumoWith((f) => (f.kit = 'mbot')));
    expect(kit.params).toMatchObject({ file: 'organizer/sumo/format.json', path: 'kit' });
    const folder = thrown(sumoWith(() => undefined, 'sumo-2'));
    expect(folder.params.path).toBe('id');
    expect(folder.text('en').message).toContain('"sumo-2"');
    const rules = thrown(
      sumoWith((f) => {
        f.rules = { kind: 'time-trial', finish: { type: 'zone', zone: 'exit' } };
      }),
    );
    expect(rules.params.path).toBe('rules.route');
    const zone = thrown(
      sumoWith((f) => {
        f.rules = {
          kind: 'time-trial',
          finish: { type: 'zone', zone: 'exit' },
          route: [
            { x: 0, y: 0 },
            { x: 1, y: 1 },
          ],
        };
      }),
    );
    expect(zone.params.path).toBe('rules.finish.zone');
    const missing = thrown(() => parseFormat('x/sumo', jsonFiles('x/sumo', {})));
    expect(missing.code).toBe('FILE_UNREADABLE');
    expect(missing.params.file).toBe('x/sumo/format.json');
  });
});
