import { describe, expect } from 'vitest';
import type { FirmataHost } from '../../../firmware-bridge/emulator/firmata-host.ts';
import { measurePulses } from '../../../firmware-bridge/emulator/waveform.ts';
import {
  MEKONG_HEARTBEAT,
  MEKONG_WATCHDOG,
  MODE_OUTPUT,
  MODE_PWM,
  SET_PIN_MODE,
  sysex,
  u14,
} from '../../../firmware-bridge/protocol/firmata-stream.ts';
import { it } from './firmware-test.ts';

/** A running motor: PWM 200 on pin 5, direction pin 4 high (johnny-five's bytes). */
function startMotor(host: FirmataHost): void {
  host.send([SET_PIN_MODE, 5, MODE_PWM, SET_PIN_MODE, 4, MODE_OUTPUT, 0x90, 0x10, 0x00]);
  host.send([0xe5, 0x48, 0x01]);
  host.board.runUntil(() => host.board.pendingHostBytes === 0, 10);
}

describe('host-silence watchdog', () => {
  it('stops PWM and drives outputs low within 600 ms of the last host byte', ({ host, board }) => {
    const pwm = board.recordPin(5);
    const direction = board.recordPin(4);
    startMotor(host);
    const lastByteMs = board.timeMs;
    board.runMs(450);
    expect(board.outputHigh(4)).toBe(true);
    expect(pwm.edges.at(-1)?.cycles).toBeGreaterThan(board.cpu.cycles - 16_000 * 2);
    board.runMs(150);
    const fell = direction.edges.at(-1);
    expect(fell?.high).toBe(false);
    const tripMs = ((fell?.cycles ?? 0) * 1000) / 16e6 - lastByteMs;
    expect(tripMs).toBeGreaterThan(500);
    expect(tripMs).toBeLessThan(600);
    const pwmEdges = pwm.edges.length;
    board.runMs(20);
    expect(pwm.edges.length).toBe(pwmEdges);
    expect(board.outputHigh(5)).toBe(false);
    // Modes stay: the next host write runs the motor again.
    host.send([0xe5, 0x48, 0x01]);
    board.runMs(10);
    const from = board.cpu.cycles;
    board.runMs(10);
    expect(measurePulses(pwm.edges, from).dutyPercent).toBeGreaterThan(70);
  });

  it('keeps running while heartbeats arrive every 200 ms (over twice the limit)', ({
    host,
    board,
  }) => {
    const pwm = board.recordPin(5);
    startMotor(host);
    for (let i = 0; i < 6; i++) {
      board.runMs(200);
      host.send(sysex(MEKONG_HEARTBEAT));
    }
    const from = board.cpu.cycles;
    board.runMs(10);
    expect(board.outputHigh(4)).toBe(true);
    expect(measurePulses(pwm.edges, from).dutyPercent).toBeGreaterThan(70);
  });

  it('reports its 500 ms default, can be turned off with 0, and echoes heartbeat tokens', ({
    host,
    board,
  }) => {
    host.send(sysex(MEKONG_WATCHDOG));
    expect(host.waitForSysex(MEKONG_WATCHDOG, 20)).toEqual(u14(500));
    host.send(sysex(MEKONG_HEARTBEAT, 0x2a));
    expect(host.waitForSysex(MEKONG_HEARTBEAT, 20)).toEqual([0x2a]);
    host.send(sysex(MEKONG_WATCHDOG, ...u14(0)));
    expect(host.waitForSysex(MEKONG_WATCHDOG, 20)).toEqual([0, 0]);
    startMotor(host);
    board.runMs(800);
    expect(board.outputHigh(4)).toBe(true);
  });
});
