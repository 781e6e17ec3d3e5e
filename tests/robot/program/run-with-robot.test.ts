import { beforeAll, describe, expect, test } from 'vitest';
import { MekongError } from '../../../robot/errors.ts';
import { runWithRobot } from '../../../robot/program/index.ts';
import type { LineReading, Robot } from '../../../robot/robot.ts';
import { sharedQuickJS } from './helpers.ts';

beforeAll(async () => {
  await sharedQuickJS();
});

/** A Robot that records every call; `forward` takes `forwardMs` of real time. */
function fakeRobot(options: { forwardMs?: number; noServo?: boolean } = {}) {
  const log: string[] = [];
  let clock = 0;
  const later = <T>(value: T, ms = 0) =>
    new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));
  const robot: Robot = {
    forward: (cm) => {
      log.push(`forward ${cm}`);
      clock += 100;
      return later(undefined, options.forwardMs ?? 0);
    },
    backward: async (cm) => void log.push(`backward ${cm}`),
    turn: async (deg) => void log.push(`turn ${deg}`),
    drive: (left, right) => void log.push(`drive ${left} ${right}`),
    stop: () => void log.push('stop'),
    wait: async (ms) => {
      log.push(`wait ${ms}`);
      clock += ms;
    },
    distance: async () => Infinity,
    line: async (): Promise<LineReading> => ({ left: true, right: false }),
    lineRaw: async () => ({ left: 0.1, right: 0.9 }),
    led: (state) => void log.push(`led ${state}`),
    beep: async (hz, ms) => void log.push(`beep ${hz} ${ms}`),
    servo: async (deg) => {
      if (options.noServo) {
        throw new MekongError('PART_MISSING', { kit: 'mbot', part: 'servo', method: 'servo' });
      }
      log.push(`servo ${deg}`);
    },
    button: async () => false,
    time: () => clock,
  };
  return { robot, log };
}

async function run(source: string, robot: Robot, extra: { signal?: AbortSignal } = {}) {
  return runWithRobot({
    quickjs: await sharedQuickJS(),
    source,
    language: 'ts',
    robot,
    now: () => performance.now(),
    ...extra,
  });
}

describe('runWithRobot', () => {
  test('drives the robot, collects output, stops the robot at the end', async () => {
    const { robot, log } = fakeRobot();
    const lines: string[] = [];
    const outcome = await runWithRobot({
      quickjs: await sharedQuickJS(),
      source: `robot.led('red');
robot.drive(40, 40);
await robot.wait(250);
const d: number = await robot.distance();
const l = await robot.line();
console.log(d, l, robot.time());
await robot.forward(20);`,
      language: 'ts',
      robot,
      now: () => performance.now(),
      onLog: (level, text) => lines.push(`${level}: ${text}`),
    });
    expect(outcome).toEqual({
      ok: true,
      error: null,
      output: ['Infinity {left: true, right: false} 250'],
    });
    expect(lines).toEqual(['log: Infinity {left: true, right: false} 250']);
    expect(log).toEqual(['led red', 'drive 40 40', 'wait 250', 'forward 20', 'stop']);
  });

  test('stops the robot after an error, which keeps its code', async () => {
    const { robot, log } = fakeRobot({ noServo: true });
    const outcome = await run('robot.drive(50, 50);\nawait robot.servo(90);', robot);
    expect(outcome.ok).toBe(false);
    expect(outcome.error?.code).toBe('PART_MISSING');
    expect(outcome.error?.line).toBe(2);
    expect(log).toEqual(['drive 50 50', 'stop']);
  });

  test('stops the robot after a syntax error', async () => {
    const { robot, log } = fakeRobot();
    const outcome = await run('robot.drive(50, 50;', robot);
    expect(outcome.error?.code).toBe('SYNTAX_ERROR');
    expect(log).toEqual(['stop']);
  });

  test('an abort during a robot call stops at once with STOPPED', async () => {
    const { robot, log } = fakeRobot({ forwardMs: 5000 });
    const controller = new AbortController();
    const started = performance.now();
    const pending = run(
      'robot.drive(30, 30);\nawait robot.forward(100);\nrobot.led(true);',
      robot,
      {
        signal: controller.signal,
      },
    );
    setTimeout(() => controller.abort(), 50);
    const outcome = await pending;
    expect(performance.now() - started).toBeLessThan(2000);
    expect(outcome.error?.code).toBe('STOPPED');
    expect(log).toEqual(['drive 30 30', 'forward 100', 'stop']);
  });

  test('an already aborted signal runs nothing but still stops the robot', async () => {
    const { robot, log } = fakeRobot();
    const controller = new AbortController();
    controller.abort();
    const outcome = await run('robot.drive(1, 1);', robot, { signal: controller.signal });
    expect(outcome.error?.code).toBe('STOPPED');
    expect(log).toEqual(['stop']);
  });

  test('a robot bug (not a MekongError) is rethrown after the robot is stopped', async () => {
    const { robot, log } = fakeRobot();
    robot.turn = async () => {
      throw new TypeError('driver bug');
    };
    await expect(run('await robot.turn(90);', robot)).rejects.toThrow('driver bug');
    expect(log).toEqual(['stop']);
  });

  test('a sync robot bug is rethrown too, after the VM unwound and the robot stopped', async () => {
    const { robot, log } = fakeRobot();
    robot.led = () => {
      throw new TypeError('led driver bug');
    };
    await expect(run('robot.led(true);\nawait robot.wait(1);', robot)).rejects.toThrow(
      'led driver bug',
    );
    expect(log).toEqual(['stop']);
    const after = await run('await robot.wait(1);', fakeRobot().robot);
    expect(after.ok).toBe(true);
  });

  test('a robot that cannot stop reports it when the program itself succeeded', async () => {
    const { robot } = fakeRobot();
    robot.stop = () => {
      throw new MekongError('DISCONNECTED', { detail: 'port closed' });
    };
    const outcome = await run('await robot.wait(1);', robot);
    expect(outcome.error?.code).toBe('DISCONNECTED');
    const failed = await run('missing();', robot);
    expect(failed.error?.code).toBe('RUNTIME_ERROR');
  });

  test('a loop on a call the robot refuses at once is stopped with NEVER_WAITS', async () => {
    const { robot } = fakeRobot({ noServo: true });
    const source = 'while (true) { try { await robot.servo(90); } catch (e) {} }';
    const outcome = await run(source, robot);
    expect(outcome.error?.code).toBe('NEVER_WAITS');
  });

  test('a call that fails after the robot spent time on it is a wait', async () => {
    const { robot } = fakeRobot();
    robot.forward = () =>
      new Promise((_, reject) =>
        setTimeout(() => reject(new MekongError('DISCONNECTED', { detail: 'port closed' })), 1),
      );
    // A clock that moves 0.3 ms per reading and a 1 ms budget: each slice fits in it, but
    // twenty slices that went on one into the next would not.
    let clock = 0;
    const outcome = await runWithRobot({
      quickjs: await sharedQuickJS(),
      source: 'for (let i = 0; i < 20; i++) { try { await robot.forward(1); } catch (e) {} }',
      language: 'ts',
      robot,
      now: () => (clock += 0.3),
      limits: { sliceMs: 1 },
    });
    expect(outcome.error).toBeNull();
  });
});
