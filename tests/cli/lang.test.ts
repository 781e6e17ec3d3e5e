import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mekong } from './cli-harness.ts';

const LAO = /[\u0E80-\u0EFF]/;
const dir = mkdtempSync(join(tmpdir(), 'mekong-lang-'));
const HELLO = join(import.meta.dirname, '../../examples/hello.ts');
const BAD_WORLD = join(dir, 'bad-world.json');
writeFileSync(BAD_WORLD, JSON.stringify({ arena: 1, obstacles: [{ type: 'box', x: 'left' }] }));
const REPORT = join(dir, 'report.csv');
writeFileSync(REPORT, 'last week');
const BAD_KIT = join(dir, 'bad-kit.json');
writeFileSync(BAD_KIT, JSON.stringify({ id: 'My Kit', board: 'leonardo', wheels: 4 }));

/** English that must not reach a reader who asked for Vietnamese or Lao. */
const ENGLISH = [
  'missing required',
  'unknown option',
  'unknown command',
  'too many arguments',
  'Allowed choices',
  'Did you mean',
  'Usage:',
  'no such file',
  'it is a folder',
  'TypeScript or JavaScript',
  'a .ts, .js or',
  'a whole number',
  'a number from',
  'one of:',
  'a world file',
  'a lesson number',
  'either --port',
  'neither',
  'host:port, e.g.',
  'a kit this lesson',
  'a real robot cannot',
  'a folder with',
  'a file ending in',
  'Invalid input',
  'Unrecognized key',
  'Invalid option',
  'All problems',
  'top level',
  'is missing',
  'See simulator',
  'See robot',
  'cannot be used with',
  'A lesson runs',
  'not taken yet',
  'cannot be written',
];

function expectWorded(text: string, lang: 'vi' | 'lo'): void {
  if (lang === 'lo') expect(text).toMatch(LAO);
  else expect(text).toMatch(/[ạảãáàâầấậẩẫăằắặẳẵđêềếệểễôồốộổỗơờớợởỡưừứựửữịỉĩíìọỏõóòụủũúù]/);
  for (const english of ENGLISH) expect(text).not.toContain(english);
}

describe('usage errors are worded in --lang (commander words them in English only)', () => {
  const cases: [string, string[]][] = [
    ['a missing argument', ['run']],
    ['an unknown option, with its likely spelling', ['run', HELLO, '--sed', '3']],
    ['a choice that is not one', ['run', HELLO, '--realism', 'foo']],
    ['an option without its value', ['run', HELLO, '--world']],
    ['too many arguments', ['kits', 'extra']],
    ['an unknown verb', ['runn']],
    ['an option a lesson sets itself', ['run', HELLO, '--lesson', '1', '--world', 'arena']],
  ];
  for (const [what, argv] of cases) {
    for (const lang of ['vi', 'lo'] as const) {
      it(`${what} (${lang})`, async () => {
        const r = await mekong('--lang', lang, ...argv);
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
        expectWorded(r.stderr, lang);
      });
    }
  }

  it('name the bad value, the choices and where to look', async () => {
    const sed = await mekong('run', HELLO, '--sed', '3', '--lang', 'lo');
    expect(sed.stderr).toBe(
      'error: ບໍ່ມີຕົວເລືອກ --sed. ໝາຍເຖິງ --seed ບໍ?\n  → ແລ່ນ "mekong run --help" ເພື່ອເບິ່ງວ່າມັນຮັບຫຍັງແດ່.\n',
    );
    const realism = await mekong('--lang', 'vi', 'run', HELLO, '--realism', 'foo');
    expect(realism.stderr).toContain('Tuỳ chọn --realism không thể là "foo"');
    expect(realism.stderr).toContain('Hãy dùng một trong: ideal, classroom.');
    const en = await mekong('kits', 'extra');
    expect(en.stderr).toContain('Too many values: "mekong kits" takes 0, but it got 1.');
  });
});

describe('option and file errors word their details in --lang', () => {
  const cases: [string, string[]][] = [
    ['a missing program file', ['run', join(dir, 'nofile.ts')]],
    ['a folder as the program', ['run', join(dir, '/')]],
    ['a program that is not .ts/.js', ['run', 'notes.txt']],
    ['a seed that is not a number', ['run', HELLO, '--seed', 'abc']],
    ['a world that is neither a file nor a builtin', ['run', HELLO, '--world', 'nowhere']],
    ['neither --port nor --emulate', ['doctor']],
    ['a bad --listen', ['emulate', '--listen', 'bad']],
    ['an unknown lesson', ['grade', 'nosuchlesson', HELLO]],
    ['a missing program to grade', ['grade', '1', join(dir, 'none')]],
    ['a report that is neither .html nor .csv', ['grade', '1', HELLO, '--report', 'x.pdf']],
    ['a report that is there already', ['grade', '1', HELLO, '--report', REPORT]],
    ['a report that cannot be written', ['grade', '1', HELLO, '--report', '/proc/r.csv']],
    ['a lesson on a real robot', ['run', HELLO, '--lesson', '1', '--port', '/dev/x']],
    ['a kit the lesson does not support', ['run', HELLO, '--lesson', '8', '--kit', 'my-kit.json']],
    ['a malformed world file', ['run', HELLO, '--world', BAD_WORLD]],
    ['a malformed kit file', ['run', HELLO, '--kit', BAD_KIT]],
  ];
  for (const [what, argv] of cases) {
    for (const lang of ['vi', 'lo'] as const) {
      it(`${what} (${lang})`, async () => {
        const r = await mekong(...argv, '--lang', lang);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/^error \[[A-Z_]+\]: /);
        expectWorded(r.stderr, lang);
      });
    }
  }
});

describe('progress and port problems word their details in --lang', () => {
  for (const lang of ['vi', 'lo'] as const) {
    it(`flash on a port that does not exist (${lang})`, async () => {
      const r = await mekong('flash', '--port', '/dev/ttyMekongNowhere', '--lang', lang);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('[PORT_UNAVAILABLE]');
      expectWorded(r.stderr, lang);
      for (const english of ['the port you named', 'there is no such port']) {
        expect(r.stderr).not.toContain(english);
      }
    });
  }
});

describe('doctor on the emulated board, in Lao', () => {
  it('names the emulated board in Lao in its title, and every line is in Lao', async () => {
    const r = await mekong('doctor', '--emulate', '--kit', 'mbot', '--lang', 'lo');
    expect(r.code).toBe(0);
    const [title, ...lines] = r.stdout.trim().split('\n');
    expect(title).toBe('ກວດຫຸ່ນຍົນ: mbot ທີ່ nano ຈຳລອງ (mbot)');
    for (const line of lines) expect(line).toMatch(LAO);
    expect(r.stdout).not.toContain('emulated');
  }, 60_000);
});
