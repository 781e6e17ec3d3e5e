import { describe, expect } from 'vitest';
import {
  type FirmataMessage,
  REPORT_ANALOG,
  SAMPLING_INTERVAL,
  sysex,
  u14,
} from '../../../firmware-bridge/protocol/firmata-stream.ts';
import { it } from './firmware-test.ts';

const analogOf = (messages: readonly FirmataMessage[], channel: number) =>
  messages.filter((m) => m.kind === 'analog' && m.channel === channel);

describe('analog reporting', () => {
  it('streams E0|ch lsb msb every 19 ms after C0|ch 01, as johnny-five Sensor expects', ({
    host,
    board,
  }) => {
    board.setAnalogVolts(0, 2.5);
    board.setAnalogVolts(7, 1.0); // A7: the mBot's button line
    host.send([REPORT_ANALOG | 0, 1, REPORT_ANALOG | 7, 1]);
    board.runUntil(() => board.pendingHostBytes === 0, 5);
    host.mark();
    board.runMs(190);
    const a0 = analogOf(host.fresh, 0);
    const a7 = analogOf(host.fresh, 7);
    expect(a0.length).toBeGreaterThanOrEqual(9);
    expect(a0.length).toBeLessThanOrEqual(11);
    for (const m of a0) expect(m).toMatchObject({ value: expect.closeTo(512, 0) });
    expect(a7.length).toBe(a0.length);
    for (const m of a7)
      expect(m.kind === 'analog' && Math.abs(m.value - 205)).toBeLessThanOrEqual(1);
  });

  it('follows SAMPLING_INTERVAL and stops on C0|ch 00', ({ host, board }) => {
    board.setAnalogVolts(3, 5);
    host.send([...sysex(SAMPLING_INTERVAL, ...u14(30)), REPORT_ANALOG | 3, 1]);
    board.runUntil(() => board.pendingHostBytes === 0, 5);
    host.mark();
    board.runMs(300);
    const a3 = analogOf(host.fresh, 3);
    expect(a3.length).toBeGreaterThanOrEqual(9);
    expect(a3.length).toBeLessThanOrEqual(11);
    expect(a3[0]).toMatchObject({ value: 1023 });
    host.send([REPORT_ANALOG | 3, 0]);
    board.runMs(5);
    host.mark();
    board.runMs(100);
    expect(analogOf(host.fresh, 3)).toHaveLength(0);
  });
});
