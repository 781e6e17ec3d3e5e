/** The emulated robot's virtual devices, driven with raw Firmata bytes in emulated time only. */
import { describe, expect, it } from 'vitest';
import { EmulatedRobot } from '../../../firmware-bridge/emulator/emulated-robot.ts';
import { DRIVER_MODELS } from '../../../firmware-bridge/emulator/motor-inputs.ts';
import { PinMeter } from '../../../firmware-bridge/emulator/pin-meter.ts';
import {
  be32Pairs,
  decodeBe32Pairs,
  FirmataStreamParser,
  MEKONG_PING_TWO_PIN,
  MODE_PWM,
  SET_PIN_MODE,
  sysex,
} from '../../../firmware-bridge/protocol/firmata-stream.ts';
import { getKit } from '../../../robot/index.ts';
import { parseWorld, type Realism, World } from '../../../simulator/world/index.ts';

/** A wall 60 cm in front of the l298n kit's ultrasonic sensor, and a line at x = 300. */
const WORLD = parseWorld(
  {
    size: { width: 600, height: 300 },
    start: { x: 100, y: 150 },
    walls: [{ from: { x: 172.5, y: 100 }, to: { x: 172.5, y: 200 } }],
    lines: [
      {
        points: [
          { x: 300, y: 100 },
          { x: 300, y: 200 },
        ],
        width: 3,
      },
    ],
  },
  'devices.json',
);

function robotFor(kitId: string, realism: Realism = 'ideal') {
  const world = new World(WORLD, { seed: 3, realism });
  const robot = new EmulatedRobot({ kit: getKit(kitId), world });
  const parser = new FirmataStreamParser();
  robot.onSerialOut = (byte) => parser.feed(byte);
  const run = (ms: number) => {
    for (let i = 0; i < ms; i++) robot.stepMs();
  };
  run(60);
  return { robot, world, parser, run };
}

describe('motor driver models (one row per driver type)', () => {
  it('turn measured pin duties into wheel power', () => {
    const duties = (map: Record<number, number>) => (pin: number | string) =>
      map[pin as number] ?? 0;
    expect(
      DRIVER_MODELS.l298n.power(
        { enable: 5, in1: 7, in2: 8, invert: false },
        duties({ 5: 0.6, 7: 1 }),
      ),
    ).toBeCloseTo(0.6);
    expect(
      DRIVER_MODELS.l298n.power(
        { enable: 5, in1: 7, in2: 8, invert: false },
        duties({ 5: 0.6, 8: 1 }),
      ),
    ).toBeCloseTo(-0.6);
    expect(
      DRIVER_MODELS.l298n.power(
        { enable: 5, in1: 7, in2: 8, invert: false },
        duties({ 5: 1, 7: 1, 8: 1 }),
      ),
    ).toBe(0);
    expect(
      DRIVER_MODELS.l9110s.power({ ia: 5, ib: 6, invert: false }, duties({ 5: 1, 6: 0.4 })),
    ).toBeCloseTo(0.6);
    expect(
      DRIVER_MODELS.l9110s.power({ ia: 5, ib: 6, invert: false }, duties({ 6: 0.4 })),
    ).toBeCloseTo(-0.4);
    expect(
      DRIVER_MODELS['pwm-dir'].power({ pwm: 6, dir: 7, invert: true }, duties({ 6: 0.3 })),
    ).toBeCloseTo(-0.3);
    expect(
      DRIVER_MODELS['pwm-dir'].power({ pwm: 6, dir: 7, invert: true }, duties({ 6: 0.3, 7: 1 })),
    ).toBeCloseTo(0.3);
  });
});

describe('PWM duty measured from the waveform', () => {
  it('follows each whole period, starting and stopping within two periods', () => {
    const { robot, run } = robotFor('l298n-2wd');
    const meter = new PinMeter(robot.board, 9, 2500);
    robot.sendFromHost([SET_PIN_MODE, 9, MODE_PWM, 0xe9, 0x40, 0x01]); // duty 192 on pin 9 (Timer1)
    let startedAfter = 0;
    for (let ms = 1; ms <= 20 && startedAfter === 0; ms++) {
      run(1);
      if (meter.duty() > 0) startedAfter = ms;
    }
    expect(startedAfter).toBeGreaterThan(0);
    expect(startedAfter).toBeLessThanOrEqual(5);
    run(10);
    expect(meter.duty()).toBeCloseTo(192 / 255, 2);
    expect(meter.frequencyHz()).toBeCloseTo(490.2, 0);
    robot.sendFromHost([0xe9, 0x00, 0x00]);
    let stoppedAfter = 0;
    for (let ms = 1; ms <= 20 && stoppedAfter === 0; ms++) {
      run(1);
      if (meter.duty() === 0) stoppedAfter = ms;
    }
    expect(stoppedAfter).toBeGreaterThan(0);
    expect(stoppedAfter).toBeLessThanOrEqual(5);
  });
});

describe('sensors fed from the world', () => {
  it('the HC-SR04 echo lasts as long as sound takes to the wall and back', () => {
    const { parser, robot, run } = robotFor('l298n-2wd');
    robot.sendFromHost(sysex(MEKONG_PING_TWO_PIN, 19, 18, ...be32Pairs(30_000)));
    run(30);
    const reply = parser.messages.find(
      (m) => m.kind === 'sysex' && m.command === MEKONG_PING_TWO_PIN,
    );
    const echoUs = reply?.kind === 'sysex' ? decodeBe32Pairs(reply.data, 2) : 0;
    expect(Math.abs(echoUs - 60 * 58.2)).toBeLessThan(60 * 58.2 * 0.01);
  });

  it('classroom realism adds the world noise to the echo', () => {
    const { parser, robot, run } = robotFor('l298n-2wd', 'classroom');
    for (let i = 0; i < 8; i++) {
      robot.sendFromHost(sysex(MEKONG_PING_TWO_PIN, 19, 18, ...be32Pairs(30_000)));
      run(30);
    }
    const cm = parser.messages
      .filter((m) => m.kind === 'sysex' && m.command === MEKONG_PING_TWO_PIN)
      .map((m) => (m.kind === 'sysex' ? decodeBe32Pairs(m.data, 2) / 58.2 : 0));
    expect(cm).toHaveLength(8);
    expect(new Set(cm.map((d) => d.toFixed(1))).size).toBeGreaterThan(3);
    for (const d of cm) expect(Math.abs(d - 60)).toBeLessThan(4);
  });

  it('analog line sensors and the analog button set ADC voltages', () => {
    const nano = robotFor('l9110s-nano');
    const adc = nano.robot.board.adc?.channelValues ?? [];
    // Light floor 0.85 on dark-is-high modules: 15 % of 5 V.
    expect(adc[0]).toBeCloseTo(0.75, 5);
    expect(adc[1]).toBeCloseTo(0.75, 5);
    const { body } = nano.robot;
    body.x = 300 - 9;
    body.updateShape();
    nano.run(1);
    expect(adc[0]).toBeGreaterThan(4);
    const mbot = robotFor('mbot');
    const mbotAdc = mbot.robot.board.adc?.channelValues ?? [];
    expect(mbotAdc[7]).toBe(5);
    mbot.robot.body.buttonPressed = true;
    mbot.run(1);
    expect(mbotAdc[7]).toBe(0);
  });

  it('a reset starts the firmware again and keeps the world, the body and the EEPROM', () => {
    const { robot, world, run } = robotFor('l298n-2wd');
    robot.eeprom[0] = 0x4d;
    const mcu = robot.board;
    const time = world.time;
    robot.reset();
    run(5);
    expect(robot.board).not.toBe(mcu);
    expect(robot.board.eeprom[0]).toBe(0x4d);
    expect(world.time).toBe(time + 5);
    expect(world.robots).toEqual([robot.body]);
  });
});
