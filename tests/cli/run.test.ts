import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mekong, scratch } from './cli-harness.ts';

const EXAMPLES = join(import.meta.dirname, '../../examples');
const { dir, file } = scratch('mekong-run-');

async function runJson(...argv: string[]) {
  const r = await mekong('run', ...argv, '--json');
  return { ...r, json: JSON.parse(r.stdout) };
}

describe('mekong run --sim', () => {
  it('square.ts ends within 1 cm and 1° of the start pose (ideal)', async () => {
    const { code, json } = await runJson(
      join(EXAMPLES, 'square.ts'),
      '--sim',
      '--realism',
      'ideal',
    );
    expect(code).toBe(0);
    expect(json.ok).toBe(true);
    expect(Math.abs(json.pose.x - 20)).toBeLessThan(1);
    expect(Math.abs(json.pose.y - 75)).toBeLessThan(1);
    expect(Math.abs(json.pose.headingDeg)).toBeLessThan(1);
    expect(json.output).toHaveLength(4);
    expect(json.error).toBeNull();
    expect(json.traceHash).toMatch(/^[0-9a-f]{16}$/);
    expect(typeof json.wallMs).toBe('number');
    expect(json.simTimeMs).toBeGreaterThan(0);
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining([
        'ok',
        'simTimeMs',
        'wallMs',
        'pose',
        'collisions',
        'output',
        'error',
        'traceHash',
      ]),
    );
  });

  it('prints output, pose and events for people', async () => {
    const r = await mekong('run', join(EXAMPLES, 'hello.ts'), '--sim');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Hello from the robot!');
    expect(r.stdout).toMatch(/Robot at x 20\.0 cm, y 75\.0 cm, heading 0\.0°/);
    expect(r.stdout).toContain('beeps: 1');
    expect(r.stdout).toContain('LED changes: 6');
  });

  it('speaks Vietnamese and Lao', async () => {
    const vi = await mekong('--lang', 'vi', 'run', join(EXAMPLES, 'hello.ts'));
    expect(vi.stdout).toContain('Robot ở x 20.0 cm');
    const lo = await mekong('--lang', 'lo', 'run', join(EXAMPLES, 'hello.ts'));
    expect(lo.stdout).toContain('ຫຸ່ນຍົນຢູ່ທີ່');
  });

  it('the same run twice gives the same traceHash; other seeds differ in classroom realism', async () => {
    const prog = join(EXAMPLES, 'stop-at-wall.ts');
    const a = await runJson(prog, '--realism', 'classroom', '--seed', '3');
    const b = await runJson(prog, '--realism', 'classroom', '--seed', '3');
    const c = await runJson(prog, '--realism', 'classroom', '--seed', '4');
    expect(a.json.traceHash).toBe(b.json.traceHash);
    expect(a.json.pose).toEqual(b.json.pose);
    expect(c.json.traceHash).not.toBe(a.json.traceHash);
  });

  it('a runtime error fails with exit 1 and the student line and column', async () => {
    const prog = file(
      'oops.ts',
      'await robot.forward(10);\nconst d: number = await robot.distanse();\n',
    );
    const { code, json } = await runJson(prog);
    expect(code).toBe(1);
    expect(json.ok).toBe(false);
    expect(json.error.code).toBe('RUNTIME_ERROR');
    expect(json.error.line).toBe(2);
    expect(json.error.column).toBe(25);
    expect(json.error.message).toContain(
      'robot.distanse is not a function: the robot has no "distanse"',
    );
    expect(json.error.message).toContain('distance');
  });

  it('a syntax error fails with exit 1 and its line', async () => {
    const prog = file('syntax.js', 'robot.led(true);\nif (x {\n');
    const { code, json } = await runJson(prog);
    expect(code).toBe(1);
    expect(json.error.code).toBe('SYNTAX_ERROR');
    expect(json.error.line).toBe(2);
  });

  it('a loop that never waits is stopped with advice, and the robot stops', async () => {
    const prog = file('spin.js', 'robot.drive(50, 50);\nwhile (true) { robot.drive(50, 50); }\n');
    const { code, json } = await runJson(prog, '--kit', 'mbot');
    expect(code).toBe(1);
    expect(json.error.code).toBe('NEVER_WAITS');
    expect(json.error.suggestion).toContain('await robot.wait(20)');
  });

  it.each([
    ['after.js', 'robot.led(true);\nlet n = 0;\n\nwhile (true) {}\n', 4],
    ['after.ts', 'robot.led(true);\nlet n: number = 0;\n\nwhile (true) {}\n', 4],
    ['bare.js', 'while (true) {}\n', 1],
    ['called.ts', 'function spin(): void {\n  for (;;) {}\n}\n\nrobot.led(true);\nspin();\n', 2],
  ])('the line of a loop that never waits is the loop itself (%s)', async (name, source, line) => {
    const { code, json } = await runJson(file(name, source));
    expect(code).toBe(1);
    expect(json.error).toMatchObject({ code: 'NEVER_WAITS', line });
  });

  it('a program that runs forever stops at --max-time and is ok', async () => {
    const prog = file('forever.js', 'while (true) { await robot.wait(100); }\n');
    const { code, json } = await runJson(prog, '--max-time', '2');
    expect(code).toBe(0);
    expect(json.simTimeMs).toBe(2000);
    expect(json.stoppedBy).toBe('time-limit');
  });

  it('a part the kit lacks is a translated error naming the part', async () => {
    const prog = file('servo.ts', 'await robot.servo(45);\n');
    const { code, json } = await runJson(prog, '--kit', 'l9110s-nano', '--lang', 'vi');
    expect(code).toBe(1);
    expect(json.error.code).toBe('PART_MISSING');
    expect(json.error.message).toContain('động cơ servo');
    expect(json.error.line).toBe(1);
  });

  it('bad input exits 2 with the file and field', async () => {
    const missing = await mekong('run', join(dir, 'nope.ts'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.ts');
    const world = file('bad-world.json', '{"size": {"width": 100}}');
    const bad = await mekong('run', join(EXAMPLES, 'square.ts'), '--world', world);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bad-world.json: size.height');
    const notJson = file('broken.json', '{"size": ');
    expect((await mekong('run', join(EXAMPLES, 'square.ts'), '--world', notJson)).stderr).toContain(
      'FILE_UNREADABLE',
    );
    const kit = await mekong('run', join(EXAMPLES, 'square.ts'), '--kit', 'lego');
    expect(kit.code).toBe(2);
    expect(kit.stderr).toContain('l298n-2wd, l9110s-nano, mbot');
    const realism = await mekong('run', join(EXAMPLES, 'square.ts'), '--realism', 'perfect');
    expect(realism.code).toBe(2);
    const seed = await mekong('run', join(EXAMPLES, 'square.ts'), '--seed', 'abc');
    expect(seed.code).toBe(2);
    expect(seed.stderr).toContain('--seed');
    for (const blank of ['', ' ']) {
      const empty = await mekong('run', join(EXAMPLES, 'square.ts'), '--seed', blank);
      expect(empty.code).toBe(2);
      expect(empty.stderr).toContain('--seed');
    }
    for (const name of ['constructor', '__proto__']) {
      const world = await mekong('run', join(EXAMPLES, 'square.ts'), '--world', name);
      expect(world.code).toBe(2);
      expect(world.stderr).toContain(name);
      expect(world.stderr).not.toContain('TypeError');
    }
  });

  it('reads only regular text files of a program size, before compiling', async () => {
    const fifo = join(dir, 'pipe.ts');
    execFileSync('mkfifo', [fifo]);
    const binary = file('photo.js', 'GIF89a\0\0\x01');
    const huge = file('huge.ts', `// ${'x'.repeat(700_000)}\n`);
    const cases: [string, RegExp][] = [
      [fifo, /not a regular file/],
      [binary, /not a text file/],
      [huge, /more than the 600000 bytes allowed/],
    ];
    for (const [program, reason] of cases) {
      // With --json the error is the one JSON object on stdout.
      const result = await mekong('run', program, '--json');
      expect(result.code).toBe(2);
      expect(JSON.parse(result.stdout).error.message).toMatch(reason);
    }
    const vi = await mekong('run', binary, '--lang', 'vi');
    expect(vi.stderr).toContain('không phải là tệp văn bản');
  });

  it('accepts a kit file', async () => {
    const { getKit } = await import('../../robot/index.ts');
    const kit = { ...getKit('mbot'), id: 'my-mbot' };
    const kitFile = file('my-mbot.json', JSON.stringify(kit));
    const { code, json } = await runJson(join(EXAMPLES, 'square.ts'), '--kit', kitFile);
    expect(code).toBe(0);
    expect(json.ok).toBe(true);
  });
});

describe('mekong kits and help', () => {
  it('lists the kits as text and JSON', async () => {
    const text = await mekong('kits');
    expect(text.stdout).toContain('l298n-2wd');
    const json = JSON.parse((await mekong('kits', '--json')).stdout);
    expect(json.map((k: { id: string }) => k.id)).toEqual(['l298n-2wd', 'l9110s-nano', 'mbot']);
  });

  it('prints help and rejects unknown verbs with exit 2', async () => {
    expect((await mekong('--help')).code).toBe(0);
    expect((await mekong()).stdout).toContain('Usage: mekong');
    expect((await mekong('fly')).code).toBe(2);
  });
});
