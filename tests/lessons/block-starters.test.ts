import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadQuickJs } from '../../cli/quickjs-node.ts';
import { loadLesson } from '../../cli/runtime/load-lessons.ts';
import { gradeProgram, seedList } from '../../lessons/grade.ts';
import type { Lesson } from '../../lessons/lesson-files.ts';
import { runLesson } from '../../lessons/run-lesson.ts';
import { blocksToTypeScript } from '../../robot/blocks/index.ts';
import { getKit } from '../../robot/index.ts';
import { lessonOneDone } from '../robot/blocks/block-json.ts';
import { lessonRunOptions } from './lesson-run-options.ts';

/*
 * Lessons 1 to 5 start in the block editor too: each has a block starter that works (no
 * error) but does not do the mission yet, like its text starter. Lesson 1's, completed the
 * way its steps say, passes as the grader grades it.
 */
const BLOCK_LESSONS = [
  '01-hello-robot',
  '02-drive-and-measure',
  '03-turns-and-square',
  '04-stop-at-wall',
  '05-avoid-obstacles',
];
let quickjs: QuickJSWASMModule;
beforeAll(async () => {
  quickjs = await loadQuickJs();
});

/** The TypeScript of `lesson`'s block starter. */
function starterCode(lesson: Lesson): string {
  expect(lesson.starterBlocks, `${lesson.folder}/starter.blocks.json`).toBeTypeOf('string');
  return blocksToTypeScript(lesson.starterBlocks as string, 'starter.blocks.json', 'en').code;
}

describe.each(BLOCK_LESSONS)('the block starter of %s', async (folder) => {
  const lesson = await loadLesson(folder);

  it.each(lesson.kits)('runs without an error on %s and does not pass yet', (kitId) => {
    const run = runLesson(
      lessonRunOptions(lesson, kitId, starterCode(lesson), quickjs, {
        fileName: 'starter.blocks.json',
        seed: 1,
        realism: 'classroom',
      }),
    );
    expect(run.outcome.error?.code ?? null).toBeNull();
    expect(run.passed).toBe(false);
  });
});

describe('lesson 1 in blocks', () => {
  it('the starter completed as the lesson says passes on every kit, 5 seeds', async () => {
    const lesson = await loadLesson('01-hello-robot');
    // The student adds a wait, a beep and the LED off under the starter's blocks.
    const done = lessonOneDone(lesson.starterBlocks as string);
    const source = blocksToTypeScript(done, 'anh.blocks.json', 'lo').code;
    for (const kitId of lesson.kits) {
      const grade = gradeProgram(
        { program: 'anh.blocks.json', source, language: 'ts', fileName: 'anh.blocks.json' },
        { lesson, kit: getKit(kitId), seeds: seedList(5), quickjs, now: () => performance.now() },
      );
      expect(grade.passed, kitId).toBe(true);
    }
  });
});
