import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_LESSONS_DIR } from '../../cli/runtime/load-lessons.ts';
import { VERBS } from '../../cli/verbs.ts';
import { mekong } from './cli-harness.ts';

/**
 * `mekong run --lesson` runs in the lesson's world, realism and time limit, so an option
 * that would set one of them is refused with why, never silently ignored (issue 19, item 4).
 */
const SOLUTION = join(BUILTIN_LESSONS_DIR, '04-stop-at-wall', 'solution.ts');

describe('mekong run --lesson with an option the lesson sets itself', () => {
  const given: [string, string][] = [
    ['--world', 'bad.json'],
    ['--world', 'arena'],
    ['--realism', 'ideal'],
    ['--max-time', '5'],
  ];
  for (const [option, value] of given) {
    it(`refuses ${option} ${value}, saying why`, async () => {
      const r = await mekong('run', SOLUTION, '--lesson', '4', option, value);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        `error: The option ${option} cannot be used with --lesson. A lesson runs in its own world, under classroom realism, with its own time limit.\n  → Run "mekong run --help" to see what it accepts.\n`,
      );
    });
  }

  it('answers --json with one usage error, in --lang', async () => {
    const r = await mekong('run', SOLUTION, '--world=bad.json', '--lesson', '4', '--json');
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({
      ok: false,
      error: {
        code: 'USAGE_ERROR',
        message:
          'The option --world cannot be used with --lesson. A lesson runs in its own world, under classroom realism, with its own time limit.',
        suggestion: 'Run "mekong run --help" to see what it accepts.',
      },
    });
    const vi = await mekong('run', SOLUTION, '--lesson', '4', '--max-time', '5', '--lang', 'vi');
    expect(vi.stderr).toContain('Không thể dùng tuỳ chọn --max-time cùng với --lesson.');
  });

  it('takes the defaults of those options as not given', async () => {
    const r = await mekong('run', SOLUTION, '--lesson', '4', '--seed', '2', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ lesson: 'stop-at-wall', seed: 2, passed: true });
  });

  it('explains a kit the lesson does not list (every lesson lists the builtin kits: a kit file)', async () => {
    const kitFile = join(import.meta.dirname, '../../robot/kits/mbot.json');
    const r = await mekong('run', SOLUTION, '--lesson', '8', '--kit', kitFile);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `error [BAD_OPTION]: The option --kit cannot be "${kitFile}".\n  → Use a kit this lesson supports: l298n-2wd, l9110s-nano, mbot.\n`,
    );
  });
});

describe('options that exclude others', () => {
  it('name options of their own verb (commander ignores a name it does not know)', () => {
    for (const verb of VERBS) {
      for (const spec of Object.values(verb.options)) {
        for (const key of spec.excludes?.options ?? []) {
          expect(Object.keys(verb.options), `${verb.name} ${spec.flags}`).toContain(key);
        }
      }
    }
  });
});
