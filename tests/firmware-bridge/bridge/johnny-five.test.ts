/**
 * johnny-five → firmata-io → bytes → our firmware in avr8js → pins → world: the parts of
 * the hardware path that the contract suite does not reach.
 */
import five from 'johnny-five';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { openBoardSession, query } from '../../../firmware-bridge/bridge/board-session.ts';
import { sleep } from '../../../firmware-bridge/bridge/clock.ts';
import { connectRobot } from '../../../firmware-bridge/bridge/connect-robot.ts';
import type { Emulator } from '../../../firmware-bridge/emulator/emulator.ts';
import { Emulator as EmulatorClass } from '../../../firmware-bridge/emulator/emulator.ts';
import { measurePulses } from '../../../firmware-bridge/emulator/waveform.ts';
import {
  MEKONG_HEARTBEAT,
  MEKONG_IDENTITY_READ,
  MEKONG_TONE,
  MODE_PING,
} from '../../../firmware-bridge/protocol/firmata-stream.ts';
import { identityWriteMessage } from '../../../firmware-bridge/protocol/mekong-sysex.ts';
import { builtinKits, getKit, parseKit } from '../../../robot/index.ts';
import { parseWorld, type Realism } from '../../../simulator/world/index.ts';
import { EMPTY_WORLD, emulatedRobot, emulatorFor, MOTOR_REST_MS, seededBytes } from '../helpers.ts';

async function robotOn(kitId: string, world = EMPTY_WORLD, realism?: Realism) {
  const connected = await emulatedRobot(kitId, { world, ...(realism ? { realism } : {}) });
  onTestFinished(connected.close);
  return connected;
}

/** Every message firmata-io writes (one Buffer per message), from now on. */
function recordWrites(emulator: Emulator): number[][] {
  const messages: number[][] = [];
  const { robot } = emulator;
  const send = robot.sendFromHost.bind(robot);
  robot.sendFromHost = (bytes) => {
    messages.push([...bytes]);
    send(bytes);
  };
  return messages;
}

describe('johnny-five on the emulated board', () => {
  it('does the Firmata handshake with our firmware in well under a second of board time', async () => {
    const emulator = emulatorFor('l298n-2wd');
    onTestFinished(() => emulator.stop());
    const session = await openBoardSession({
      kit: getKit('l298n-2wd'),
      transport: emulator.transport(),
      clock: emulator.clock,
    });
    onTestFinished(() => session.transport.close());
    expect(session.board.isReady).toBe(true);
    expect(emulator.clock.now()).toBeLessThan(300);
    expect(session.firmware).toEqual({ name: 'MekongFirmata', version: '0.1', protocol: '2.5' });
    expect(session.io.pins).toHaveLength(22);
    expect(session.io.analogPins).toEqual([14, 15, 16, 17, 18, 19, 20, 21]);
    expect(session.io.pins[7]?.supportedModes).toContain(MODE_PING);
    expect(session.watchdogMs).toBe(500);
    expect(session.identity).toBeNull();
  });

  for (const kit of builtinKits()) {
    it(`drives both ${kit.motors.driver} motors (kit ${kit.id}) both ways through johnny-five's Motor`, async () => {
      const { emulator, robot } = await robotOn(kit.id);
      const { body } = emulator.robot;
      robot.drive(50, -30);
      await robot.wait(20);
      expect(body.powerLeft).toBeCloseTo(50, 0);
      expect(body.powerRight).toBeCloseTo(-30, 0);
      robot.drive(-80, 100);
      await robot.wait(20);
      expect(body.powerLeft).toBeCloseTo(-80, 0);
      expect(body.powerRight).toBeCloseTo(100, 0);
      robot.stop();
      await robot.wait(20);
      expect([body.powerLeft, body.powerRight]).toEqual([0, 0]);
    });
  }

  it('keeps motor PWM on pins 5 and 6 while the servo on pin 3 holds its position', async () => {
    const { emulator, robot } = await robotOn('l298n-2wd');
    await robot.servo(45);
    robot.drive(60, 60);
    const board = emulator.robot.board;
    const servo = board.recordPin(3);
    const left = board.recordPin(5);
    const right = board.recordPin(6);
    await robot.wait(100);
    const from = board.cpu.cycles - 16_000 * 80;
    const pulse = measurePulses(servo.edges, from);
    expect(pulse.highUs.length).toBeGreaterThanOrEqual(3);
    // 45° = 544 + 45/180 × 1856 µs; single pulses jitter by an interrupt or two.
    const mean = pulse.highUs.reduce((a, b) => a + b, 0) / pulse.highUs.length;
    expect(Math.abs(mean - 1008)).toBeLessThan(4);
    for (const us of pulse.highUs) expect(Math.abs(us - 1008)).toBeLessThan(12);
    expect(pulse.frequencyHz).toBeCloseTo(50, 0);
    for (const motor of [left, right]) {
      const pwm = measurePulses(motor.edges, from);
      expect(pwm.dutyPercent).toBeGreaterThan(59);
      expect(pwm.dutyPercent).toBeLessThan(61);
      expect(pwm.frequencyHz).toBeCloseTo(977, -1);
    }
  });

  it('sends a beep as one 8-byte tone message and the board plays it alone', async () => {
    const { emulator, robot } = await robotOn('l298n-2wd');
    const writes = recordWrites(emulator);
    // What each heartbeat's output refresh sends (the outputs do not change meanwhile).
    robot.session.parts.refreshOutputs();
    const refresh = new Set(writes.splice(0).map(String));
    const t0 = emulator.world.time;
    await robot.beep(440, 200);
    await robot.wait(30);
    const sent = writes.filter(
      (m) => !(m[0] === 0xf0 && m[1] === MEKONG_HEARTBEAT) && !refresh.has(String(m)),
    );
    expect(sent).toEqual([[0xf0, MEKONG_TONE, 12, 0x38, 0x03, 0x48, 0x01, 0xf7]]);
    const beep = emulator.world.trace.events.find((e) => e.type === 'beep' && e.t >= t0);
    expect(beep).toMatchObject({ type: 'beep', hz: 440 });
    expect(beep?.type === 'beep' && Math.abs(beep.ms - 200)).toBeLessThan(4);
  });

  it("reads a one-pin sensor with johnny-five's own Proximity (PING_READ) against the world", async () => {
    const kit = getKit('mbot');
    const wallX = 100 + (kit.ultrasonic?.mount.x ?? 0) + 40;
    const world = parseWorld(
      {
        size: { width: 400, height: 300 },
        start: { x: 100, y: 150 },
        walls: [{ from: { x: wallX, y: 100 }, to: { x: wallX, y: 200 } }],
      },
      'wall-40.json',
    );
    const { robot } = await robotOn('mbot', world);
    // Proximity polls forever with timers it never clears: collect them to clear after.
    const intervals: ReturnType<typeof setInterval>[] = [];
    const realSetInterval = globalThis.setInterval;
    const spy = vi.spyOn(globalThis, 'setInterval').mockImplementation(((
      fn: () => void,
      ms?: number,
    ) => {
      const id = realSetInterval(fn, ms);
      intervals.push(id);
      return id;
    }) as typeof setInterval);
    const proximity = new five.Proximity({
      board: robot.session.board,
      controller: 'HCSR04',
      pin: 'A3',
    });
    spy.mockRestore();
    onTestFinished(() => intervals.forEach(clearInterval));
    const cm = await new Promise<number>((resolve) => {
      proximity.on('data', () => {
        if (proximity.cm > 0) resolve(proximity.cm);
      });
    });
    expect(Math.abs(cm - 40)).toBeLessThan(1);
  });

  it('reads digital and analog inputs through Button and Sensor', async () => {
    const { emulator, robot } = await robotOn('l298n-2wd');
    const button = new five.Button({ board: robot.session.board, pin: 14, isPullup: true });
    const down = new Promise<void>((resolve) => button.once('down', () => resolve()));
    emulator.robot.body.buttonPressed = true;
    await down;
    expect(button.isDown).toBe(true);

    // Exact values: a world without sensor noise.
    const nano = await robotOn('l9110s-nano', EMPTY_WORLD, 'ideal');
    const sensor = new five.Sensor({ board: nano.robot.session.board, pin: 'A0', enabled: false });
    await nano.robot.wait(60);
    // Light floor (reflectance 0.85) on a dark-is-high module: 15 % of 5 V.
    expect(Math.abs((sensor.raw ?? 0) - 0.15 * 1023)).toBeLessThan(3);
  });

  it("stops the motors by the firmware's watchdog within 600 ms of the host going silent", async () => {
    const emulator = emulatorFor('l298n-2wd');
    onTestFinished(() => emulator.stop());
    const transport = emulator.transport();
    const robot = await connectRobot({ kit: emulator.robot.kit, transport, clock: emulator.clock });
    let lastHostByteMs = 0;
    const send = emulator.robot.sendFromHost.bind(emulator.robot);
    emulator.robot.sendFromHost = (bytes) => {
      lastHostByteMs = emulator.robot.elapsedMs;
      send(bytes);
    };
    robot.drive(70, 70);
    await sleep(emulator.clock, 300);
    expect(emulator.robot.body.powerLeft).toBeCloseTo(70, 0);
    transport.unplug();
    await sleep(emulator.clock, 700);
    const stopped = emulator.world.trace.events.find(
      (e) => e.type === 'drive' && e.left === 0 && e.right === 0,
    );
    expect(stopped).toBeDefined();
    const trip = (stopped?.t ?? 0) - lastHostByteMs;
    expect(trip).toBeGreaterThan(490);
    expect(trip).toBeLessThanOrEqual(600);
    expect(robot.linkState).toBe('disconnected');
  });

  it('keeps the robot identity in EEPROM across a reset of the board', async () => {
    const emulator = emulatorFor('l298n-2wd');
    onTestFinished(() => emulator.stop());
    const kit = emulator.robot.kit;
    const first = await connectRobot({
      kit,
      transport: emulator.transport(),
      clock: emulator.clock,
    });
    const stored = await query(
      first.session.io,
      emulator.clock,
      MEKONG_IDENTITY_READ,
      identityWriteMessage({ name: 'Rồng Xanh 7', kitId: 'l298n-2wd' }),
    );
    expect(stored?.[0]).toBe(1);
    await first.close();
    const mcu = emulator.robot.board;
    const second = await connectRobot({
      kit,
      transport: emulator.transport(),
      clock: emulator.clock,
    });
    onTestFinished(() => second.close());
    expect(emulator.robot.board).not.toBe(mcu);
    expect(second.session.identity).toEqual({ name: 'Rồng Xanh 7', kitId: 'l298n-2wd' });
  });

  it('does the handshake after 2 s of random bytes, on a board that was not reset', async () => {
    const emulator = emulatorFor('l298n-2wd');
    onTestFinished(() => emulator.stop());
    const noise = emulator.transport();
    await noise.open();
    await sleep(emulator.clock, 50);
    noise.write(Buffer.from(seededBytes(7, 11_520)));
    while (emulator.robot.board.pendingHostBytes > 0) await sleep(emulator.clock, 50);
    await noise.close();
    const mcu = emulator.robot.board;
    const robot = await connectRobot({
      kit: emulator.robot.kit,
      transport: emulator.transport({ resetOnOpen: false }),
      clock: emulator.clock,
    });
    onTestFinished(() => robot.close());
    expect(emulator.robot.board).toBe(mcu);
    expect(robot.session.firmware.name).toBe('MekongFirmata');
    const x = emulator.robot.body.x;
    await robot.forward(10);
    await robot.wait(MOTOR_REST_MS);
    expect(emulator.robot.body.x - x).toBeCloseTo(10, 0);
  });

  it('runs the Mega 2560 build: a kit on digital pins connects, drives and senses', async () => {
    const base = getKit('l298n-2wd');
    const kit = parseKit(
      {
        ...base,
        id: 'l298n-mega',
        board: 'mega',
        motors: {
          driver: 'l298n',
          left: { enable: 11, in1: 7, in2: 8 },
          right: { enable: 12, in1: 9, in2: 10 },
        },
        servo: { pin: 13, minDeg: 0, maxDeg: 180 },
        ultrasonic: { ...base.ultrasonic, trig: 22, echo: 23 },
        lineSensors: {
          ...base.lineSensors,
          sensors: [
            { id: 'left', pin: 24, x: 11, y: 1.6 },
            { id: 'right', pin: 26, x: 11, y: -1.6 },
          ],
        },
        led: { type: 'single', pin: 30, x: 0, y: 3 },
        buzzer: { pin: 31 },
        button: { type: 'digital', pin: 32, activeLow: true },
      },
      'l298n-mega.json',
    );
    // Exact sensors (no noise) to check the echo timing; so no dead band either, and the
    // drive check is on the motor powers rather than a timed move.
    const emulator = new EmulatorClass({
      kit,
      world: EMPTY_WORLD,
      realism: 'ideal',
      now: () => performance.now(),
      speed: 'max',
    });
    onTestFinished(() => emulator.stop());
    const robot = await connectRobot({
      kit,
      transport: emulator.transport(),
      clock: emulator.clock,
    });
    onTestFinished(() => robot.close());
    expect(robot.session.io.pins).toHaveLength(70);
    const x = emulator.robot.body.x;
    robot.drive(60, 60);
    await robot.wait(500);
    expect(emulator.robot.body.powerLeft).toBeCloseTo(60, 0);
    expect(emulator.robot.body.powerRight).toBeCloseTo(60, 0);
    robot.stop();
    await robot.wait(20);
    // 500 ms at 60 % of 45 cm/s.
    expect(emulator.robot.body.x - x).toBeCloseTo(13.5, 0);
    // Echo pin 23 has no pin-change interrupt on the Mega: the firmware times it with
    // pulseIn(), within about 1 %.
    const cm = await robot.distance();
    expect(Math.abs(cm - (400 - emulator.robot.body.x - 12.5))).toBeLessThan(3);
    await robot.servo(30);
    await robot.wait(60);
    expect(emulator.robot.body.servoDeg).toBeCloseTo(30, 0);
    emulator.robot.body.buttonPressed = true;
    expect(await robot.button()).toBe(true);
  });

  it('paces emulated time by the wall clock at speed 1, never ahead of it', async () => {
    const emulator = emulatorFor('l298n-2wd', { speed: 1 });
    onTestFinished(() => emulator.stop());
    const transport = emulator.transport();
    onTestFinished(() => transport.close());
    const wall0 = performance.now();
    await transport.open();
    await new Promise((resolve) => setTimeout(resolve, 400));
    const wall = performance.now() - wall0;
    const emulated = emulator.robot.elapsedMs;
    expect(emulated).toBeLessThanOrEqual(wall + 2);
    // Behind by at most the 100 ms the pacer may still catch up; older lag is given up.
    expect(emulated + emulator.pacer.slippedMs).toBeGreaterThan(wall - 130);
    emulator.stop();
    const stoppedAt = emulator.robot.elapsedMs;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(emulator.robot.elapsedMs).toBe(stoppedAt);
  });
});
