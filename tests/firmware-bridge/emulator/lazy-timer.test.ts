import { describe, expect, it } from 'vitest';
import { FirmataHost } from '../../../firmware-bridge/emulator/firmata-host.ts';
import { ticksToNextChange } from '../../../firmware-bridge/emulator/lazy-timer.ts';
import {
  MEKONG_TONE,
  MODE_PWM,
  MODE_SERVO,
  SET_PIN_MODE,
  sysex,
  u14,
} from '../../../firmware-bridge/protocol/firmata-stream.ts';

/** A timer's state as lazy-timer.ts reads it (avr8js TimerMode: 0 normal, 1 phase correct). */
function timer(state: { mode: number; tcnt: number; top: number; ocr: number[]; up?: boolean }) {
  return {
    timerMode: state.mode,
    tcnt: state.tcnt,
    TOP: state.top,
    ocrA: state.ocr[0] ?? 0,
    ocrB: state.ocr[1] ?? 0,
    ocrC: state.ocr[2] ?? 0,
    hasOCRC: state.ocr.length > 2,
    countingUp: state.up ?? true,
  } as Parameters<typeof ticksToNextChange>[0];
}

describe('a timer counted only on the ticks where something happens', () => {
  it('finds the next compare match or overflow of a counter that counts up', () => {
    expect(ticksToNextChange(timer({ mode: 0, tcnt: 10, top: 255, ocr: [200, 50] }))).toBe(40);
    // Compares already passed, or above top, wait for the overflow (256 → 0).
    expect(ticksToNextChange(timer({ mode: 0, tcnt: 210, top: 255, ocr: [200, 50] }))).toBe(46);
    expect(ticksToNextChange(timer({ mode: 2, tcnt: 10, top: 99, ocr: [99, 150] }))).toBe(89);
    // A counter above its top (top lowered by the program) is counted tick by tick.
    expect(ticksToNextChange(timer({ mode: 2, tcnt: 120, top: 99, ocr: [99, 0] }))).toBe(1);
  });

  it('finds the next compare, top or bottom of a phase-correct counter, both ways', () => {
    expect(ticksToNextChange(timer({ mode: 1, tcnt: 10, top: 255, ocr: [128, 5] }))).toBe(118);
    expect(ticksToNextChange(timer({ mode: 1, tcnt: 130, top: 255, ocr: [128, 5] }))).toBe(125);
    const down = { mode: 1, top: 255, ocr: [128, 5], up: false };
    expect(ticksToNextChange(timer({ ...down, tcnt: 130 }))).toBe(2);
    expect(ticksToNextChange(timer({ ...down, tcnt: 4 }))).toBe(4);
  });

  /** Our firmware with PWM on Timers 0 and 1, a servo and a tone (Timer2), for 60 ms. */
  function drive(countEveryTick: boolean) {
    const host = FirmataHost.boot({ countEveryTick });
    const board = host.board;
    const pins = [5, 9, 10, 8].map((pin) => board.recordPin(pin));
    host.send([SET_PIN_MODE, 5, MODE_PWM, 0xe5, 0x48, 0x00]); // Timer0, duty 72
    host.send([SET_PIN_MODE, 9, MODE_PWM, 0xe9, 0x40, 0x01]); // Timer1, duty 192
    host.send([SET_PIN_MODE, 10, MODE_SERVO, 0xea, 0x5c, 0x0b]); // 1500 µs pulses
    host.send(sysex(MEKONG_TONE, 8, ...u14(440), ...u14(40))); // Timer2
    board.runMs(30);
    host.send([0xe5, 0x10, 0x01, 0xe9, 0x05, 0x00]); // new duties mid-period
    // How many clock events the emulator queues (timer counts among them) from here on.
    let events = 0;
    const addClockEvent = board.cpu.addClockEvent.bind(board.cpu);
    board.cpu.addClockEvent = (callback, cycles) => {
      events++;
      return addClockEvent(callback, cycles);
    };
    board.runMs(30);
    return { edges: pins.map((pin) => pin.edges), messages: host.messages, events };
  }

  it('gives our firmware the same PWM, servo and tone edges as counting every tick, with a tenth of the clock events', () => {
    const lazy = drive(false);
    const everyTick = drive(true);
    expect(lazy.messages).toEqual(everyTick.messages);
    for (const [pin, edges] of everyTick.edges.entries()) {
      const other = lazy.edges[pin] ?? [];
      expect(edges.length).toBeGreaterThanOrEqual(6);
      expect(other.map((e) => e.high)).toEqual(edges.map((e) => e.high));
      // avr8js runs one clock event per instruction: when several fall on one cycle, the
      // later ones wait an instruction (at most 4 cycles). Counting tick by tick, the three timers'
      // ticks often coincide, so an edge may come those few cycles later.
      const late = other.map((edge, i) => Math.abs(edge.cycles - (edges[i]?.cycles ?? 0)));
      expect(Math.max(...late)).toBeLessThanOrEqual(4);
    }
    // Three timers ticking every 64 cycles: ~22,000 events in 30 ms; far fewer without.
    expect(lazy.events * 10).toBeLessThan(everyTick.events);
  });
});
