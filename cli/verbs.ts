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
import { type OptionsOf, options, type Verb, verbOf } from './verb-spec.ts';

/** A whole number from `min` to `max`. */
const whole = (min: number, max: number) => ({ type: 'wholeNumber', min, max }) as const;
const SEED = { default: String(DEFAULT_SEED), value: whole(0, MAX_SEED) } as const;
const WORKERS = (min: number) => ['--workers <n>', { value: whole(min, 16) }] as const;

export const RUN_OPTIONS = options('run', {
  sim: '--sim',
  world: ['--world <file|id>', { default: DEFAULT_WORLD_ID }],
  kit: ['--kit <id|file>', { default: DEFAULT_KIT_ID }],
  seed: ['--seed <n>', SEED],
  realism: ['--realism <level>', { choices: REALISM_LEVELS }],
  maxTime: [
    '--max-time <seconds>',
    { default: String(DEFAULT_MAX_TIME_S), value: { type: 'number', min: 0.001, max: 3600 } },
  ],
  lesson: [
    '--lesson <id>',
    { excludes: { options: ['world', 'realism', 'maxTime'], why: 'lessonSetsRun' } },
  ],
  json: '--json',
  port: '--port <path>',
  emulate: '--emulate',
});
export type RunOptions = OptionsOf<typeof RUN_OPTIONS>;

export const KITS_OPTIONS = options('kits', { json: '--json' });

export const START_OPTIONS = options('start', {
  port: ['--port <n>', { value: whole(0, 65535) }],
  host: '--host',
  data: '--data <dir>',
});
export type StartOptions = OptionsOf<typeof START_OPTIONS>;

export const LESSONS_OPTIONS = options('lessons', {
  teacher: '--teacher [lesson]',
  starter: '--starter <lesson>',
  json: '--json',
});

export const GRADE_OPTIONS = options('grade', {
  seeds: ['--seeds <n>', { default: String(DEFAULT_SEEDS), value: whole(1, 50) }],
  kit: '--kit <id>',
  report: '--report <file>',
  force: '--force',
  workers: WORKERS(0),
  json: '--json',
});
export type GradeOptions = OptionsOf<typeof GRADE_OPTIONS>;

export const COMPETE_OPTIONS = options('compete', {
  seeds: ['--seeds <n>', { value: whole(1, 15) }],
  kit: '--kit <id>',
  bracket: '--bracket',
  replays: ['--replays <dir>', { default: 'replays' }],
  hideSources: '--hide-sources',
  report: '--report <file>',
  force: ['--force', { help: 'grade --force' }],
  workers: WORKERS(1),
  json: '--json',
});
export type CompeteOptions = OptionsOf<typeof COMPETE_OPTIONS>;

export const REPLAY_OPTIONS = options('replay', { json: '--json' });
export type ReplayOptions = OptionsOf<typeof REPLAY_OPTIONS>;

export const LIST_OPTIONS = options('list', { probe: '--probe', json: '--json' });
export type ListOptions = OptionsOf<typeof LIST_OPTIONS>;

export const DOCTOR_OPTIONS = options('doctor', {
  port: '--port <path>',
  emulate: '--emulate',
  kit: ['--kit <id|file>', { default: DEFAULT_KIT_ID }],
  json: '--json',
});
export type DoctorOptions = OptionsOf<typeof DOCTOR_OPTIONS>;

export const EMULATE_OPTIONS = options('emulate', {
  kit: ['--kit <id|file>', { default: DEFAULT_KIT_ID }],
  world: ['--world <file|id>', { default: DEFAULT_WORLD_ID }],
  listen: ['--listen <host:port>', { default: DEFAULT_LISTEN }],
  realism: ['--realism <level>', { choices: REALISM_LEVELS, default: EMULATED_REALISM }],
  seed: ['--seed <n>', SEED],
});
export type EmulateOptions = OptionsOf<typeof EMULATE_OPTIONS>;

export const FLASH_OPTIONS = options('flash', {
  port: '--port <path>',
  board: ['--board <id>', { value: { type: 'oneOf', choices: FLASH_BOARD_IDS } }],
  name: '--name <robot-name>',
  kit: '--kit <id>',
  hex: '--hex <file>',
  all: '--all',
  json: '--json',
});
export type FlashOptions = OptionsOf<typeof FLASH_OPTIONS>;

export const GRADER_OPTIONS = options('grader', { workers: WORKERS(1) });
export type GraderOptions = OptionsOf<typeof GRADER_OPTIONS>;

export const CLASSROOM_OPTIONS = options('classroom', {
  data: ['--data <dir>', { help: 'start --data' }],
});
export type ClassroomOptions = OptionsOf<typeof CLASSROOM_OPTIONS>;

/** The verbs, in the order `mekong --help` lists them. */
export const VERBS: readonly Verb[] = [
  verbOf('run', ['<program>'], RUN_OPTIONS, async ({ args: [program], options, io, now }) =>
    (await import('./commands/run.ts')).runCommand(program, options, io, now),
  ),
  verbOf('kits', [], KITS_OPTIONS, async ({ options, io }) =>
    (await import('./commands/kits.ts')).kitsCommand(options, io),
  ),
  verbOf('start', [], START_OPTIONS, async ({ options, io }) =>
    (await import('./commands/start.ts')).startCommand(options, io),
  ),
  verbOf('lessons', [], LESSONS_OPTIONS, async ({ options, io }) =>
    (await import('./commands/lessons.ts')).lessonsCommand(options, io),
  ),
  verbOf(
    'grade',
    ['<lesson>', '<program-or-folder...>'],
    GRADE_OPTIONS,
    async ({ args: [lesson, paths], options, io, now }) => {
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
  ),
  verbOf(
    'compete',
    ['<format>', '<program-or-folder...>'],
    COMPETE_OPTIONS,
    async ({ args: [format, paths], options, io, now }) =>
      (await import('./commands/compete.ts')).competeCommand(format, paths, options, io, now),
  ),
  verbOf(
    'replay',
    ['<action>', '<file>', '[programs...]'],
    REPLAY_OPTIONS,
    async ({ args: [action, file, programs], options, io, now }) =>
      (await import('./commands/replay.ts')).replayCommand(
        action,
        file,
        programs,
        options,
        io,
        now,
      ),
  ),
  verbOf('list', [], LIST_OPTIONS, async ({ options, io, now }) =>
    (await import('./commands/list.ts')).listCommand(options, io, now),
  ),
  verbOf('doctor', [], DOCTOR_OPTIONS, async ({ options, io, now }) =>
    (await import('./commands/doctor.ts')).doctorCommand(options, io, now),
  ),
  verbOf('emulate', [], EMULATE_OPTIONS, async ({ options, io, now }) =>
    (await import('./commands/emulate.ts')).emulateCommand(options, io, now),
  ),
  verbOf('flash', [], FLASH_OPTIONS, async ({ options, io, now }) =>
    (await import('./commands/flash.ts')).flashCommand(options, io, now),
  ),
  verbOf('grader', [], GRADER_OPTIONS, async ({ options, io }) =>
    (await import('./commands/grader.ts')).graderCommand(options, io),
  ),
  verbOf(
    'classroom',
    ['<action>', '<file>'],
    CLASSROOM_OPTIONS,
    async ({ args: [action, file], options, io }) =>
      (await import('./commands/classroom.ts')).classroomCommand(action, file, options, io),
  ),
];
