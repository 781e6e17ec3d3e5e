import type { Lesson } from '../../../lessons/lesson-files.ts';
import type { CheckReport, ErrorInfo, Program } from '../sim/protocol.ts';

/**
 * Messages between the page and the mission worker (mission-worker.ts): "Check my mission"
 * on the emulated robot, as `mekong run --lesson --emulate` checks it, once per world.
 */
export type ToMission = {
  type: 'check';
  lesson: Lesson;
  kitId: string;
  program: Program;
};

export type FromMission =
  /** Run `run` of at most `total` is at emulated ms `timeMs` of its program. */
  | { type: 'progress'; run: number; total: number; timeMs: number }
  | { type: 'done'; report: CheckReport }
  /** The board could not be reached or the check broke: no verdict. */
  | { type: 'failed'; error: ErrorInfo | null; message: string };
