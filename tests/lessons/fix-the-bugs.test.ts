import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadQuickJs } from '../../cli/quickjs-node.ts';
import { loadLesson } from '../../cli/runtime/load-lessons.ts';
import { runLesson } from '../../lessons/run-lesson.ts';
import { lessonRunOptions } from './lesson-run-options.ts';

/*
 * Lesson 15 gives a program with three bugs; each check names one thing that still goes
 * wrong. Each bug left alone (the other two fixed, as a student fixes them one at a time)
 * fails its own check, with its own reason.
 */
const lesson = await loadLesson('15-fix-the-bugs');
const FIXES = {
  readOnce: ['  await robot.wait(20);', '  d = await robot.distance();'],
  wrongWay: ['await robot.turn(-90);', 'await robot.turn(90);'],
  noAwait: ['\nrobot.forward(40);', '\nawait robot.forward(40);'],
} as const;
type Bug = keyof typeof FIXES;

/** The starter with every bug fixed but `left`. */
function withOnly(left: Bug | undefined): string {
  let source = lesson.starter.en;
  for (const [bug, [from, to]] of Object.entries(FIXES)) {
    expect(source).toContain(from);
    if (bug !== left) source = source.replace(from, to);
  }
  return source;
}

let quickjs: QuickJSWASMModule;
beforeAll(async () => {
  quickjs = await loadQuickJs();
});

function failing(source: string, kit: string) {
  const run = runLesson(
    lessonRunOptions(lesson, kit, source, quickjs, {
      fileName: 'delivery.ts',
      seed: 1,
      realism: 'classroom',
    }),
  );
  expect(run.outcome.error).toBeNull();
  return run.checks.filter((c) => !c.passed).map((c) => [c.id, c.reason.key]);
}

describe.each(lesson.kits)('lesson 15 on %s: each bug has its own check', (kit) => {
  it('all three fixed: the mission passes', () => {
    expect(failing(withOnly(undefined), kit)).toEqual([]);
  });

  it('the distance read once: the robot hits the wall', () => {
    const failed = failing(withOnly('readOnce'), kit);
    expect(failed[0]).toEqual(['no-crash', 'collisionHit']);
    expect(failed.map(([id]) => id)).not.toContain('not-the-river');
  });

  it('the wrong turn: the robot drives into the river', () => {
    const failed = failing(withOnly('wrongWay'), kit);
    expect(failed[0]).toEqual(['not-the-river', 'avoidFailed']);
    expect(failed.map(([id]) => id)).not.toContain('no-crash');
  });

  it('a move without await: the light comes on before the robot arrives, and only that', () => {
    expect(failing(withOnly('noAwait'), kit)).toEqual([['light-on-arrival', 'ledEarly']]);
  });
});
