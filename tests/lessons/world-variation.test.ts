import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../cli/runtime/load-lessons.ts';
import { parseLesson } from '../../lessons/lesson-files.ts';
import { LESSON_RUN_SEED, worldForSeed } from '../../lessons/run-policy.ts';
import { varyWorld } from '../../lessons/world-variation.ts';
import { isMekongError } from '../../robot/index.ts';
import { parseWorld } from '../../simulator/world/load-world.ts';

const base = parseWorld(
  {
    size: { width: 200, height: 100 },
    start: { x: 20, y: 50, headingDeg: 0 },
    obstacles: [
      { type: 'box', id: 'box', x: 100, y: 25, width: 20, height: 50 },
      { type: 'cylinder', id: 'can', x: 150, y: 50, radius: 3 },
    ],
    lines: [
      {
        points: [
          { x: 0, y: 90 },
          { x: 200, y: 90 },
        ],
      },
    ],
    zones: [{ id: 'goal', x: 190, y: 50, width: 20, height: 100 }],
  },
  'test.json',
);

describe('a varied world', () => {
  it('is the same for the same seed, and differs between seeds', () => {
    const vary = { start: { y: [-5, 5] }, obstacles: { box: { x: [-10, 10] } } } as const;
    expect(varyWorld(base, vary, 3)).toEqual(varyWorld(base, vary, 3));
    const starts = new Set([2, 3, 4, 5, 6].map((seed) => varyWorld(base, vary, seed).start.y));
    expect(starts.size).toBe(5);
  });

  it('keeps every draw inside its range, rounded to hundredths', () => {
    const vary = {
      start: { headingDeg: [-4, 4] },
      obstacles: { can: { x: [-8, 8], y: [2, 3] } },
    } as const;
    for (let seed = 2; seed < 40; seed++) {
      const w = varyWorld(base, vary, seed);
      const can = w.obstacles[1] as { x: number; y: number };
      expect(Math.abs(w.start.headingDeg)).toBeLessThanOrEqual(4);
      expect(Math.abs(can.x - 150)).toBeLessThanOrEqual(8);
      expect(can.y - 50).toBeGreaterThanOrEqual(2);
      expect(can.y - 50).toBeLessThanOrEqual(3);
      expect(Number(can.x.toFixed(2))).toBe(can.x);
      // What was not named stays where it was.
      expect(w.obstacles[0]).toEqual(base.obstacles[0]);
    }
  });

  it('stretches the arena with everything in it; cylinders keep their size', () => {
    const w = varyWorld(base, { stretch: { x: [1.5, 1.5] } }, 2);
    expect(w.size).toEqual({ width: 300, height: 100 });
    expect(w.start).toMatchObject({ x: 30, y: 50 });
    expect(w.obstacles[0]).toMatchObject({ x: 150, width: 30, height: 50 });
    expect(w.obstacles[1]).toMatchObject({ x: 225, radius: 3 });
    expect(w.lines[0]?.points).toEqual([
      { x: 0, y: 90 },
      { x: 300, y: 90 },
    ]);
    expect(w.zones[0]).toMatchObject({ x: 285, width: 30 });
    const scaled = varyWorld(base, { scale: [0.5, 0.5] }, 2);
    expect(scaled.size).toEqual({ width: 100, height: 50 });
  });

  it('is drawn from a fixed sequence: these numbers hold in every JavaScript engine', () => {
    // sfc32 on 32-bit integers: a change here changes every graded world of the course.
    const w = varyWorld(base, { start: { x: [0, 100], y: [0, 100] } }, 7);
    expect([w.start.x, w.start.y]).toEqual(FIXED_DRAW);
  });
});

const FIXED_DRAW = [94, 132.75];

describe('the world of a graded run', () => {
  it('is the lesson world itself on the first seed, and varied on the others', async () => {
    const lesson = await loadLesson('09-push-the-cans');
    expect(lesson.vary).toBeDefined();
    expect(worldForSeed(lesson, LESSON_RUN_SEED).world).toBe(lesson.worlds[0]);
    const fourth = worldForSeed(lesson, 4);
    expect(fourth.index).toBe(0);
    expect(fourth.world).not.toEqual(lesson.worlds[0]);
    expect(fourth.world.start.headingDeg).not.toBe(lesson.worlds[0]?.start.headingDeg);
    // Asked again, the same object: the web app can compare worlds by identity.
    expect(worldForSeed(lesson, 4).world).toBe(fourth.world);
  });

  it('a lesson.json that varies an obstacle its world lacks is refused, naming both', async () => {
    const lesson = await loadLesson('05-avoid-obstacles');
    const files = await import('../../cli/runtime/load-lessons.ts').then((m) =>
      m.readLessonFiles('05-avoid-obstacles'),
    );
    const json = JSON.parse(files['lesson.json'] as string);
    json.vary.obstacles.crate = { x: [-1, 1] };
    try {
      parseLesson('05-avoid-obstacles', { ...files, 'lesson.json': JSON.stringify(json) });
      expect.unreachable();
    } catch (error) {
      if (!isMekongError(error)) throw error;
      expect(error.code).toBe('FILE_INVALID');
      expect(error.message).toContain('vary.obstacles.crate');
      expect(error.suggestion).toContain('box-1');
    }
    expect(lesson.id).toBe('avoid-obstacles');
  });
});
