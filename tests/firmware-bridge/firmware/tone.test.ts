import { describe, expect } from 'vitest';
import { CLOCK_HZ } from '../../../firmware-bridge/emulator/avr-harness.ts';
import { measurePulses } from '../../../firmware-bridge/emulator/waveform.ts';
import {
  DIGITAL_MESSAGE,
  MEKONG_TONE,
  MODE_OUTPUT,
  MODE_PWM,
  MODE_SERVO,
  SET_DIGITAL_PIN_VALUE,
  SET_PIN_MODE,
  sysex,
  u14,
} from '../../../firmware-bridge/protocol/firmata-stream.ts';
import { it } from './firmware-test.ts';

const toMs = (cycles: number) => (cycles * 1000) / CLOCK_HZ;

describe('Mekong TONE', () => {
  it('plays 440 Hz for 200 ms from one 8-byte message, then leaves the pin low', ({
    host,
    board,
  }) => {
    const buzzer = board.recordPin(8);
    const message = sysex(MEKONG_TONE, 8, ...u14(440), ...u14(200));
    expect(message).toHaveLength(8);
    host.send(message);
    board.runMs(300);
    const edges = buzzer.edges;
    const rises = edges.filter((e) => e.high);
    expect(rises).toHaveLength(88); // 440 Hz * 0.2 s
    const first = edges[0];
    const last = edges.at(-1);
    expect(first?.high).toBe(true);
    expect(last?.high).toBe(false);
    // 88 periods = 200 ms; the last falling edge is half a period before the end.
    expect(toMs((last?.cycles ?? 0) - (first?.cycles ?? 0))).toBeCloseTo((87.5 / 440) * 1000, 1);
    const train = measurePulses(edges);
    expect(train.frequencyHz).toBeCloseTo(440, 0);
    expect(train.dutyPercent).toBeCloseTo(50, 0);
    expect(board.outputHigh(8)).toBe(false);
  });

  it('holds the frequency within 0.1 % at 2 kHz while a servo and PWM run', ({ host, board }) => {
    const buzzer = board.recordPin(8);
    const servo = board.recordPin(10);
    host.send([SET_PIN_MODE, 10, MODE_SERVO, 0xea, ...u14(1500)]);
    host.send([SET_PIN_MODE, 5, MODE_PWM, 0xe5, 0x00, 0x01]);
    host.send(sysex(MEKONG_TONE, 8, ...u14(2000), ...u14(100)));
    board.runMs(150);
    expect(buzzer.edges.filter((e) => e.high)).toHaveLength(200);
    expect(measurePulses(buzzer.edges).frequencyHz / 2000).toBeCloseTo(1, 3);
    for (const width of measurePulses(servo.edges).highUs)
      expect(Math.abs(width - 1500)).toBeLessThan(4);
  });

  it('plays on with duration 0 until a frequency-0 message stops it', ({ host, board }) => {
    const buzzer = board.recordPin(8);
    host.send(sysex(MEKONG_TONE, 8, ...u14(1000), ...u14(0)));
    board.runMs(200);
    expect(buzzer.edges.filter((e) => e.high).length).toBeGreaterThan(195);
    host.send(sysex(MEKONG_TONE, 8, 0, 0, 0, 0));
    board.runMs(5);
    const stoppedAt = buzzer.edges.length;
    board.runMs(50);
    expect(buzzer.edges.length).toBe(stoppedAt);
    expect(board.outputHigh(8)).toBe(false);
  });

  it('stops when the host writes its pin, and never touches a pin it no longer plays on', ({
    host,
    board,
  }) => {
    host.send(sysex(MEKONG_TONE, 8, ...u14(1000), ...u14(0)));
    board.runMs(20);
    host.send([SET_DIGITAL_PIN_VALUE, 8, 1]); // pin 8 is OUTPUT now: a plain write wins
    board.runMs(5);
    const buzzer = board.recordPin(8);
    board.runMs(20);
    expect(buzzer.edges).toHaveLength(0);
    expect(board.outputHigh(8)).toBe(true);
    // A tone that ended by itself no longer owns its pin.
    host.send(sysex(MEKONG_TONE, 9, ...u14(1000), ...u14(10)));
    board.runMs(20);
    host.send([SET_PIN_MODE, 9, MODE_OUTPUT, SET_DIGITAL_PIN_VALUE, 9, 1]);
    host.send(sysex(MEKONG_TONE, 7, ...u14(1000), ...u14(10)));
    board.runMs(30);
    expect(board.outputHigh(9)).toBe(true);
    expect(board.outputHigh(8)).toBe(true);
  });

  it('plays on through port messages for the other pins of its port (an LED, a motor)', ({
    host,
    board,
  }) => {
    // Pin 13 (the LED) is in port 1 with the buzzer on 12, as on the l298n-2wd kit.
    host.send([SET_PIN_MODE, 13, MODE_OUTPUT, SET_PIN_MODE, 12, MODE_OUTPUT]);
    const buzzer = board.recordPin(12);
    host.send(sysex(MEKONG_TONE, 12, ...u14(1000), ...u14(100)));
    board.runMs(30);
    host.send([DIGITAL_MESSAGE | 1, 0x20, 0x00]); // port 1: pin 13 high, pin 12 low
    board.runMs(100);
    expect(board.outputHigh(13)).toBe(true);
    expect(buzzer.edges.filter((e) => e.high)).toHaveLength(100); // all 100 ms of it
  });
});
