import { describe, expect } from 'vitest';
import { CLOCK_HZ } from '../../../firmware-bridge/emulator/avr-harness.ts';
import { measurePulses } from '../../../firmware-bridge/emulator/waveform.ts';
import {
  EXTENDED_ANALOG,
  MODE_OUTPUT,
  MODE_PWM,
  MODE_SERVO,
  SERVO_CONFIG,
  SET_PIN_MODE,
  sysex,
  u14,
} from '../../../firmware-bridge/protocol/firmata-stream.ts';
import { it, recordPins, setPin } from './firmware-test.ts';

const cycles = (ms: number) => (ms * CLOCK_HZ) / 1000;

/**
 * Timer0 fast PWM: silicon is high for OCR + 1 of 256 counts; avr8js 0.21 ends the high
 * phase one count early (OCR / 256). Accept exactly that one-count window.
 */
function expectFastPwmDuty(dutyPercent: number, ocr: number): void {
  expect(dutyPercent).toBeGreaterThan((100 * ocr) / 256 - 0.05);
  expect(dutyPercent).toBeLessThan((100 * (ocr + 1)) / 256 + 0.05);
}

describe('PWM and servo outputs', () => {
  it('runs a motor on pin 5 with the exact bytes johnny-five sends, and PWM on pin 6', ({
    host,
    board,
  }) => {
    const [pin5, pin6] = recordPins(board, 5, 6);
    // Motor (PWM 5, dir 4): F4 05 03, F4 04 01, E5 00 00, 90 10 00, E5 48 01 (= 200).
    host.send([0xf4, 0x05, 0x03, 0xf4, 0x04, 0x01, 0xe5, 0x00, 0x00, 0x90, 0x10, 0x00]);
    host.send([0xe5, 0x48, 0x01]);
    host.send(setPin(6, MODE_PWM, 0x48)); // duty 72
    board.runMs(10);
    const from = board.cpu.cycles;
    board.runMs(20);
    // Timer0 fast PWM at 16 MHz / 64 / 256 = 976.6 Hz.
    const motor = measurePulses(pin5.edges, from);
    expect(motor.frequencyHz).toBeCloseTo(976.5625, 1);
    expectFastPwmDuty(motor.dutyPercent, 200);
    const six = measurePulses(pin6.edges, from);
    expect(six.frequencyHz).toBeCloseTo(976.5625, 1);
    expectFastPwmDuty(six.dutyPercent, 0x48);
    expect(board.outputHigh(4)).toBe(true); // direction pin from 90 10 00
  });

  it('sends 1500 µs servo pulses on pin 10 while pins 5, 6 and 9 keep their PWM', ({
    host,
    board,
  }) => {
    const [servo, pin5, pin6, pin9] = recordPins(board, 10, 5, 6, 9);
    host.send(setPin(5, MODE_PWM, 0x48));
    host.send(setPin(6, MODE_PWM, 128));
    host.send(setPin(9, MODE_PWM, 192)); // Timer1
    host.send(setPin(10, MODE_SERVO, 1500)); // johnny-five's to(90): 1500 µs
    board.runMs(25);
    const from = board.cpu.cycles;
    board.runMs(100);
    const pulses = measurePulses(servo.edges, from);
    expect(pulses.highUs.length).toBeGreaterThanOrEqual(4);
    for (const width of pulses.highUs) expect(width).toBeGreaterThan(1496);
    for (const width of pulses.highUs) expect(width).toBeLessThan(1504);
    for (const period of pulses.periodUs) expect(Math.abs(period - 20_000)).toBeLessThan(20);
    expectFastPwmDuty(measurePulses(pin5.edges, from).dutyPercent, 0x48);
    expectFastPwmDuty(measurePulses(pin6.edges, from).dutyPercent, 128);
    // Timer1 phase-correct PWM (490 Hz) is untouched by the servo.
    const nine = measurePulses(pin9.edges, from);
    expect(nine.frequencyHz).toBeCloseTo(490.196, 0);
    expect(nine.dutyPercent).toBeCloseTo((100 * 192) / 255, 1);
  });

  it('maps degrees (< 544) onto the SERVO_CONFIG range and clamps µs to it', ({ host, board }) => {
    const servo = board.recordPin(8);
    host.send(sysex(SERVO_CONFIG, 8, ...u14(1000), ...u14(2000)));
    host.send([0xe8, 90, 0]); // 90 degrees -> 1500 µs
    board.runMs(45);
    const mid = measurePulses(servo.edges, board.cpu.cycles - cycles(40)).highUs;
    expect(mid.at(-1)).toBeCloseTo(1500, -1);
    host.send(sysex(EXTENDED_ANALOG, 8, ...u14(2400))); // above the range -> 2000 µs
    board.runMs(45);
    const high = measurePulses(servo.edges, board.cpu.cycles - cycles(40)).highUs;
    expect(high.at(-1)).toBeCloseTo(2000, -1);
  });

  it('drives two servos in one 20 ms frame', ({ host, board }) => {
    const [a, b] = recordPins(board, 10, 12);
    host.send(setPin(10, MODE_SERVO, 1000));
    host.send(setPin(12, MODE_SERVO, 2000));
    board.runMs(30);
    const from = board.cpu.cycles;
    board.runMs(60);
    const first = measurePulses(a.edges, from);
    const second = measurePulses(b.edges, from);
    expect(first.highUs.every((w) => Math.abs(w - 1000) < 4)).toBe(true);
    expect(second.highUs.every((w) => Math.abs(w - 2000) < 4)).toBe(true);
    expect(second.frequencyHz).toBeCloseTo(50, 0);
  });

  it('pin 3 (Timer2) is on/off while a servo runs and gets its PWM back after', ({
    host,
    board,
  }) => {
    const pin3 = board.recordPin(3);
    host.send([SET_PIN_MODE, 3, MODE_PWM, 0xe3, 0x48, 0x01]); // 200
    board.runMs(10);
    let from = board.cpu.cycles;
    board.runMs(10);
    expect(measurePulses(pin3.edges, from).dutyPercent).toBeCloseTo((100 * 200) / 255, 1);

    host.send([SET_PIN_MODE, 10, MODE_SERVO, 0xea, 0x5c, 0x0b]);
    board.runMs(10);
    from = board.cpu.cycles;
    board.runMs(30);
    expect(pin3.edges.filter((e) => e.cycles >= from)).toHaveLength(0);
    expect(board.outputHigh(3)).toBe(true); // 200 >= 128: fully on

    host.send([SET_PIN_MODE, 10, MODE_OUTPUT]); // servo detached
    board.runMs(40);
    from = board.cpu.cycles;
    board.runMs(10);
    expect(measurePulses(pin3.edges, from).dutyPercent).toBeCloseTo((100 * 200) / 255, 1);
  });
});
