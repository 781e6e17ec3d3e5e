/**
 * Unplugging: the program fails with a translated DISCONNECTED error within a second, the
 * board's watchdog stops the motors, and the robot comes back when the board does.
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import { loadQuickJs } from '../../../cli/quickjs-node.ts';
import { sleep } from '../../../firmware-bridge/bridge/clock.ts';
import { connectRobot } from '../../../firmware-bridge/bridge/connect-robot.ts';
import type { HardwareRobot } from '../../../firmware-bridge/bridge/hardware-robot.ts';
import { runWithRobot } from '../../../robot/program/index.ts';
import { emulatorFor, MOTOR_REST_MS, robotForTest } from '../helpers.ts';

const DRIVE_AND_WAIT = `
robot.drive(60, 60);
console.log('driving');
await robot.wait(5000);
console.log('never printed');
`;

describe('losing the board mid-run', () => {
  it('fails the program with DISCONNECTED within 1 s; the watchdog stops the motors', async () => {
    const { emulator, transport, robot } = await robotForTest('l298n-2wd');
    const quickjs = await loadQuickJs();
    let unpluggedAt = Number.NaN;
    emulator.clock.setTimer(400, () => {
      unpluggedAt = emulator.clock.now();
      transport.unplug();
    });
    const wall0 = performance.now();
    const outcome = await runWithRobot({
      quickjs,
      source: DRIVE_AND_WAIT,
      language: 'ts',
      robot,
      now: () => performance.now(),
    });
    const failedAt = emulator.clock.now();
    expect(outcome.ok).toBe(false);
    expect(outcome.error?.code).toBe('DISCONNECTED');
    expect(outcome.error?.message).toBe(
      'The robot was disconnected (the USB cable was unplugged). Its motors were stopped.',
    );
    expect(outcome.error?.text('vi').message).toContain('Robot đã bị ngắt kết nối');
    expect(outcome.output).toEqual(['driving']);
    expect(failedAt - unpluggedAt).toBeLessThan(1000);
    expect(performance.now() - wall0).toBeLessThan(5000);
    expect(emulator.robot.body.powerLeft).toBeCloseTo(60, 0); // still running: the host cannot reach it
    await sleep(emulator.clock, 600);
    expect([emulator.robot.body.powerLeft, emulator.robot.body.powerRight]).toEqual([0, 0]);
    expect(() => robot.drive(10, 10)).toThrow(/disconnected/);
  });

  it('notices a link that goes quiet without closing (no heartbeat echo) within 1 s', async () => {
    const { emulator, robot } = await robotForTest('l298n-2wd');
    const lost = new Promise<number>((resolve) =>
      robot.once('disconnect', () => resolve(emulator.clock.now())),
    );
    const pending = robot.wait(3000).catch((error: Error) => error);
    await sleep(emulator.clock, 100);
    // A USB hub that stops passing bytes but reports nothing: host bytes vanish.
    emulator.robot.sendFromHost = () => undefined;
    const quietAt = emulator.clock.now();
    const lostAt = await lost;
    expect(lostAt - quietAt).toBeGreaterThan(500);
    expect(lostAt - quietAt).toBeLessThan(1000);
    const error = await pending;
    expect(error).toMatchObject({ code: 'DISCONNECTED' });
    expect((error as Error).message).toContain('no answer from the board');
  });

  it('reconnects by itself when the board comes back', async () => {
    const emulator = emulatorFor('l298n-2wd');
    onTestFinished(() => emulator.stop());
    let current = emulator.transport();
    let plugged = true;
    const robot: HardwareRobot = await connectRobot({
      kit: emulator.robot.kit,
      clock: emulator.clock,
      transport: () => {
        current = emulator.transport();
        return current;
      },
      reconnect: { retryMs: 100, available: async () => plugged },
    });
    onTestFinished(() => robot.close());
    const back = new Promise<void>((resolve) => robot.once('reconnect', () => resolve()));
    plugged = false;
    current.unplug();
    expect(robot.linkState).toBe('disconnected');
    await sleep(emulator.clock, 300);
    expect(robot.linkState).toBe('disconnected');
    plugged = true;
    await back;
    expect(robot.linkState).toBe('connected');
    const x = emulator.robot.body.x;
    await robot.forward(5);
    await robot.wait(MOTOR_REST_MS);
    expect(emulator.robot.body.x - x).toBeCloseTo(5, 0);
  });
});
