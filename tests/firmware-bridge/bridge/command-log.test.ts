/**
 * The hardware robot keeps every call of a run (its hash is the hardware trace hash). A
 * program that changes the wheels thousands of times between two waits must not grow the
 * host without end: past RECORD_LIMITS.changes the call fails with TOO_MANY_CHANGES and
 * the log stays at the limit, as the simulator's trace does.
 */
import { expect, it } from 'vitest';
import { MekongError } from '../../../robot/index.ts';
import { RECORD_LIMITS } from '../../../robot/program/types.ts';
import { robotForTest } from '../helpers.ts';

it('refuses output changes past the record limit and keeps the log bounded', async () => {
  const { robot } = await robotForTest('l298n-2wd');
  const before = robot.commandLog.length;
  for (let i = before; i < RECORD_LIMITS.changes; i++) robot.drive(i % 2 ? 40 : 50, 50);
  expect(robot.commandLog.length).toBe(RECORD_LIMITS.changes);
  let refused: unknown;
  try {
    robot.led(true);
  } catch (error) {
    refused = error;
  }
  expect(refused).toBeInstanceOf(MekongError);
  expect((refused as MekongError).code).toBe('TOO_MANY_CHANGES');
  expect(robot.commandLog.length).toBe(RECORD_LIMITS.changes);
});
