/**
 * A program that drives a robot on the host runs in a sandbox thread (robot-run.ts): its
 * calls cross the relay, the hard stop can end it, and the robot is stopped whatever ends it.
 */
import { describe, expect, it } from 'vitest';
import { runOnRobot } from '../../../cli/runtime/robot-run.ts';
import { startSandbox } from '../../../cli/runtime/sandbox-thread.ts';
import { MekongError } from '../../../robot/errors.ts';
import { DEFAULT_HARD_STOP, DEFAULT_LIMITS } from '../../../robot/program/types.ts';
import type { Robot } from '../../../robot/robot.ts';
import { emulatedRobot, MOTOR_REST_MS } from '../../firmware-bridge/helpers.ts';

const now = () => performance.now();
const { sliceMs } = DEFAULT_LIMITS;
const { graceMs, pollMs } = DEFAULT_HARD_STOP;
/** The host looks every pollMs, so it stops a runaway up to two polls past its bound. */
const LATE_MS = 2 * pollMs;
const STOP_CODES = ['NEVER_WAITS', 'SLOW_OPERATION', 'WOULD_NOT_STOP'];

const program = (source: string) => ({ source, language: 'js' as const, fileName: 'p.js' });

/** A Robot that records its calls; `wait` ends at once unless `waitForever`. */
function fakeRobot(options: { waitForever?: boolean; running?: () => boolean } = {}) {
  const log: string[] = [];
  const seen = (what: string) => {
    log.push(options.running ? `${what} (board ${options.running() ? 'on' : 'paused'})` : what);
  };
  const robot: Robot = {
    forward: async () => seen('forward'),
    backward: async () => seen('backward'),
    turn: async () => seen('turn'),
    drive: (left, right) => seen(`drive ${left} ${right}`),
    stop: () => void log.push('stop'),
    wait: (ms) => {
      seen(`wait ${ms}`);
      return options.waitForever ? new Promise(() => {}) : Promise.resolve();
    },
    distance: async () => 17.5,
    line: async () => ({ left: true, right: false }),
    lineRaw: async () => ({ left: 0.1, right: 0.9 }),
    led: (state) => seen(`led ${state}`),
    beep: async () => seen('beep'),
    servo: async () => {
      throw new MekongError('PART_MISSING', { kit: 'fake', part: 'servo', method: 'servo' });
    },
    button: () => Promise.reject(new TypeError('the button driver broke')),
    time: () => 42,
  };
  return { robot, log };
}

describe('runOnRobot', () => {
  it.each([
    [
      'one indexOf',
      "robot.drive(60, 60);\nconst s = 'a'.repeat(5e6), p = 'a'.repeat(5e4) + 'b';\ns.indexOf(p);",
    ],
    [
      'a join loop',
      "robot.drive(60, 60);\nconst a = new Array(1e6).fill('xy');\nfor (;;) a.join(',').length;",
    ],
  ])(
    '%s on the emulated board: stopped within the bound, the motors read 0 after',
    async (_, source) => {
      const board = await emulatedRobot('l298n-2wd');
      try {
        const { robot, emulator } = board;
        robot.markProgramStart();
        const run = await runOnRobot(startSandbox({ now }), {
          robot,
          program: program(source),
          maxTimeMs: 60_000,
        });
        expect(run.ok).toBe(false);
        expect(STOP_CODES).toContain(run.error?.code);
        if (run.error?.code !== 'NEVER_WAITS') {
          expect(run.hardStopMs).toBeGreaterThan(sliceMs + graceMs);
          expect(run.hardStopMs).toBeLessThanOrEqual(sliceMs + graceMs + LATE_MS);
        }
        const drives = emulator.world.trace.events.flatMap((e) => (e.type === 'drive' ? [e] : []));
        expect(drives.some((e) => e.left > 0 && e.right > 0)).toBe(true);
        // The board measures a PWM over a few of its periods: give it the time a stop takes.
        await robot.wait(MOTOR_REST_MS);
        expect([emulator.robot.body.powerLeft, emulator.robot.body.powerRight]).toEqual([0, 0]);
      } finally {
        await board.close();
      }
    },
    60_000,
  );

  it('relays sync and async calls, their values and errors, and the console', async () => {
    const { robot, log } = fakeRobot();
    const run = await runOnRobot(startSandbox({ now }), {
      robot,
      program: program(
        'robot.led(true);\nconsole.log(robot.time(), await robot.distance());\nconst seen = await robot.line();\nconsole.log(seen.left);\nawait robot.servo(90);\n',
      ),
      maxTimeMs: 60_000,
    });
    expect(run.output).toEqual(['42 17.5', 'true']);
    expect(run.error).toMatchObject({ code: 'PART_MISSING', line: 5 });
    expect(log).toEqual(['led true', 'stop']);
  }, 30_000);

  it('a robot that breaks (not a MekongError) fails the run with its own error; the robot stops', async () => {
    const { robot, log } = fakeRobot();
    const failed = runOnRobot(startSandbox({ now }), {
      robot,
      program: program('await robot.button();\n'),
      maxTimeMs: 60_000,
    });
    await expect(failed).rejects.toThrow(new TypeError('the button driver broke'));
    expect(log).toContain('stop');
  }, 30_000);

  it('the time limit stops the program at the call it waits for, and the robot stops', async () => {
    const { robot, log } = fakeRobot({ waitForever: true });
    const limit = new AbortController();
    const waiting = runOnRobot(startSandbox({ now }), {
      robot,
      program: program('robot.drive(50, 50);\nawait robot.wait(1e9);\n'),
      maxTimeMs: 60_000,
      signal: limit.signal,
    });
    await expect.poll(() => log.includes('wait 1000000000'), { timeout: 20_000 }).toBe(true);
    limit.abort();
    const run = await waiting;
    expect(run.error?.code).toBe('STOPPED');
    expect(log).toEqual(['drive 50 50', 'wait 1000000000', 'stop']);
  }, 30_000);

  it('a run that computes between robot calls for longer than its time limit is ended after it', async () => {
    const { robot, log } = fakeRobot();
    const maxTimeMs = 1000;
    const run = await runOnRobot(startSandbox({ now }), {
      robot,
      // Every slice is short, and the robot's waits end at once: only the run's bound ends it.
      program: program(
        'for (;;) {\n  let k = 0;\n  for (let i = 0; i < 1e5; i++) k += i;\n  await robot.wait(1);\n}\n',
      ),
      maxTimeMs,
    });
    expect(run.error).toMatchObject({ code: 'RUN_TOO_LONG', params: { limitS: 1 } });
    expect(run.hardStopMs).toBeGreaterThan(maxTimeMs + graceMs);
    expect(run.hardStopMs).toBeLessThanOrEqual(maxTimeMs + graceMs + LATE_MS);
    expect(log.at(-1)).toBe('stop');
  }, 30_000);

  it('pauses the board while the program runs a slice and runs it while a call is pending', async () => {
    let running = true;
    const hold = {
      start: () => {
        running = true;
      },
      stop: () => {
        running = false;
      },
    };
    const { robot, log } = fakeRobot({ running: () => running });
    await runOnRobot(startSandbox({ now }), {
      robot,
      program: program('robot.drive(10, 10);\nawait robot.wait(5);\nrobot.led(false);\n'),
      maxTimeMs: 60_000,
      hold,
    });
    expect(log).toEqual([
      'drive 10 10 (board paused)',
      'wait 5 (board on)',
      'led false (board paused)',
      'stop',
    ]);
    expect(running).toBe(true);
  }, 30_000);
});
