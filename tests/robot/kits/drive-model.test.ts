import { describe, expect, it } from 'vitest';
import { getKit, powerForWheelSpeed, wheelSpeedAt } from '../../../robot/index.ts';

const { drive } = getKit('l298n-2wd'); // 45 cm/s at 100 %, dead band 25 %

describe('the drive model (robot/kits/drive-model.ts)', () => {
  it('without a dead band, speed is proportional to power', () => {
    expect(wheelSpeedAt(drive, 60, false)).toBeCloseTo(27, 10);
    expect(wheelSpeedAt(drive, -50, false)).toBeCloseTo(-22.5, 10);
    expect(wheelSpeedAt(drive, 150, false)).toBe(45);
  });

  it('with a dead band, the wheels stand still up to it and speed grows from it', () => {
    expect(wheelSpeedAt(drive, 25, true)).toBe(0);
    expect(wheelSpeedAt(drive, -20, true)).toBe(0);
    expect(wheelSpeedAt(drive, 60, true)).toBeCloseTo(21, 10);
    expect(wheelSpeedAt(drive, -100, true)).toBe(-45);
  });

  it('powerForWheelSpeed inverts wheelSpeedAt, both ways, up to the top speed', () => {
    for (const deadBand of [false, true]) {
      for (const power of [30, 47.5, 60, 99]) {
        const speed = wheelSpeedAt(drive, power, deadBand);
        expect(powerForWheelSpeed(drive, speed, deadBand)).toBeCloseTo(power, 10);
        expect(powerForWheelSpeed(drive, -speed, deadBand)).toBeCloseTo(power, 10);
      }
      expect(powerForWheelSpeed(drive, 90, deadBand)).toBe(100);
    }
  });
});
