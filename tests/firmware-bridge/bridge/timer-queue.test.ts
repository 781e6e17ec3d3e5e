import { describe, expect, it } from 'vitest';
import { TimerQueue } from '../../../firmware-bridge/bridge/timer-queue.ts';

describe('TimerQueue', () => {
  it('fires the timers due in time order, same times in the order they were set', () => {
    const queue = new TimerQueue();
    const fired: string[] = [];
    queue.add(20, () => fired.push('b'));
    queue.add(10, () => fired.push('a'));
    queue.add(20, () => fired.push('c'));
    queue.add(30, () => fired.push('d'));
    expect(queue.fireDue(25)).toBe(true);
    expect(fired).toEqual(['a', 'b', 'c']);
    expect(queue.nextAt()).toBe(30);
    expect(queue.fireDue(29)).toBe(false);
  });

  it('fires a timer a callback sets when it falls due by the same time', () => {
    const queue = new TimerQueue();
    const fired: number[] = [];
    queue.add(5, () => {
      fired.push(5);
      queue.add(8, () => fired.push(8));
      queue.add(12, () => fired.push(12));
    });
    queue.fireDue(10);
    expect(fired).toEqual([5, 8]);
    expect(queue.nextAt()).toBe(12);
  });

  it('never fires a cancelled timer and has no next time once empty', () => {
    const queue = new TimerQueue();
    const fired: number[] = [];
    const cancel = queue.add(5, () => fired.push(5));
    cancel();
    expect(queue.nextAt()).toBe(Number.POSITIVE_INFINITY);
    expect(queue.fireDue(100)).toBe(false);
    expect(fired).toEqual([]);
  });
});
