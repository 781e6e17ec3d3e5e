import { describe, expect } from 'vitest';
import { attachHcSr04 } from '../../../firmware-bridge/emulator/hc-sr04.ts';
import {
  be32Pairs,
  decodeBe32Pairs,
  MEKONG_PING_TWO_PIN,
  PING_READ,
  sysex,
} from '../../../firmware-bridge/protocol/firmata-stream.ts';
import { it } from './firmware-test.ts';

/** johnny-five's PING_READ for pin 7, byte for byte (pulseOut 5 µs, timeout 1 000 000 µs). */
const J5_PING_PIN_7 = [
  0xf0, 0x75, 0x07, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x0f, 0x00,
  0x42, 0x00, 0x40, 0x00, 0xf7,
];

describe('ultrasonic ranging', () => {
  it('answers johnny-five PING_READ with the echo time, 13 bytes, within 1 % (6 µs for short echoes)', ({
    host,
  }) => {
    const sensor = attachHcSr04(host.board, { trigPin: 7, echoPin: 7, echoUs: 1164 });
    for (const echoUs of [1164, 5800, 300]) {
      sensor.setEchoUs(echoUs);
      host.mark();
      const start = host.board.received.length;
      host.send(J5_PING_PIN_7);
      const data = host.waitForSysex(PING_READ, 100);
      expect(data).toHaveLength(10);
      expect(data?.slice(0, 2)).toEqual([7, 0]); // pin as LSB7, MSB7
      const duration = decodeBe32Pairs(data ?? [], 2);
      // pulseIn() counts loop turns: a Timer0 tick (millis, about 5 µs) that lands inside
      // the echo goes uncounted, on the real Uno as here; where it lands moves with the code.
      expect(Math.abs(duration - echoUs)).toBeLessThanOrEqual(Math.max(echoUs * 0.01, 6));
      const reply = host.board.received.slice(start);
      expect(reply).toHaveLength(13);
      expect(reply.slice(0, 4)).toEqual([0xf0, 0x75, 0x07, 0x00]);
      host.board.runMs(65); // johnny-five waits 65 ms before the next read
    }
    // The trigger pulse is stretched to the HC-SR04's 10 µs minimum.
    for (const width of sensor.triggerUs) expect(width).toBeGreaterThanOrEqual(10);
    for (const width of sensor.triggerUs) expect(width).toBeLessThan(14);
  });

  it('times separate trigger and echo pins with the Mekong two-pin request', ({ host }) => {
    attachHcSr04(host.board, { trigPin: 12, echoPin: 11, echoUs: 5800 });
    const start = host.board.received.length;
    host.send(sysex(MEKONG_PING_TWO_PIN, 12, 11, ...be32Pairs(30_000)));
    const data = host.waitForSysex(MEKONG_PING_TWO_PIN, 100);
    expect(data?.slice(0, 2)).toEqual([12, 11]);
    expect(Math.abs(decodeBe32Pairs(data ?? [], 2) - 5800)).toBeLessThanOrEqual(58);
    expect(host.board.received.length - start).toBe(13);
    expect(host.board.isOutput(12)).toBe(true);
    expect(host.board.isOutput(11)).toBe(false);
  });

  it('replies 0 after the timeout when no echo comes, and keeps serving the host meanwhile', ({
    host,
  }) => {
    attachHcSr04(host.board, { trigPin: 12, echoPin: 11, echoUs: null });
    host.send(sysex(MEKONG_PING_TWO_PIN, 12, 11, ...be32Pairs(30_000)));
    host.board.runUntil(() => host.board.pendingHostBytes === 0, 10);
    const sentMs = host.board.timeMs;
    host.send([0xf9]);
    // The version reply comes while the measurement is still waiting: nothing blocks.
    expect(host.waitFor((m) => m.kind === 'version', 10)).toBeDefined();
    const data = host.waitForSysex(MEKONG_PING_TWO_PIN, 100);
    expect(decodeBe32Pairs(data ?? [], 2)).toBe(0);
    const elapsedMs = host.board.timeMs - sentMs;
    expect(elapsedMs).toBeGreaterThan(30);
    expect(elapsedMs).toBeLessThan(33);
  });

  it('queues back-to-back requests for two sensors and answers both', ({ host }) => {
    attachHcSr04(host.board, { trigPin: 7, echoPin: 7, echoUs: 1000 });
    attachHcSr04(host.board, { trigPin: 12, echoPin: 11, echoUs: 2000 });
    host.send([...J5_PING_PIN_7, ...sysex(MEKONG_PING_TWO_PIN, 12, 11, ...be32Pairs(30_000))]);
    const one = host.waitForSysex(PING_READ, 100);
    const two = host.waitForSysex(MEKONG_PING_TWO_PIN, 100);
    expect(Math.abs(decodeBe32Pairs(one ?? [], 2) - 1000)).toBeLessThanOrEqual(10);
    expect(Math.abs(decodeBe32Pairs(two ?? [], 2) - 2000)).toBeLessThanOrEqual(20);
  });
});
