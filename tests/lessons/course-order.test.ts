import { describe, expect, it } from 'vitest';
import { courseOrder, courseProblem } from '../../lessons/course-order.ts';
import type { MekongError } from '../../robot/index.ts';

const words = (error: MekongError | undefined) => {
  const text = error?.text('en');
  return text ? `${text.message} ${text.suggestion}` : '';
};

const lesson = (order: number, id: string, after?: string) => ({
  order,
  id,
  folder: `${String(order).padStart(2, '0')}-${id}`,
  ...(after ? { after } : {}),
});

describe('the course order', () => {
  it('is the lesson numbers when no lesson says where it goes', () => {
    const lessons = [lesson(3, 'c'), lesson(1, 'a'), lesson(2, 'b')];
    expect(courseOrder(lessons).map((l) => l.id)).toEqual(['a', 'b', 'c']);
  });

  it('puts a lesson right after the one it names, and its own followers after it', () => {
    const lessons = [
      lesson(1, 'a'),
      lesson(2, 'b'),
      lesson(3, 'c'),
      lesson(11, 'x', 'a'),
      lesson(12, 'y', 'x'),
      lesson(13, 'z', 'b'),
    ];
    expect(courseOrder(lessons).map((l) => l.id)).toEqual(['a', 'x', 'y', 'b', 'z', 'c']);
  });

  it('orders several lessons after the same one by number', () => {
    const lessons = [lesson(1, 'a'), lesson(2, 'b'), lesson(12, 'y', 'a'), lesson(11, 'x', 'a')];
    expect(courseOrder(lessons).map((l) => l.id)).toEqual(['a', 'x', 'y', 'b']);
  });

  it('keeps every lesson: an unknown "after" or a loop falls back to the number', () => {
    const lessons = [
      lesson(1, 'a'),
      lesson(5, 'p', 'q'),
      lesson(6, 'q', 'p'),
      lesson(7, 'u', 'no'),
    ];
    expect(courseOrder(lessons).map((l) => l.id)).toEqual(['a', 'u', 'p', 'q']);
  });

  it('tells the teacher which lesson.json names an unknown lesson, and the choices', () => {
    const problem = courseProblem([lesson(1, 'a'), lesson(7, 'u', 'nowhere')]);
    expect(problem?.code).toBe('FILE_INVALID');
    const text = words(problem);
    expect(text).toContain('lessons/07-u/lesson.json');
    expect(text).toContain('"nowhere"');
    expect(text).toContain('a, u');
  });

  it('tells the teacher about a loop of "after"s', () => {
    const problem = courseProblem([lesson(1, 'a'), lesson(5, 'p', 'q'), lesson(6, 'q', 'p')]);
    const text = words(problem);
    expect(text).toContain('lessons/05-p/lesson.json');
    expect(text).toContain('p → q');
  });

  it('finds nothing wrong in a course whose "after"s all name lessons', () => {
    expect(courseProblem([lesson(1, 'a'), lesson(11, 'x', 'a')])).toBeUndefined();
  });

  it('a lesson placed after one that did not load is not a problem of its own', () => {
    expect(courseProblem([lesson(1, 'a'), lesson(11, 'x', 'b')], ['b'])).toBeUndefined();
  });
});
