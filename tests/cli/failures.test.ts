import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CRASH_TEXT_KEYS, commandLine, crashText } from '../../cli/crash-text.ts';
import { EXIT } from '../../cli/exit-codes.ts';
import { main } from '../../cli/main.ts';
import { type Verb, verb } from '../../cli/verb-spec.ts';
import { VERBS } from '../../cli/verbs.ts';
import { mekong } from './cli-harness.ts';

const ROOT = join(import.meta.dirname, '../..');
const HELLO = join(ROOT, 'examples/hello.ts');
const LAO = /[\u0E80-\u0EFF]/;

/** A verb that throws what `fail` gives, after writing `before` on stdout. */
function failing(fail: () => unknown, before = ''): Verb {
  return verb({
    name: 'boom',
    help: 'kits',
    arguments: [],
    options: { json: { flags: '--json', help: 'kits --json' } },
    run: async ({ io }) => {
      if (before) io.stdout.write(before);
      throw fail();
    },
  });
}

async function boom(argv: string[], fail: () => unknown, before = '') {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  };
  const code = await main(['boom', ...argv], io, [failing(fail, before)]);
  return { code, stdout, stderr };
}

/** stdout holds exactly one JSON object, `{ ok: false, error: { code, message, suggestion } }`. */
function oneFailure(stdout: string): { code: string; message: string; suggestion: string } {
  expect(stdout.endsWith('\n')).toBe(true);
  expect(stdout.trimEnd().split('\n')).toHaveLength(1);
  const json = JSON.parse(stdout);
  expect(json).toEqual({
    ok: false,
    error: {
      code: expect.any(String),
      message: expect.any(String),
      suggestion: expect.any(String),
    },
  });
  return json.error;
}

describe('--json prints exactly one JSON object whatever happens', () => {
  // A failing input for every verb that has --json; a verb added without a row fails here.
  const failingInput: Record<string, [string[], string, number]> = {
    run: [[join(ROOT, 'nope.ts')], 'FILE_UNREADABLE', EXIT.badInput],
    kits: [['extra'], 'USAGE_ERROR', EXIT.badInput],
    lessons: [['--bogus'], 'USAGE_ERROR', EXIT.badInput],
    grade: [['no-such-lesson', HELLO], 'BAD_OPTION', EXIT.badInput],
    compete: [['chess', HELLO], 'BAD_OPTION', EXIT.badInput],
    replay: [['verify', join(ROOT, 'nope.json')], 'FILE_UNREADABLE', EXIT.badInput],
    list: [['--probe', 'extra'], 'USAGE_ERROR', EXIT.badInput],
    doctor: [['--kit', 'lego', '--emulate'], 'UNKNOWN_KIT', EXIT.badInput],
    flash: [['--board', 'leonardo'], 'BAD_OPTION', EXIT.badInput],
  };

  it('has a failing input for every verb with --json', () => {
    const withJson = VERBS.filter((v) => v.options.json !== undefined).map((v) => v.name);
    expect(Object.keys(failingInput).sort()).toEqual(withJson.sort());
  });

  for (const [name, [argv, code, exit]] of Object.entries(failingInput)) {
    it(`${name} --json on a failing input`, async () => {
      const r = await mekong(name, ...argv, '--json');
      expect(r.code, r.stderr).toBe(exit);
      expect(oneFailure(r.stdout).code).toBe(code);
      expect(r.stderr).toBe('');
    });
  }

  it('a bad choice and a bad number are BAD_OPTION in the reader language', async () => {
    const r = await mekong('run', HELLO, '--realism', 'perfect', '--json', '--lang', 'lo');
    expect(r.code).toBe(EXIT.badInput);
    const error = oneFailure(r.stdout);
    expect(error.code).toBe('BAD_OPTION');
    expect(error.message).toMatch(LAO);
    const seeds = await mekong('grade', '1', HELLO, '--seeds', '0', '--json');
    expect(oneFailure(seeds.stdout).suggestion).toContain('a whole number from 1 to 50');
  });

  it('an unexpected error is one JSON object too, with exit code 70', async () => {
    const r = await boom(['--json'], () => new TypeError('x is undefined'));
    expect(r.code).toBe(EXIT.crashed);
    expect(r.stderr).toBe('');
    const error = oneFailure(r.stdout);
    expect(error.code).toBe('UNEXPECTED');
    expect(error.message).toContain('TypeError: x is undefined');
    expect(error.suggestion).toContain('Report a problem');
    expect(error.suggestion).toContain('mekong boom --json');
  });

  it('a failure after the verb printed its JSON goes to stderr, not a second object', async () => {
    const r = await boom(['--json'], () => new Error('late'), '{"ok":true}\n');
    expect(r.code).toBe(EXIT.crashed);
    expect(r.stdout).toBe('{"ok":true}\n');
    expect(r.stderr).toMatch(/^error \[UNEXPECTED\]: .*Error: late/);
  });
});

describe('an unexpected error', () => {
  it('is worded in the reader language with what to report, never a stack trace', async () => {
    const error = new RangeError('index 7 out of range');
    const lo = await boom(['--lang', 'lo'], () => error);
    expect(lo.code).toBe(EXIT.crashed);
    expect(lo.stdout).toBe('');
    const [first, second, ...rest] = lo.stderr.split('\n');
    expect(first).toMatch(/^error \[UNEXPECTED\]: /);
    expect(first).toMatch(LAO);
    expect(first).toContain('RangeError: index 7 out of range');
    expect(second).toMatch(LAO);
    expect(second).toContain('Report a problem');
    expect(second).toContain('mekong boom --lang lo');
    expect(rest).toEqual(['']);
    expect(lo.stderr).not.toContain('    at ');
  });

  it('names what was thrown, and quotes the command line as it was typed', async () => {
    const r = await boom(['--lang', 'en'], () => 'not even an Error');
    expect(r.stderr).toContain('string: not even an Error');
    expect(commandLine(['run', 'my program.ts', '--lang', 'vi'])).toBe(
      'mekong run "my program.ts" --lang vi',
    );
  });
});

describe('the words of an unexpected error', () => {
  it('exist in every language, Lao in Lao script', () => {
    expect(CRASH_TEXT_KEYS).toEqual(['message', 'suggestion']);
    const en = crashText(new Error('e'), ['kits'], 'en');
    for (const lang of ['vi', 'lo'] as const) {
      const text = crashText(new Error('e'), ['kits'], lang);
      expect(text.message).not.toBe(en.message);
      expect(text.suggestion).toContain('Report a problem');
      expect(text.suggestion).toContain('(mekong kits)');
      if (lang === 'lo') expect(text.message + text.suggestion).toMatch(LAO);
    }
  });
});

describe('the installed command', () => {
  it('flash --json prints one JSON object on this machine without a robot, and no stack', async () => {
    // Without a USB board this is FLASH_NO_BOARD; where serialport cannot list ports (no
    // udevadm) it is a library's unhandled error: both end as one object, never a trace.
    const { stdout, stderr, code } = await promisify(execFile)(
      process.execPath,
      ['cli/mekong.js', 'flash', '--json'],
      { cwd: ROOT },
    ).then(
      (r) => ({ ...r, code: 0 }),
      (e: { stdout: string; stderr: string; code: number }) => e,
    );
    expect([EXIT.badInput, EXIT.crashed]).toContain(code);
    expect(['FLASH_NO_BOARD', 'UNEXPECTED']).toContain(oneFailure(stdout).code);
    expect(stderr).not.toContain('    at ');
  });
});
