import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadQuickJs } from '../../cli/quickjs-node.ts';
import { lessonFolders, loadLesson } from '../../cli/runtime/load-lessons.ts';
import { gradeProgram, seedList } from '../../lessons/grade.ts';
import { runLesson } from '../../lessons/run-lesson.ts';
import { LESSON_RUN_SEED } from '../../lessons/run-policy.ts';
import { getKit } from '../../robot/index.ts';
import type { Trace } from '../../simulator/world/trace.ts';
import { REPLAYS_WITH_OUTPUT } from './blind-replay.ts';
import { lessonRunOptions } from './lesson-run-options.ts';

/*
 * No lesson can be passed without its sensors. For every lesson whose programs read a
 * sensor, the reference solution runs on the first seed; its moves (every change of wheel
 * power, at the simulated ms it happened) are written down as a program with no sensor
 * call, and that program is graded. It drives exactly as the solution did on the first
 * seed, so it passes there, and the grader's other seeds vary the world so that it fails.
 * On an ideal robot (no motor or sensor noise) the replay still fails on the other seeds:
 * what fails it is the world, not only the robot.
 */
const SENSORS = ['ultrasonic', 'line', 'button'];
const SEEDS = seedList(10);
let quickjs: QuickJSWASMModule;
beforeAll(async () => {
  quickjs = await loadQuickJs();
});

/** A program that sets the wheel powers of `trace` at the same simulated times, and reads nothing. */
function movesByHeart(trace: Trace): string {
  const lines: string[] = [];
  let at = 0;
  for (const event of trace.events) {
    if (event.type !== 'drive') continue;
    if (event.t > at) lines.push(`await robot.wait(${event.t - at});`);
    lines.push(`robot.drive(${event.left}, ${event.right});`);
    at = event.t;
  }
  const end = trace.samples.at(-1)?.t ?? at;
  if (end > at) lines.push(`await robot.wait(${end - at});`);
  lines.push('robot.stop();');
  return `${lines.join('\n')}\n`;
}

const folders = await lessonFolders();
const sensing = [];
for (const folder of folders) {
  const lesson = await loadLesson(folder);
  // Lessons judged on prints or button timing have their own blind proof (sensors-matter).
  if (REPLAYS_WITH_OUTPUT.includes(folder)) continue;
  if (lesson.parts.some((p) => SENSORS.includes(p))) sensing.push(lesson);
}

describe.each(sensing.map((l) => [l.folder, l] as const))('lesson %s', (_folder, lesson) => {
  it.each(lesson.kits)(
    'the solution’s moves on the first seed, replayed without sensors, pass that seed and fail the grade on %s',
    (kitId) => {
      const kit = getKit(kitId);
      const now = () => performance.now();
      const first = runLesson(
        lessonRunOptions(lesson, kitId, lesson.solution, quickjs, { fileName: 'solution.ts', now }),
      );
      expect(first.passed).toBe(true);
      const source = movesByHeart(first.trace);
      expect(source).not.toMatch(/distance|line|button/);
      const replay = gradeProgram(
        { program: 'by-heart.ts', source, language: 'ts', fileName: 'by-heart.ts' },
        { lesson, kit, seeds: SEEDS, quickjs, now },
      );
      const [seed1] = replay.runs;
      expect(seed1?.passed, 'the replay drives as the solution did on the first seed').toBe(true);
      expect(replay.passed).toBe(false);
    },
    60_000,
  );

  it('on an ideal robot too, the replay fails on a varied world: the world varies, not only the robot', () => {
    const kitId = lesson.kits[0] as string;
    const run = (source: string, seed: number) =>
      runLesson(lessonRunOptions(lesson, kitId, source, quickjs, { seed, realism: 'ideal' }));
    const first = run(lesson.solution, LESSON_RUN_SEED);
    expect(first.passed).toBe(true);
    const source = movesByHeart(first.trace);
    expect(run(source, LESSON_RUN_SEED).passed).toBe(true);
    const others = SEEDS.slice(1, 5).map((seed) => run(source, seed).passed);
    expect(others).toContain(false);
  });
});
