import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HARD_STOP, DEFAULT_LIMITS } from '../../robot/program/types.ts';
import { mekong } from './cli-harness.ts';

const EXAMPLES = join(import.meta.dirname, '../../examples');
const dir = mkdtempSync(join(tmpdir(), 'mekong-hard-stop-'));

/**
 * Programs that outran QuickJS's own budget (issue 18: minutes, or never stopped), and
 * variants. Each must end within the hard stop's bound, whatever it is doing.
 */
const RUNAWAYS: Record<string, string> = {
  'array-indexOf': 'const a = new Array(2e6).fill(1); for (;;) a.indexOf(2);',
  'typed-indexOf': 'const a = new Float64Array(4e6); for (;;) a.indexOf(1);',
  'string-indexOf': "const s = 'a'.repeat(3e7); for (;;) s.indexOf('ab');",
  'array-join': "const a = new Array(1e6).fill('xy'); for (;;) a.join(',').length;",
  replaceAll: "const s = 'a'.repeat(5e6); for (;;) s.replaceAll('a', 'b').length;",
  'one-indexOf': "const s = 'a'.repeat(5e6), p = 'a'.repeat(5e4) + 'b'; s.indexOf(p);",
  'catch-overflow':
    'function down(n) { return down(n + 1) + 1; }\nfor (;;) { try { down(0); } catch (e) {} }',
  'catastrophic-regex': "for (;;) /^(a+)+$/.test('a'.repeat(40) + 'b');",
  'slow-sort':
    'const a = Array.from({ length: 3e5 }, (_, i) => (i * 7919) % 3e5);\nfor (;;) a.slice().sort((x, y) => { let k = 0; for (let i = 0; i < 50; i++) k += i; return x - y + k * 0; });',
  stringify:
    'const a = new Array(1e6).fill({ x: 1, y: [1, 2] }); for (;;) JSON.stringify(a).length;',
  'typed-fill': 'const a = new Float64Array(4e6); for (let i = 0; ; i++) a.fill(i);',
  'string-building': "for (;;) 'ab'.padEnd(2e7, 'cd').length;",
};

/** Codes a runaway may end with: the runner's own stop, or the hard stop's two. */
const STOP_CODES = ['NEVER_WAITS', 'SLOW_OPERATION', 'WOULD_NOT_STOP'];

/**
 * A runaway ends within 2 s of its budget, whatever it is doing. The host ends it after the
 * budget, its grace and a poll (1.6 s past the slice's start); the rest is room for a
 * machine busy with other work, whose timers fire late.
 */
const STOP_WITHIN_MS = 2000;
/** How long a slice may run before the host ends it, at most, ms. */
const BOUND_MS = DEFAULT_LIMITS.sliceMs + STOP_WITHIN_MS;

describe('the hard stop of mekong run', () => {
  it.each(Object.entries(RUNAWAYS))(
    '%s is stopped within the bound',
    async (name, source) => {
      const file = join(dir, `${name}.js`);
      writeFileSync(file, `console.log('before');\n${source}\n`);
      const r = await mekong('run', file, '--sim', '--json');
      expect(r.code).toBe(1);
      const json = JSON.parse(r.stdout);
      expect(json.ok).toBe(false);
      expect(json.stoppedBy).toBe('failed');
      expect(json.output).toEqual(['before']);
      expect(STOP_CODES).toContain(json.error.code);
      if (json.error.code === 'NEVER_WAITS') return;
      // The real time, measured by the host, never the budget alone.
      const seconds = Number(/ran for ([\d.]+) s/.exec(json.error.message)?.[1]);
      // Shown to a tenth of a second.
      const sinceSeen = DEFAULT_LIMITS.sliceMs + DEFAULT_HARD_STOP.graceMs;
      expect(seconds * 1000).toBeGreaterThanOrEqual(sinceSeen - 50);
      expect(seconds * 1000).toBeLessThanOrEqual(BOUND_MS);
      expect(json.error.message).toContain('the limit is 500 ms');
    },
    60_000,
  );

  it('names a single slow operation in the student language', async () => {
    const slow = join(dir, 'slow.js');
    writeFileSync(slow, "const s = 'a'.repeat(3e7);\nfor (;;) s.indexOf('ab');\n");
    const vi = await mekong('run', slow, '--sim', '--lang', 'vi');
    expect(vi.stderr).toMatch(/error \[SLOW_OPERATION\]: Một phép tính .* \d\.\d giây/);
    const lo = await mekong('run', slow, '--sim', '--json', '--lang', 'lo');
    expect(JSON.parse(lo.stdout).error.message).toMatch(/^ການຄຳນວນໜຶ່ງ.* \d\.\d ວິນາທີ/);
  }, 120_000);

  it('the next run after a hard stop runs normally', async () => {
    const file = join(dir, 'before-square.js');
    writeFileSync(file, "const s = 'a'.repeat(3e7); for (;;) s.indexOf('ab');\n");
    expect((await mekong('run', file, '--sim', '--json')).code).toBe(1);
    const next = await mekong('run', join(EXAMPLES, 'square.ts'), '--sim', '--json');
    expect(next.code).toBe(0);
    expect(JSON.parse(next.stdout)).toMatchObject({ ok: true, stoppedBy: 'done' });
  }, 120_000);

  it.each([
    ['one-indexOf', "const s = 'a'.repeat(5e6), p = 'a'.repeat(5e4) + 'b';\ns.indexOf(p);"],
    ['array-join', "const a = new Array(1e6).fill('xy');\nfor (;;) a.join(',').length;"],
  ])(
    '%s on the emulated board (--emulate) is stopped within the bound',
    async (name, source) => {
      const file = join(dir, `${name}-emulated.js`);
      writeFileSync(file, `robot.drive(60, 60);\nconsole.log('driving');\n${source}\n`);
      const r = await mekong('run', file, '--emulate', '--json');
      expect(r.code).toBe(1);
      const json = JSON.parse(r.stdout);
      expect(json).toMatchObject({ ok: false, stoppedBy: 'failed', output: ['driving'] });
      expect(STOP_CODES).toContain(json.error.code);
      if (json.error.code === 'NEVER_WAITS') return;
      const seconds = Number(/ran for ([\d.]+) s/.exec(json.error.message)?.[1]);
      expect(seconds * 1000).toBeLessThanOrEqual(BOUND_MS);
    },
    60_000,
  );

  it('--max-time bounds the real time too: a program that computes between robot calls ends', async () => {
    const file = join(dir, 'computes.js');
    // Every turn computes for some ms (far below the slice budget) and moves robot time by
    // 1 ms: the 1000 turns of 1 s of robot time take several seconds; the run is ended first.
    writeFileSync(
      file,
      'for (;;) {\n  let k = 0;\n  for (let i = 0; i < 2e5; i++) k += i;\n  await robot.wait(1);\n}\n',
    );
    const r = await mekong('run', file, '--sim', '--max-time', '1', '--json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.error.code).toBe('RUN_TOO_LONG');
    expect(json.error.message).toContain('longer than the 1 s this run may take');
    expect(json.simTimeMs).toBeLessThan(1000);
    const seconds = Number(/ran for ([\d.]+) s/.exec(json.error.message)?.[1]);
    expect(seconds * 1000).toBeGreaterThanOrEqual(1000 + DEFAULT_HARD_STOP.graceMs - 50);
    expect(seconds * 1000).toBeLessThanOrEqual(1000 + STOP_WITHIN_MS);
  }, 60_000);

  it.each([
    ['in the simulator', [] as string[]],
    ['on the emulated board', ['--emulate']],
  ])(
    'mekong run --lesson %s reports the stop as the program check, the others not run',
    async (where, extra) => {
      const file = join(dir, `lesson-${extra.length}.js`);
      writeFileSync(
        file,
        "robot.drive(60, 60);\nconst a = new Array(1e6).fill('xy');\nfor (;;) a.join(',').length;\n",
      );
      const r = await mekong('run', file, '--lesson', 'stop-at-wall', ...extra, '--json');
      expect(r.code, where).toBe(1);
      const json = JSON.parse(r.stdout);
      expect(json.error.code).toBe('SLOW_OPERATION');
      expect(json.checks[0]).toMatchObject({ id: 'program', passed: false });
      expect(json.checks.slice(1).every((c: { passed: boolean }) => !c.passed)).toBe(true);
    },
    60_000,
  );
});
