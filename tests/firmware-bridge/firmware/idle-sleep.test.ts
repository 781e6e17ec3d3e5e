import { describe, expect } from 'vitest';
import { measurePulses } from '../../../firmware-bridge/emulator/waveform.ts';
import { MODE_PWM, REPORT_VERSION } from '../../../firmware-bridge/protocol/firmata-stream.ts';
import { it, setPin } from './firmware-test.ts';

/*
 * With nothing to do, the firmware sleeps in idle mode until the next interrupt, and the
 * emulator skips the sleep from one clock event to the next instead of emulating it
 * instruction by instruction (what makes an emulated robot cheap enough for a classroom
 * laptop). Sleeping must not cost the robot anything: it answers the host at once and its
 * PWM keeps running.
 */
describe('idle sleep', () => {
  it('sleeps most of the time with nothing to do, and wakes for a byte from the host', ({
    host,
    board,
  }) => {
    const startCycles = board.cpu.cycles;
    const startSlept = board.sleptCycles;
    board.runMs(200);
    const share = (board.sleptCycles - startSlept) / (board.cpu.cycles - startCycles);
    expect(share).toBeGreaterThan(0.9);

    host.mark();
    const sentAt = board.timeMs;
    host.send([REPORT_VERSION]);
    const reply = host.waitFor((m) => m.kind === 'version', 20);
    expect(reply).toEqual({ kind: 'version', major: 2, minor: 5 });
    // One byte each way at 57600 baud is about 0.35 ms; the reply does not wait for a tick.
    expect(board.timeMs - sentAt).toBeLessThan(1);
  });

  it('keeps PWM running while asleep', ({ host, board }) => {
    const pwm = board.recordPin(5);
    host.send(setPin(5, MODE_PWM, 128)); // duty 128 of 255
    board.runUntil(() => board.pendingHostBytes === 0, 10);
    const from = board.cpu.cycles;
    const slept = board.sleptCycles;
    board.runMs(50);
    expect(board.sleptCycles - slept).toBeGreaterThan(0);
    expect(measurePulses(pwm.edges, from).dutyPercent).toBeCloseTo((100 * 128) / 255, 0);
  });
});
