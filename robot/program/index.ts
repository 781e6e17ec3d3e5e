/**
 * The program runner: a student's TypeScript or JavaScript runs in QuickJS (injected as a
 * WebAssembly module) with only `robot` and `console`. Works in Node and in Web Workers.
 * `load-quickjs.ts` (not exported here) loads the QuickJS build for callers that want it.
 */
export { MAX_SOURCE_CHARS } from './compile.ts';
export { createProgram } from './create-program.ts';
export { FORBIDDEN_GLOBALS } from './forbidden-globals.ts';
export { MAX_ARG_CHARS, MAX_ARGS, MAX_LINE_CHARS } from './prelude/index.ts';
export { type RunOutcome, type RunWithRobotOptions, runWithRobot } from './run-with-robot.ts';
export {
  type CallResult,
  DEFAULT_LIMITS,
  type LogLevel,
  type ProgramHost,
  type ProgramOptions,
  type ProgramRun,
  type ProgramStep,
  RECORD_LIMITS,
  type RunnerLimits,
  StopProgram,
} from './types.ts';
