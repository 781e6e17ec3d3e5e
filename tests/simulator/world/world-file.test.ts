import { describe, expect, it } from 'vitest';
import type { MekongError } from '../../../robot/index.ts';
import { builtinWorld, parseWorld } from '../../../simulator/world/index.ts';
import { thrown } from '../../robot/thrown.ts';

const ISSUE_EXAMPLE = {
  size: { width: 200, height: 150 },
  start: { x: 20, y: 75, headingDeg: 0 },
  walls: [{ from: { x: 0, y: 0 }, to: { x: 50, y: 0 } }],
  obstacles: [
    { type: 'box', x: 100, y: 75, width: 10, height: 30, rotationDeg: 0 },
    { type: 'cylinder', x: 150, y: 40, radius: 5, movable: true },
  ],
  lines: [
    {
      points: [
        { x: 20, y: 20 },
        { x: 180, y: 20 },
      ],
      width: 2,
    },
  ],
  zones: [{ id: 'goal', x: 170, y: 60, width: 20, height: 30 }],
};

function problem(data: unknown): MekongError {
  return thrown(() => parseWorld(data, 'arena.json'));
}

describe('world files', () => {
  it('accept the example of the issue', () => {
    const world = parseWorld(ISSUE_EXAMPLE, 'arena.json');
    expect(world.obstacles[1]).toMatchObject({ type: 'cylinder', movable: true });
    expect(world.zones[0]?.id).toBe('goal');
  });

  it('need only a size', () => {
    const world = parseWorld({ size: { width: 100, height: 100 } }, 'a.json');
    expect(world.walls).toEqual([]);
    expect(world.start).toEqual({ x: 20, y: 20, headingDeg: 0 });
  });

  it('name the file and path of a wrong field', () => {
    const bad = structuredClone(ISSUE_EXAMPLE) as Record<string, unknown>;
    (bad.walls as { from: { x: unknown } }[])[0] = {
      from: { x: 'left' },
      to: { x: 1, y: 1 },
    } as never;
    const error = problem(bad);
    expect(error.code).toBe('FILE_INVALID');
    expect(error.message).toMatch(/^arena\.json: walls\[0\]\.from\.x /);
  });

  it('reject unknown fields and unknown obstacle types with the path', () => {
    expect(problem({ ...ISSUE_EXAMPLE, colour: 'red' }).message).toContain(
      'has keys that are not allowed: "colour"',
    );
    const wrongType = { ...ISSUE_EXAMPLE, obstacles: [{ type: 'sphere', x: 1, y: 1 }] };
    expect(problem(wrongType).message).toContain('obstacles[0].type');
    expect(problem({ size: { width: -5, height: 10 } }).message).toContain('size.width');
    expect(problem({}).message).toContain('arena.json: size');
  });

  it('reject two zones with the same id', () => {
    const zones = [ISSUE_EXAMPLE.zones[0], ISSUE_EXAMPLE.zones[0]];
    expect(problem({ ...ISSUE_EXAMPLE, zones }).message).toContain('zones');
  });

  it('bound every number to what a classroom arena can be, naming field and range', () => {
    const line = (extra: object) => ({
      ...ISSUE_EXAMPLE,
      lines: [
        {
          points: [
            { x: 0, y: 0 },
            { x: 100, y: 0 },
          ],
          ...extra,
        },
      ],
    });
    expect(problem(line({ width: 100_000 })).message).toMatch(/lines\[0\]\.width .*50/);
    const far = line({
      points: [
        { x: 0, y: 0 },
        { x: 1e308, y: 0 },
      ],
    });
    expect(problem(far).message).toMatch(/lines\[0\]\.points\[1\]\.x .*4000/);
    const spin = { ...ISSUE_EXAMPLE, start: { x: 20, y: 20, headingDeg: 1e308 } };
    expect(problem(spin).message).toMatch(/start\.headingDeg .*3600/);
    const huge = { ...ISSUE_EXAMPLE, obstacles: [{ type: 'cylinder', x: 1, y: 1, radius: 1e308 }] };
    expect(problem(huge).message).toContain('obstacles[0].radius');
    expect(problem({ size: { width: 1e9, height: 10 } }).message).toMatch(/size\.width .*2000/);
    const many = {
      size: { width: 100, height: 100 },
      walls: new Array(501).fill(ISSUE_EXAMPLE.walls[0]),
    };
    expect(problem(many).message).toContain('walls');
  });

  it('name the world and label zones in every language, or in one for all (older files)', () => {
    const goal = ISSUE_EXAMPLE.zones[0] as object;
    const worded = parseWorld(
      {
        ...ISSUE_EXAMPLE,
        name: { en: 'Arena', vi: 'Sân thi đấu', lo: 'ເດີ່ນແຂ່ງ' },
        zones: [{ ...goal, label: { en: 'Goal', vi: 'Đích', lo: 'ເປົ້າໝາຍ' } }],
      },
      'arena.json',
    );
    expect(worded.name).toEqual({ en: 'Arena', vi: 'Sân thi đấu', lo: 'ເດີ່ນແຂ່ງ' });
    expect(worded.zones[0]?.label).toEqual({ en: 'Goal', vi: 'Đích', lo: 'ເປົ້າໝາຍ' });
    const older = parseWorld({ ...ISSUE_EXAMPLE, name: 'Sân của lớp 7A' }, 'arena.json');
    expect(older.name).toBe('Sân của lớp 7A');
    expect(older.zones[0]?.label).toBeUndefined();
  });

  it('a name or label missing a language says what a text in every language looks like', () => {
    const noLao = problem({ ...ISSUE_EXAMPLE, name: { en: 'Arena', vi: 'Sân thi đấu' } });
    expect(noLao.message).toBe(
      'arena.json: name should be a text, or {"en": …, "vi": …, "lo": …} with a text in each language',
    );
    const label = {
      ...ISSUE_EXAMPLE.zones[0],
      label: { en: 'Goal', vi: 'Đích', lo: 'ເປົ້າໝາຍ', fr: 'But' },
    };
    const extra = problem({ ...ISSUE_EXAMPLE, zones: [label] });
    expect(extra.message).toBe('arena.json: zones[0].label has keys that are not allowed: "fr"');
    expect(noLao.text('vi').message).toContain('có chữ cho từng ngôn ngữ');
    expect(problem({ ...ISSUE_EXAMPLE, name: 42 }).params.path).toBe('name');
  });

  it('the builtin worlds are looked up by their own names only', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(builtinWorld(name)).toBeUndefined();
    }
  });

  it('the builtin playground is valid', () => {
    const world = builtinWorld('playground');
    expect(world?.lines[0]?.closed).toBe(true);
    expect(world?.obstacles.some((o) => o.movable)).toBe(true);
  });
});
