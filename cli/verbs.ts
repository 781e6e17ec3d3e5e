// Every verb of `mekong` as data: arguments, options, defaults and value rules, and how it
// runs. cli/program.ts registers them all the same way; each verb's code lives in
// cli/commands/<verb>.ts (and cli/commands/<verb>/) and is imported only when it runs.
// Adding a verb: docs/cli.md.

import { EMULATED_REALISM } from '../firmware-bridge/emulator/emulated-realism.ts';
import { FLASH_BOARD_IDS } from '../firmware-bridge/flash/flash-boards.ts';
import { DEFAULT_SEEDS } from '../lessons/run-policy.ts';
import { DEFAULT_KIT_ID } from '../robot/kits/default-kit.ts';
import { DEFAULT_WORLD_ID } from '../simulator/world/default-world.ts';
import { REALISM_LEVELS } from '../simulator/world/realism.ts';
import { DEFAULT_LISTEN, DEFAULT_MAX_TIME_S, DEFAULT_SEED, MAX_SEED } from './defaults.ts';
import { type OptionSpecs, type OptionsOf, type Verb, type VerbSpec, verb } from './verb-spec.ts';

const SEED = { type: 'wholeNumber', min: 0, max: MAX_SEED } as const;

export const RUN_OPTIONS = {
  sim: { flags: '--sim', help: 'run --sim' },
  world: { flags: '--world <file|id>', help: 'run --world', default: DEFAULT_WORLD_ID },
  kit: { flags: '--kit <id|file>', help: 'run --kit', default: DEFAULT_KIT_ID },
  seed: { flags: '--seed <n>', help: 'run --seed', default: String(DEFAULT_SEED), value: SEED },
  realism: { flags: '--realism <level>', help: 'run --realism', choices: REALISM_LEVELS },
  maxTime: {
    flags: '--max-time <seconds>',
    help: 'run --max-time',
    default: String(DEFAULT_MAX_TIME_S),
    value: { type: 'number', min: 0.001, max: 3600 },
  },
  lesson: {
    flags: '--lesson <id>',
    help: 'run --lesson',
    excludes: { options: ['world', 'realism', 'maxTime'], why: 'lessonSetsRun' },
  },
  json: { flags: '--json', help: 'run --json' },
  port: { flags: '--port <path>', help: 'run --port' },
  emulate: { flags: '--emulate', help: 'run --emulate' },
} as const satisfies OptionSpecs;
export type RunOptions = OptionsOf<typeof RUN_OPTIONS>;

const run = {
  name: 'run',
  help: 'run',
  arguments: [{ name: '<program>', help: 'run <program>' }],
  options: RUN_OPTIONS,
  run: async ({ args: [program], options, io, now }) =>
    (await import('./commands/run.ts')).runCommand(program, options, io, now),
} satisfies VerbSpec<typeof RUN_OPTIONS, [string]>;

export const KITS_OPTIONS = {
  json: { flags: '--json', help: 'kits --json' },
} as const satisfies OptionSpecs;

const kits = {
  name: 'kits',
  help: 'kits',
  arguments: [],
  options: KITS_OPTIONS,
  run: async ({ options, io }) => (await import('./commands/kits.ts')).kitsCommand(options, io),
} satisfies VerbSpec<typeof KITS_OPTIONS, []>;

export const START_OPTIONS = {
  port: {
    flags: '--port <n>',
    help: 'start --port',
    value: { type: 'wholeNumber', min: 0, max: 65535 },
  },
  host: { flags: '--host', help: 'start --host' },
} as const satisfies OptionSpecs;
export type StartOptions = OptionsOf<typeof START_OPTIONS>;

const start = {
  name: 'start',
  help: 'start',
  arguments: [],
  options: START_OPTIONS,
  run: async ({ options, io }) => (await import('./commands/start.ts')).startCommand(options, io),
} satisfies VerbSpec<typeof START_OPTIONS, []>;

export const LESSONS_OPTIONS = {
  teacher: { flags: '--teacher', help: 'lessons --teacher' },
  starter: { flags: '--starter <lesson>', help: 'lessons --starter' },
  json: { flags: '--json', help: 'lessons --json' },
} as const satisfies OptionSpecs;

const lessons = {
  name: 'lessons',
  help: 'lessons',
  arguments: [],
  options: LESSONS_OPTIONS,
  run: async ({ options, io }) =>
    (await import('./commands/lessons.ts')).lessonsCommand(options, io),
} satisfies VerbSpec<typeof LESSONS_OPTIONS, []>;

export const GRADE_OPTIONS = {
  seeds: {
    flags: '--seeds <n>',
    help: 'grade --seeds',
    default: String(DEFAULT_SEEDS),
    value: { type: 'wholeNumber', min: 1, max: 50 },
  },
  kit: { flags: '--kit <id>', help: 'grade --kit' },
  report: { flags: '--report <file>', help: 'grade --report' },
  force: { flags: '--force', help: 'grade --force' },
  workers: {
    flags: '--workers <n>',
    help: 'grade --workers',
    value: { type: 'wholeNumber', min: 0, max: 16 },
  },
  json: { flags: '--json', help: 'grade --json' },
} as const satisfies OptionSpecs;
export type GradeOptions = OptionsOf<typeof GRADE_OPTIONS>;

const grade = {
  name: 'grade',
  help: 'grade',
  arguments: [
    { name: '<lesson>', help: 'grade <lesson>' },
    { name: '<program-or-folder...>', help: 'grade <program-or-folder...>' },
  ],
  options: GRADE_OPTIONS,
  run: async ({ args: [lesson, paths], options, io, now }) => {
    // The grading threads load while this thread loads the verb, not after it.
    const { startGradeWorkers } = await import('./runtime/grade-threads.js');
    const started = startGradeWorkers(options.workers);
    try {
      const { gradeCommand } = await import('./commands/grade.ts');
      return await gradeCommand(lesson, paths, options, io, now, started);
    } finally {
      await Promise.all(started.map((s) => s.worker.terminate()));
    }
  },
} satisfies VerbSpec<typeof GRADE_OPTIONS, [string, string[]]>;

export const LIST_OPTIONS = {
  probe: { flags: '--probe', help: 'list --probe' },
  json: { flags: '--json', help: 'list --json' },
} as const satisfies OptionSpecs;
export type ListOptions = OptionsOf<typeof LIST_OPTIONS>;

const list = {
  name: 'list',
  help: 'list',
  arguments: [],
  options: LIST_OPTIONS,
  run: async ({ options, io, now }) =>
    (await import('./commands/list.ts')).listCommand(options, io, now),
} satisfies VerbSpec<typeof LIST_OPTIONS, []>;

export const DOCTOR_OPTIONS = {
  port: { flags: '--port <path>', help: 'doctor --port' },
  emulate: { flags: '--emulate', help: 'doctor --emulate' },
  kit: { flags: '--kit <id|file>', help: 'doctor --kit', default: DEFAULT_KIT_ID },
  json: { flags: '--json', help: 'doctor --json' },
} as const satisfies OptionSpecs;
export type DoctorOptions = OptionsOf<typeof DOCTOR_OPTIONS>;

const doctor = {
  name: 'doctor',
  help: 'doctor',
  arguments: [],
  options: DOCTOR_OPTIONS,
  run: async ({ options, io, now }) =>
    (await import('./commands/doctor.ts')).doctorCommand(options, io, now),
} satisfies VerbSpec<typeof DOCTOR_OPTIONS, []>;

export const EMULATE_OPTIONS = {
  kit: { flags: '--kit <id|file>', help: 'emulate --kit', default: DEFAULT_KIT_ID },
  world: { flags: '--world <file|id>', help: 'emulate --world', default: DEFAULT_WORLD_ID },
  listen: { flags: '--listen <host:port>', help: 'emulate --listen', default: DEFAULT_LISTEN },
  realism: {
    flags: '--realism <level>',
    help: 'emulate --realism',
    choices: REALISM_LEVELS,
    default: EMULATED_REALISM,
  },
  seed: {
    flags: '--seed <n>',
    help: 'emulate --seed',
    default: String(DEFAULT_SEED),
    value: SEED,
  },
} as const satisfies OptionSpecs;
export type EmulateOptions = OptionsOf<typeof EMULATE_OPTIONS>;

const emulate = {
  name: 'emulate',
  help: 'emulate',
  arguments: [],
  options: EMULATE_OPTIONS,
  run: async ({ options, io, now }) =>
    (await import('./commands/emulate.ts')).emulateCommand(options, io, now),
} satisfies VerbSpec<typeof EMULATE_OPTIONS, []>;

export const FLASH_OPTIONS = {
  port: { flags: '--port <path>', help: 'flash --port' },
  board: {
    flags: '--board <id>',
    help: 'flash --board',
    value: { type: 'oneOf', choices: FLASH_BOARD_IDS },
  },
  name: { flags: '--name <robot-name>', help: 'flash --name' },
  kit: { flags: '--kit <id>', help: 'flash --kit' },
  hex: { flags: '--hex <file>', help: 'flash --hex' },
  all: { flags: '--all', help: 'flash --all' },
  json: { flags: '--json', help: 'flash --json' },
} as const satisfies OptionSpecs;
export type FlashOptions = OptionsOf<typeof FLASH_OPTIONS>;

const flash = {
  name: 'flash',
  help: 'flash',
  arguments: [],
  options: FLASH_OPTIONS,
  run: async ({ options, io, now }) =>
    (await import('./commands/flash.ts')).flashCommand(options, io, now),
} satisfies VerbSpec<typeof FLASH_OPTIONS, []>;

/** The verbs, in the order `mekong --help` lists them. */
export const VERBS: readonly Verb[] = [
  verb(run),
  verb(kits),
  verb(start),
  verb(lessons),
  verb(grade),
  verb(list),
  verb(doctor),
  verb(emulate),
  verb(flash),
];
