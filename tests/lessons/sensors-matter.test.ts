import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadQuickJs } from '../../cli/quickjs-node.ts';
import { loadLesson } from '../../cli/runtime/load-lessons.ts';
import { seedList } from '../../lessons/grade.ts';
import { runLesson } from '../../lessons/run-lesson.ts';
import { blindReplay, REPLAYS_WITH_OUTPUT } from './blind-replay.ts';
import { gradeWithReasons } from './grade-failures.ts';
import { lessonRunOptions } from './lesson-run-options.ts';

/*
 * No lesson that uses a sensor can be passed without it: the reference solution's own moves,
 * recorded on the first seed and replayed without a sensor call (blind-replay.ts), pass
 * that run (the replay is faithful) and fail the grade, because the seeds change what the
 * sensors would have told (where the tiles, the box, the wall are; when the button is pressed).
 */
const SEEDS = seedList(10);

let quickjs: QuickJSWASMModule;
beforeAll(async () => {
  quickjs = await loadQuickJs();
});

describe.each(REPLAYS_WITH_OUTPUT)('lesson %s cannot be passed blind', async (folder) => {
  const lesson = await loadLesson(folder);

  it.each(lesson.kits)('the solution replayed blind fails on %s', (kitId) => {
    const run = (source: string) => runLesson(lessonRunOptions(lesson, kitId, source, quickjs));
    const recorded = run(lesson.solution);
    expect(recorded.passed).toBe(true);
    const blind = blindReplay(recorded.trace);
    expect(blind).not.toMatch(/robot\.(distance|line|lineRaw|button)\(/);
    expect(run(blind).passed).toBe(true);
    const { grade } = gradeWithReasons(
      lesson,
      kitId,
      { name: 'blind.ts', source: blind },
      SEEDS,
      quickjs,
    );
    expect(grade.passed).toBe(false);
  });
});
