import { describe, expect, it } from 'vitest';
import { mekong, scratch } from './cli-harness.ts';

/**
 * `mekong run` warns about a robot call without `await`, the commonest silent bug: such a
 * program "finishes" with the robot never moving (issue 12, item 8).
 */
const { file } = scratch('mekong-await-');
/** Compares a promise with 18: the loop never runs and the run "succeeds". */
const SILENT = file(
  'silent.js',
  'let d = robot.distance();\nwhile (d > 18) {\n  await robot.forward(5);\n  d = await robot.distance();\n}\n',
);
/** Calls a method on the promise: a TypeError on line 2. */
const FAILS = file('fails.js', 'const d = robot.distance();\nconsole.log(d.toFixed(1));\n');
const FINE = file('fine.js', 'const d = await robot.distance();\nconsole.log(d > 0);\n');

const WARNING =
  'warning [MISSING_AWAIT]: Line 1, column 9: robot.distance() takes time: write "await robot.distance(…)" so the program waits for its answer.\n';

describe('mekong run warns about a robot call without await', () => {
  it('on stderr before the run, for a program that otherwise ends well', async () => {
    const r = await mekong('run', SILENT);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(WARNING);
  });

  it('in --json, as a warnings array in --lang', async () => {
    const r = await mekong('run', SILENT, '--json', '--lang', 'vi');
    expect(JSON.parse(r.stdout).warnings).toEqual([
      {
        code: 'MISSING_AWAIT',
        line: 1,
        column: 9,
        method: 'distance',
        message:
          'Dòng 1, cột 9: robot.distance() cần thời gian: hãy viết "await robot.distance(…)" để chương trình chờ kết quả.',
      },
    ]);
    expect(r.stderr).toBe('');
  });

  it('as the likely cause after the error it explains', async () => {
    const r = await mekong('run', FAILS, '--lang', 'lo');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /error \[RUNTIME_ERROR\]: ແຖວ 2, ຖັນ 13: .*\n {2}→ .*\n {2}→ ອາດເປັນຍ້ອນ: robot\.distance\(\) ຢູ່ແຖວ 1 ບໍ່ມີ "await", ໂປຣແກຣມຈຶ່ງເຮັດຕໍ່ໄປໂດຍບໍ່ລໍຖ້າຄຳຕອບ\.\n$/,
    );
  });

  it('in a lesson run: before it, in --json, and under the failed program check', async () => {
    const json = await mekong('run', SILENT, '--lesson', '4', '--json');
    expect(JSON.parse(json.stdout).warnings).toMatchObject([{ line: 1, method: 'distance' }]);
    const r = await mekong('run', FAILS, '--lesson', '4');
    expect(r.stdout + r.stderr).toContain(
      '  → Maybe this is why: robot.distance() on line 1 has no "await", so the program went on without its answer.\n',
    );
    expect(r.stderr).toMatch(/^warning \[MISSING_AWAIT\]: Line 1, column 11: /);
  });

  it('on the emulated board too', async () => {
    const r = await mekong('run', SILENT, '--emulate', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).warnings).toMatchObject([{ line: 1, column: 9 }]);
  });

  it('not at all when every robot call is awaited', async () => {
    const r = await mekong('run', FINE);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse((await mekong('run', FINE, '--json')).stdout).warnings).toEqual([]);
  });
});
