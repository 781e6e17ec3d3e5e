/** Measurements of recorded pin waveforms (edges in CPU cycles at 16 MHz). */
import { CLOCK_HZ, type PinEdge } from './avr-harness.ts';

export interface PulseTrain {
  /** High-pulse widths, µs, of complete pulses in the window. */
  readonly highUs: readonly number[];
  /** Rising-edge to rising-edge periods, µs. */
  readonly periodUs: readonly number[];
  /** Mean high time / mean period, percent 0..100 (NaN with fewer than two rising edges). */
  readonly dutyPercent: number;
  /** 1e6 / mean period, Hz (NaN with fewer than two rising edges). */
  readonly frequencyHz: number;
}

const toUs = (cycles: number) => (cycles * 1e6) / CLOCK_HZ;

const mean = (values: readonly number[]) =>
  values.reduce((sum, value) => sum + value, 0) / values.length;

/** Pulses among `edges` that start at or after `fromCycles`. */
export function measurePulses(edges: readonly PinEdge[], fromCycles = 0): PulseTrain {
  const inWindow = edges.filter((edge) => edge.cycles >= fromCycles);
  const rises = inWindow.filter((edge) => edge.high).map((edge) => edge.cycles);
  const highUs: number[] = [];
  for (const [index, edge] of inWindow.entries()) {
    const next = inWindow[index + 1];
    if (edge.high && next && !next.high) highUs.push(toUs(next.cycles - edge.cycles));
  }
  const periodUs = rises.slice(1).map((rise, index) => toUs(rise - (rises[index] ?? rise)));
  const completeHigh = highUs.slice(0, periodUs.length);
  return {
    highUs,
    periodUs,
    dutyPercent: periodUs.length ? (100 * mean(completeHigh)) / mean(periodUs) : Number.NaN,
    frequencyHz: periodUs.length ? 1e6 / mean(periodUs) : Number.NaN,
  };
}
