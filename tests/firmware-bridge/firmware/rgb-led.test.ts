import { describe, expect } from 'vitest';
import { CLOCK_HZ, type PinEdge } from '../../../firmware-bridge/emulator/avr-harness.ts';
import {
  bytePair,
  MEKONG_RGB_LED,
  sysex,
} from '../../../firmware-bridge/protocol/firmata-stream.ts';
import { it } from './firmware-test.ts';

const ns = (cycles: number) => (cycles * 1e9) / CLOCK_HZ;

/** Decodes one WS2812 frame and checks every high/low time against the WS2812B limits. */
function decodeWs2812(edges: readonly PinEdge[]): number[] {
  const bits: number[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const edge = edges[i];
    const next = edges[i + 1];
    if (!edge || !next) break;
    const width = ns(next.cycles - edge.cycles);
    if (edge.high) {
      const one = width > 600;
      if (one) {
        expect(width, `1-bit high time ${width} ns`).toBeGreaterThanOrEqual(650);
        expect(width, `1-bit high time ${width} ns`).toBeLessThanOrEqual(950);
      } else {
        expect(width, `0-bit high time ${width} ns`).toBeGreaterThanOrEqual(250);
        expect(width, `0-bit high time ${width} ns`).toBeLessThanOrEqual(550);
      }
      bits.push(one ? 1 : 0);
    } else {
      expect(width, `low time ${width} ns`).toBeGreaterThanOrEqual(450);
      expect(width, `low time ${width} ns (a reset)`).toBeLessThanOrEqual(5000);
    }
  }
  const bytes: number[] = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) {
    bytes.push(bits.slice(i, i + 8).reduce((byte, bit) => (byte << 1) | bit, 0));
  }
  return bytes;
}

const rgb = (pin: number, index: number, r: number, g: number, b: number) =>
  sysex(MEKONG_RGB_LED, pin, index, ...bytePair(r), ...bytePair(g), ...bytePair(b));

describe('Mekong RGB LED (WS2812 on the mCore, pin 13)', () => {
  it('sends GRB bytes with WS2812B timing, the whole chain up to the highest index', ({
    host,
    board,
  }) => {
    const line = board.recordPin(13);
    host.send(rgb(13, 0, 0xff, 0x10, 0x81));
    board.runMs(3);
    expect(decodeWs2812(line.edges)).toEqual([0x10, 0xff, 0x81]);
    const frameUs = ns((line.edges.at(-1)?.cycles ?? 0) - (line.edges[0]?.cycles ?? 0)) / 1000;
    expect(frameUs).toBeLessThan(40); // 24 bits, interrupts off for this long
    line.edges.length = 0;
    host.send(rgb(13, 1, 0x00, 0x00, 0xaa));
    board.runMs(3);
    expect(decodeWs2812(line.edges)).toEqual([0x10, 0xff, 0x81, 0x00, 0x00, 0xaa]);
    expect(board.outputHigh(13)).toBe(false);
  });

  it('sets every LED with index 0x7F', ({ host, board }) => {
    const line = board.recordPin(13);
    host.send(rgb(13, 0x7f, 1, 2, 3));
    board.runMs(3);
    expect(decodeWs2812(line.edges)).toEqual(Array.from({ length: 12 }, () => [2, 1, 3]).flat());
  });
});
