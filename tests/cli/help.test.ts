import { afterEach, describe, expect, it, vi } from 'vitest';
import { HELP_TEXT_KEYS, helpText } from '../../cli/help-text.js';
import { buildProgram } from '../../cli/program.ts';
import { VERBS } from '../../cli/verbs.ts';
import { mekong } from './cli-harness.ts';

const LAO = /[\u0E80-\u0EFF]/;
const VIETNAMESE = /[ạảãáàâầấậẩẫăằắặẳẵđêềếệểễôồốộổỗơờớợởỡưừứựửữịỉĩíìọỏõóòụủũúù]/;

/** Every English sentence of the help, cut at its placeholders, and commander's own words. */
const ENGLISH = [
  ...HELP_TEXT_KEYS.flatMap((key) => helpText(key, 'en').split(/\{\w+\}/)),
  'display help',
  'output the version',
  'default:',
  'choices:',
].filter((text) => text.trim().length > 2);

/** The option flags a help text lists, e.g. ['--help', '--json', '-h']. */
function flags(help: string): string[] {
  return [...new Set(help.match(/(?<![\w-])--?[a-zA-Z][\w-]*/g))].sort();
}

/** A help's lines that name an option, an argument or a verb, by their first word. */
function terms(help: string): string[] {
  return help
    .split('\n')
    .filter((line) => /^ {2}\S/.test(line))
    .map((line) => line.trim().split(/\s{2,}/)[0] as string);
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('help in the chosen language', () => {
  const helps: [string, string[]][] = [
    ['mekong --help', ['--help']],
    ['mekong grade --help', ['grade', '--help']],
    ['mekong run --help', ['run', '--help']],
    ['mekong emulate --help', ['emulate', '--help']],
  ];
  for (const [what, argv] of helps) {
    for (const lang of ['vi', 'lo'] as const) {
      it(`${what} (${lang}) has no English words and lists every flag`, async () => {
        const en = await mekong(...argv, '--lang', 'en');
        const r = await mekong(...argv, '--lang', lang);
        expect(r.code).toBe(0);
        expect(r.stderr).toBe('');
        expect(r.stdout).toMatch(lang === 'lo' ? LAO : VIETNAMESE);
        for (const english of ENGLISH) expect(r.stdout).not.toContain(english);
        expect(flags(r.stdout)).toEqual(flags(en.stdout));
        expect(terms(r.stdout)).toEqual(terms(en.stdout));
      });
    }
  }

  it('words the headings, defaults and choices', async () => {
    const vi_ = (await mekong('--lang', 'vi', 'run', '--help')).stdout;
    expect(vi_).toMatch(/^Cách dùng: mekong run \[options\] <program>\n/);
    expect(vi_).toContain('\nTham số:\n');
    expect(vi_).toContain('\nTuỳ chọn:\n');
    expect(vi_).toContain('(mặc định: "l298n-2wd")');
    expect(vi_).toContain('(chọn một trong: "ideal",');
    const lo = (await mekong('--help', '--lang=lo')).stdout;
    expect(lo).toMatch(/^ວິທີໃຊ້: mekong \[options\] \[command\]\n/);
    expect(lo).toContain('\nຄຳສັ່ງ:\n');
    expect(lo).toContain('(ເລືອກໄດ້: "en", "vi", "lo", ຄ່າເລີ່ມຕົ້ນ: "en")');
  });

  it('"help <verb>" and a bare "mekong" follow the language too (MEKONG_LANG without --lang)', async () => {
    vi.stubEnv('MEKONG_LANG', 'lo');
    const viaVerb = await mekong('grade', '--help');
    expect((await mekong('help', 'grade')).stdout).toBe(viaVerb.stdout);
    expect(viaVerb.stdout).toMatch(/^ວິທີໃຊ້: mekong grade/);
    expect((await mekong()).stdout).toMatch(/^ວິທີໃຊ້: mekong/);
  });

  it('wraps Lao at 80 columns, counting no column for vowel and tone marks', async () => {
    const lo = (await mekong('--lang', 'lo', 'emulate', '--help')).stdout;
    const columns = (line: string) => line.replace(/\p{Mn}/gu, '').length;
    for (const line of lo.split('\n')) expect(columns(line), line).toBeLessThanOrEqual(80);
    // 91 characters but 79 columns: one line.
    expect(lo).toContain(`\n\n${helpText('emulate', 'lo')}\n\n`);
  });
});

describe('English help', () => {
  it('is unchanged in substance', async () => {
    const top = (await mekong('--help', '--lang', 'en')).stdout;
    expect(top).toMatch(/^Usage: mekong \[options\] \[command\]\n/);
    expect(top).toContain(
      'Mekong Robotics: program classroom robots, in the simulator or for real.',
    );
    expect(top).toContain('-V, --version');
    expect(top).toMatch(/-V, --version +output the version number\n/);
    expect(top).toContain('language of messages (choices: "en", "vi", "lo", default: "en")');
    expect(top).toMatch(/help \[command\] +display help for command\n/);
    const grade = (await mekong('grade', '--help', '--lang', 'en')).stdout;
    expect(grade).toContain(
      '\nArguments:\n  lesson             lesson number or id (see "mekong lessons")\n',
    );
    expect(grade).toMatch(
      /--seeds <n> +runs per program, each with a slightly different robot\n +\(default: "5"\)\n/,
    );
    expect(grade).toContain(
      "--kit <id>         kit to grade on (default: the lesson's first kit)\n",
    );
    expect(grade).toMatch(/-h, --help +display help for command\n$/);
  });
});

describe('the help words', () => {
  // The same parameters in every language: tests/robot/i18n/catalogs.test.ts.
  it('exist in every language, Lao in Lao script', () => {
    for (const key of HELP_TEXT_KEYS) {
      expect(helpText(key, 'en').length, key).toBeGreaterThan(0);
      expect(helpText(key, 'lo'), key).toMatch(LAO);
      expect(helpText(key, 'vi'), key).toMatch(VIETNAMESE);
    }
  });

  it('describe every verb, argument and option of the program', () => {
    const program = buildProgram(
      { stdout: { write: () => {} }, stderr: { write: () => {} } },
      'lo',
      VERBS,
      async () => {},
    );
    const help = program.createHelp();
    for (const command of [program, ...program.commands]) {
      const where = command.name();
      expect(command.description(), where).toMatch(LAO);
      for (const option of help.visibleOptions(command))
        expect(option.description, `${where} ${option.long}`).toMatch(LAO);
      for (const argument of command.registeredArguments)
        expect(argument.description, `${where} ${argument.name()}`).toMatch(LAO);
    }
  });
});
