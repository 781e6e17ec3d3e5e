import { expect, it } from 'vitest';
import {
  CONE_HALF_ANGLE_DEG,
  ULTRASONIC_RANGE_CM,
} from '../../../simulator/render/sensor-limits.ts';
import { ULTRASONIC_HALF_ANGLE_DEG } from '../../../simulator/world/sim-body.ts';
import { ULTRASONIC_MAX_CM } from '../../../simulator/world/world.ts';

it('the renderer draws the ultrasonic cone the world measures with', () => {
  expect(CONE_HALF_ANGLE_DEG).toBe(ULTRASONIC_HALF_ANGLE_DEG);
  expect(ULTRASONIC_RANGE_CM).toBe(ULTRASONIC_MAX_CM);
});
