import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import type { Lesson } from '../../lessons/lesson-files.ts';
import type { LessonRunOptions } from '../../lessons/run-lesson.ts';
import { LESSON_RUN_SEED } from '../../lessons/run-policy.ts';
import { getKit } from '../../robot/index.ts';

/**
 * One run of the TypeScript program `source` on `lesson` with kit `kitId`, as "Check my
 * mission" and `mekong run --lesson` make it (seed LESSON_RUN_SEED); `more` changes the
 * file name, the seed, the realism or adds hooks.
 */
export function lessonRunOptions(
  lesson: Lesson,
  kitId: string,
  source: string,
  quickjs: QuickJSWASMModule,
  more: Partial<LessonRunOptions> = {},
): LessonRunOptions {
  return {
    lesson,
    kit: getKit(kitId),
    source,
    language: 'ts',
    fileName: 'program.ts',
    seed: LESSON_RUN_SEED,
    quickjs,
    now: () => performance.now(),
    ...more,
  };
}
