// "Check my mission" on the emulated robot, from the page (in the robot's chunk): it starts
// the mission worker (mission-worker.ts) and hands its messages on, worded. Stopping ends
// the worker, and with it the board, the program and the runs still to make.
import type { Lesson } from '../../../lessons/lesson-files.ts';
import type { Lang } from '../../../robot/i18n/lang.ts';
import type { CheckReport, ErrorInfo, Program } from '../sim/protocol.ts';
import type { FromMission, ToMission } from './mission-protocol.ts';
import { runText } from './robot-run-text.ts';

/** What a mission check on the emulated robot tells the page. */
export interface MissionEvents {
  /** Robot ms of the run under way, and its words in the page's language. */
  progress(timeMs: number, label: (lang: Lang) => string): void;
  done(report: CheckReport): void;
  /** No verdict: the board could not be reached (`error`), or the check broke. */
  failed(error: ErrorInfo | null, message: string): void;
  /** Stop or Esc ended it. */
  stopped(): void;
}

/**
 * Checks `program` on `lesson` with kit `kitId`, once per world of the lesson; `ended` is
 * called before `on.done` or `on.failed`.
 */
export function startMissionCheck(
  lesson: Lesson,
  kitId: string,
  program: Program,
  on: MissionEvents,
  ended: () => void,
): { stop(): void } {
  const worker = new Worker(new URL('./mission-worker.ts', import.meta.url), { type: 'module' });
  const limit = Math.round(lesson.timeLimitMs / 1000);
  let over = false;
  const end = () => {
    over = true;
    worker.terminate();
  };
  const fail = (error: ErrorInfo | null, message: string) => {
    end();
    ended();
    on.failed(error, message);
  };
  worker.onmessage = (event: MessageEvent<FromMission>) => {
    if (over) return;
    const message = event.data;
    if (message.type === 'progress') {
      const { run, total } = message;
      const time = Math.floor(message.timeMs / 1000);
      on.progress(message.timeMs, (lang) =>
        runText('checkingOnRobot', lang, { run, total, time, limit }),
      );
    } else if (message.type === 'done') {
      end();
      ended();
      on.done(message.report);
    } else fail(message.error, message.message);
  };
  worker.onerror = (event) => {
    if (!over) fail(null, event.message);
  };
  const message: ToMission = { type: 'check', lesson, kitId, program };
  worker.postMessage(message);
  return { stop: end };
}
