import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_LESSONS_DIR } from '../../cli/runtime/load-lessons.ts';
import { mekongOn, scratch } from './cli-harness.ts';

const mekong = (argv: string[], options: { tty?: boolean } = {}) => mekongOn(options, ...argv);

/**
 * Nothing a student wrote reaches the teacher's terminal as a control character: not a
 * console line, an error message or a file name, in any verb's output (issue 19, item 5).
 */

/** Every character a terminal acts on, except the line feed and tab that lay text out. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the test
const ACTING = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** Sets the window title, then clears the screen with an 8-bit CSI, then reverses a line. */
const TITLE = '\u001b]0;owned\u0007';
const ATTACK = `x${TITLE}y\u009b2J z\u202eabc`;

const { dir, file } = scratch('mekong-controls-');
const program = file(
  'attack.js',
  [
    `console.log(${JSON.stringify(ATTACK)});`,
    "console.log('a\\0b');",
    "console.log('fake\\rreal');",
    "throw new Error('bad\\u001b[31mred');",
  ].join('\n'),
);

describe('mekong run shows control characters instead of sending them', () => {
  it('in the output, the error and the summary', async () => {
    const r = await mekong(['run', program]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).not.toMatch(ACTING);
    expect(r.stdout).toContain('x␛]0;owned␇y\\u009b2J z\\u202eabc\n');
    expect(r.stdout).toContain('fake␍real\n');
    expect(r.stderr).toContain('Error: bad␛[31mred');
    // A NUL does not cut the line.
    expect(r.stdout).toContain('a␀b\n');
  });

  it('--json stays one valid JSON value with the same text, and sends no control', async () => {
    const r = await mekong(['run', program, '--json']);
    expect(r.stdout).not.toMatch(ACTING);
    const json = JSON.parse(r.stdout);
    expect(json.output).toEqual([ATTACK, 'a␀b', 'fake\rreal']);
    expect(json.error.message).toContain('bad\u001b[31mred');
  });

  it('in a file name an error names', async () => {
    const r = await mekong(['run', join(dir, `missing${TITLE}.js`)]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(ACTING);
    expect(r.stderr).toContain('missing␛]0;owned␇.js');
  });

  it('in a lesson run', async () => {
    const r = await mekong(['run', program, '--lesson', '1']);
    expect(r.stdout + r.stderr).not.toMatch(ACTING);
    expect(r.stdout).toContain('x␛]0;owned␇y');
  });
});

describe('mekong grade shows control characters of file names and errors', () => {
  const classDir = join(dir, 'class');
  mkdirSync(classDir);
  const solution = readFileSync(join(BUILTIN_LESSONS_DIR, '01-hello-robot', 'solution.ts'));
  writeFileSync(join(classDir, `a${TITLE}.ts`), solution);
  writeFileSync(join(classDir, 'b.js'), readFileSync(program));

  it('in the table, the progress lines and --json', async () => {
    const r = await mekong(['grade', '1', classDir, '--seeds', '1']);
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).not.toMatch(ACTING);
    expect(r.stdout).toContain('a␛]0;owned␇.ts');
    expect(r.stderr).toContain('a␛]0;owned␇.ts: passed');
    const json = await mekong(['grade', '1', classDir, '--seeds', '1', '--json']);
    expect(json.stdout).not.toMatch(ACTING);
    const names = JSON.parse(json.stdout).results.map((g: { program: string }) => g.program);
    expect(names).toEqual([join(classDir, `a${TITLE}.ts`), join(classDir, 'b.js')]);
  });

  it('in the progress bar, whose own carriage return alone is sent', async () => {
    const r = await mekong(['grade', '1', classDir, '--seeds', '1'], { tty: true });
    expect(r.stderr).toContain('\r');
    expect(r.stderr.replaceAll('\r', '')).not.toMatch(ACTING);
    expect(r.stderr).toContain('a␛]0;owned␇.ts');
  });

  it('in the CSV and HTML reports', async () => {
    for (const name of ['report.csv', 'report.html']) {
      const report = join(dir, name);
      expect(
        (await mekong(['grade', '1', classDir, '--seeds', '1', '--report', report])).code,
      ).toBe(0);
      const text = readFileSync(report, 'utf8');
      // A CSV row ends in CR LF.
      expect(text.replaceAll('\r\n', '\n'), name).not.toMatch(ACTING);
      expect(text, name).toContain('a␛]0;owned␇.ts');
    }
  });
});
