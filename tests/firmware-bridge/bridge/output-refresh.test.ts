/**
 * A message lost or garbled on the serial line (a cheap USB adapter, a bumped cable) must
 * not leave a wheel or the LED wrong: every heartbeat the host re-sends the outputs as
 * last set. A transport wrapper drops or corrupts one chosen message on its way to the
 * emulated board; the test then checks the bytes of the next refresh and the wheels.
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import { sleep } from '../../../firmware-bridge/bridge/clock.ts';
import { connectRobot } from '../../../firmware-bridge/bridge/connect-robot.ts';
import type { HardwareRobot } from '../../../firmware-bridge/bridge/hardware-robot.ts';
import { motorOptions } from '../../../firmware-bridge/bridge/motor-controllers.ts';
import type { Emulator } from '../../../firmware-bridge/emulator/emulator.ts';
import { MEKONG_HEARTBEAT } from '../../../firmware-bridge/protocol/firmata-stream.ts';
import { MEKONG_BAUD } from '../../../firmware-bridge/protocol/mekong-sysex.ts';
import { Transport } from '../../../firmware-bridge/transport/transport.ts';
import { builtinKits, getKit, type Kit, type KitPin, pinNumber } from '../../../robot/index.ts';
import { emulatorFor } from '../helpers.ts';

/** The link monitor's default heartbeat period, ms: the refresh period. */
const HEARTBEAT_MS = 200;
/** Time for a measured wheel power or LED to follow its pins, ms (PWM periods, wire time). */
const SETTLE_MS = 30;

interface Sent {
  /** Emulated ms when written. */
  t: number;
  bytes: number[];
}

/**
 * Wraps a board's transport and passes on each message firmata-io writes (one write per
 * message), except that `capture()` can drop or change the messages written by one call.
 */
class LossyTransport extends Transport {
  readonly description: string;
  /** Every message that reached the board, in order. */
  readonly delivered: Sent[] = [];
  private holding: number[][] | null = null;
  private heartbeatWaiters: (() => void)[] = [];

  constructor(
    private readonly inner: Transport,
    private readonly now: () => number,
  ) {
    super();
    this.description = `lossy ${inner.description}`;
  }

  /**
   * Runs `act` (which writes synchronously), then delivers `tamper`'s result for the
   * messages it wrote instead of them; returns what was written.
   */
  capture(act: () => void, tamper: (messages: number[][]) => number[][]): number[][] {
    const written: number[][] = [];
    this.holding = written;
    try {
      act();
    } finally {
      this.holding = null;
    }
    for (const message of tamper(written)) this.deliver(message);
    return written;
  }

  /** Resolves right after the next heartbeat is written (the refresh comes just before it). */
  nextHeartbeat(): Promise<void> {
    return new Promise((resolve) => this.heartbeatWaiters.push(resolve));
  }

  protected async openLink(): Promise<void> {
    this.inner.on('data', (data: Buffer) => this.received(data));
    this.inner.on('close', (reason: string) => this.markClosed(reason));
    await this.inner.open();
  }

  protected writeLink(data: Buffer, callback?: (error?: Error | null) => void): void {
    if (this.holding) this.holding.push([...data]);
    else this.deliver([...data]);
    callback?.(null);
  }

  protected async closeLink(): Promise<void> {
    await this.inner.close();
  }

  private deliver(bytes: number[]): void {
    this.delivered.push({ t: this.now(), bytes });
    this.inner.write(Buffer.from(bytes));
    if (bytes[0] === 0xf0 && bytes[1] === MEKONG_HEARTBEAT)
      for (const resolve of this.heartbeatWaiters.splice(0)) resolve();
  }
}

async function lossyRobot(
  kit: Kit,
): Promise<{ emulator: Emulator; robot: HardwareRobot; link: LossyTransport }> {
  const emulator = emulatorFor(kit.id);
  onTestFinished(() => emulator.stop());
  const link = new LossyTransport(emulator.transport(), () => emulator.clock.now());
  const robot = await connectRobot({ kit, transport: link, clock: emulator.clock });
  onTestFinished(() => robot.close());
  return { emulator, robot, link };
}

/** A lossy robot driving both wheels at `power`, past the first heartbeat after it started. */
async function drivingLossyRobot(kit: Kit, power: number): ReturnType<typeof lossyRobot> {
  const lossy = await lossyRobot(kit);
  lossy.robot.drive(power, power);
  await lossy.robot.wait(100);
  await lossy.link.nextHeartbeat();
  return lossy;
}

/** The messages delivered at the next heartbeat: the refresh, then the heartbeat itself. */
async function nextRefresh(link: LossyTransport): Promise<number[][]> {
  const from = link.delivered.length;
  await link.nextHeartbeat();
  return link.delivered.slice(from).map((m) => m.bytes);
}

function leftPwmPin(kit: Kit): number {
  const pin = (p: KitPin) => pinNumber(kit.board, p) as number;
  return motorOptions(kit.motors, pin)[0].pins.pwm;
}

const isAnalogTo = (pin: number) => (m: number[]) => m[0] === (0xe0 | pin);
const isDigitalPort = (m: number[]) => ((m[0] ?? 0) & 0xf0) === 0x90;

function powers(emulator: Emulator): [number, number] {
  return [emulator.robot.body.powerLeft, emulator.robot.body.powerRight];
}

function expectPowers(actual: [number, number], expected: [number, number]): void {
  expect(actual[0]).toBeCloseTo(expected[0], 0);
  expect(actual[1]).toBeCloseTo(expected[1], 0);
}

describe('re-sending the outputs every heartbeat', () => {
  for (const kit of builtinKits()) {
    it(`restores a lost left speed message within one heartbeat (${kit.motors.driver}, kit ${kit.id})`, async () => {
      const { emulator, robot, link } = await drivingLossyRobot(kit, 30);
      const pwm = isAnalogTo(leftPwmPin(kit));
      let dropped: number[] = [];
      link.capture(
        () => robot.drive(45, 45),
        (messages) => {
          dropped = messages.find(pwm) ?? [];
          return messages.filter((m) => m !== dropped);
        },
      );
      expect(dropped).toHaveLength(3);
      await sleep(emulator.clock, HEARTBEAT_MS / 2);
      expectPowers(powers(emulator), [30, 45]); // the left wheel runs on at the old power
      const refresh = await nextRefresh(link);
      expect(refresh).toContainEqual(dropped);
      await sleep(emulator.clock, SETTLE_MS);
      expectPowers(powers(emulator), [45, 45]);
    });

    it(`restores a lost direction message within one heartbeat (${kit.motors.driver}, kit ${kit.id})`, async () => {
      const { emulator, robot, link } = await drivingLossyRobot(kit, 45);
      let dropped: number[] = [];
      link.capture(
        () => robot.drive(-45, -45),
        (messages) => {
          dropped = messages.filter(isDigitalPort).at(-1) ?? [];
          return messages.filter((m) => m !== dropped);
        },
      );
      expect(dropped).toHaveLength(3);
      await sleep(emulator.clock, HEARTBEAT_MS / 2);
      const [left, right] = powers(emulator);
      expect(Math.max(Math.abs(left + 45), Math.abs(right + 45))).toBeGreaterThan(10);
      const refresh = await nextRefresh(link);
      expect(refresh).toContainEqual(dropped);
      await sleep(emulator.clock, SETTLE_MS);
      expectPowers(powers(emulator), [-45, -45]);
    });

    it(`re-sends "stopped" after stop(), not the old power, when the stop is lost (kit ${kit.id})`, async () => {
      const { emulator, robot, link } = await drivingLossyRobot(kit, 45);
      const pwm = isAnalogTo(leftPwmPin(kit));
      const before = link.delivered.length;
      let dropped: number[] = [];
      link.capture(
        () => robot.stop(),
        (messages) => {
          dropped = messages.find(pwm) ?? [];
          return messages.filter((m) => m !== dropped);
        },
      );
      expect(dropped).toHaveLength(3);
      await sleep(emulator.clock, HEARTBEAT_MS / 2);
      expectPowers(powers(emulator), [45, 0]);
      const stoppedAt = emulator.world.time;
      await sleep(emulator.clock, HEARTBEAT_MS + SETTLE_MS);
      expect(powers(emulator)).toEqual([0, 0]);
      const stop = emulator.world.trace.events.find(
        (e) => e.type === 'drive' && e.t >= stoppedAt && e.left === 0,
      );
      expect((stop?.t ?? Number.POSITIVE_INFINITY) - stoppedAt).toBeLessThan(HEARTBEAT_MS);
      // Every later speed message for that wheel is the stop the board missed.
      const later = link.delivered.slice(before).filter((m) => pwm(m.bytes));
      expect(later.length).toBeGreaterThan(0);
      for (const m of later) expect(m.bytes).toEqual(dropped);
    });

    it(`restores a lost LED message within one heartbeat (${kit.led?.type} LED, kit ${kit.id})`, async () => {
      const { emulator, robot, link } = await lossyRobot(kit);
      const { body } = emulator.robot;
      await robot.wait(50);
      await link.nextHeartbeat();
      const lost = link.capture(
        () => robot.led(true),
        () => [],
      );
      expect(lost.length).toBeGreaterThan(0);
      await sleep(emulator.clock, HEARTBEAT_MS / 2);
      expect(body.led).toBe('off');
      const refresh = await nextRefresh(link);
      for (const message of lost) expect(refresh).toContainEqual(message);
      await sleep(emulator.clock, SETTLE_MS);
      expect(body.led).toBe(kit.led?.type === 'single' ? 'on' : '#ffffff');
    });
  }

  it('corrects a garbled speed byte within one heartbeat', async () => {
    const kit = getKit('l298n-2wd');
    const { emulator, robot, link } = await drivingLossyRobot(kit, 30);
    const pwm = isAnalogTo(leftPwmPin(kit));
    const garbledAt = emulator.world.time;
    link.capture(
      () => robot.drive(45, 45),
      // 45 % is duty 115 (0x73); a flipped bit 6 makes it 51 (20 %).
      (messages) => messages.map((m) => (pwm(m) ? [m[0] ?? 0, (m[1] ?? 0) ^ 0x40, m[2] ?? 0] : m)),
    );
    await sleep(emulator.clock, HEARTBEAT_MS / 2);
    expectPowers(powers(emulator), [20, 45]);
    await sleep(emulator.clock, HEARTBEAT_MS + SETTLE_MS);
    expectPowers(powers(emulator), [45, 45]);
    const fixed = emulator.world.trace.events.find(
      (e) => e.type === 'drive' && e.t > garbledAt && Math.abs(e.left - 45) < 0.5,
    );
    expect((fixed?.t ?? Number.POSITIVE_INFINITY) - garbledAt).toBeLessThan(HEARTBEAT_MS + 5);
  });

  /** Bytes of one refresh for each kit, every output set (motors, LED, servo where fitted). */
  const REFRESH_BYTES: Record<string, number> = {
    // PWM 5 and 6, ports 0 (IN1) and 1 (IN2..IN4, LED 13), servo 3: 5 messages of 3 bytes.
    'l298n-2wd': 15,
    // PWM (IB) 6 and 10, ports 0 (A-IA) and 1 (B-IA, LED 13): 4 messages of 3 bytes.
    'l9110s-nano': 12,
    // PWM 6 and 5, port 0 (both DIR), two 11-byte WS2812 colour messages.
    mbot: 31,
  };

  for (const kit of builtinKits()) {
    it(`adds ${REFRESH_BYTES[kit.id]} bytes per heartbeat on kit ${kit.id}, a small share of the line`, async () => {
      const { robot, link, emulator } = await lossyRobot(kit);
      robot.drive(45, -45);
      robot.led(true);
      if (kit.servo) await robot.servo(60);
      await link.nextHeartbeat();
      const from = link.delivered.length;
      const start = emulator.clock.now();
      for (let beat = 0; beat < 10; beat++) await link.nextHeartbeat();
      const seconds = (emulator.clock.now() - start) / 1000;
      const messages = link.delivered.slice(from).map((m) => m.bytes);
      const refreshBytes = messages
        .filter((m) => !(m[0] === 0xf0 && m[1] === MEKONG_HEARTBEAT))
        .reduce((sum, m) => sum + m.length, 0);
      expect(refreshBytes).toBe(10 * (REFRESH_BYTES[kit.id] ?? 0));
      const perSecond = refreshBytes / seconds;
      // The line carries MEKONG_BAUD / 10 bytes a second each way.
      expect(perSecond / (MEKONG_BAUD / 10)).toBeLessThan(0.03);
    });
  }
});
