import type { Lesson } from '../../../lessons/lesson-files.ts';
import type { Program, Setup } from '../../../simulator/app/sim/protocol.ts';

/** A TypeScript program as the page sends it to the worker. */
export const program = (source: string): Program => ({
  source,
  language: 'ts',
  fileName: 'program.ts',
});

/** The world the page sets up when it opens `lesson`: its first world and kit, ideal realism. */
export function lessonPage(lesson: Lesson): Setup {
  return {
    world: lesson.worlds[0] as Lesson['worlds'][number],
    kits: [lesson.kits[0] as string],
    seed: 1,
    realism: 'ideal',
    maxTimeMs: lesson.timeLimitMs,
  };
}
