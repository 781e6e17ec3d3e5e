import { describe, expect, it } from 'vitest';
import { atan2, cos, sin, wrapDeg, wrapRad } from '../../../simulator/world/det-math.ts';

describe('deterministic trigonometry', () => {
  it('matches Math.sin and Math.cos to 1e-15 over many turns', () => {
    for (let i = -20000; i <= 20000; i++) {
      const x = i * 0.00731;
      expect(Math.abs(sin(x) - Math.sin(x))).toBeLessThan(1e-15 * Math.max(1, Math.abs(x)));
      expect(Math.abs(cos(x) - Math.cos(x))).toBeLessThan(1e-15 * Math.max(1, Math.abs(x)));
    }
  });

  it('is exact at the quarter turns', () => {
    expect(sin(0)).toBe(0);
    expect(cos(0)).toBe(1);
    expect(Math.abs(cos(Math.PI / 2))).toBeLessThan(1e-16);
    expect(sin(Math.PI / 2)).toBe(1);
  });

  it('matches Math.atan2 in every quadrant', () => {
    for (let i = 0; i < 3600; i++) {
      const a = (i / 3600) * 2 * Math.PI;
      const y = Math.sin(a) * (1 + i);
      const x = Math.cos(a) * (1 + i);
      expect(Math.abs(atan2(y, x) - Math.atan2(y, x))).toBeLessThan(1e-14);
    }
    expect(atan2(0, -1)).toBeCloseTo(Math.PI, 15);
    expect(atan2(0, 0)).toBe(0);
  });

  it('wraps angles into one turn', () => {
    expect(wrapDeg(270)).toBe(-90);
    expect(wrapDeg(-180)).toBe(180);
    expect(wrapDeg(720 + 45)).toBe(45);
    expect(wrapRad(3 * Math.PI)).toBeCloseTo(Math.PI, 12);
  });
});
