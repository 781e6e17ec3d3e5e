import type { Realism } from '../../simulator/world/realism.ts';

/**
 * The emulated board stands in for a real robot, and a real robot's motors have a dead
 * band: HardwareRobot times forward() and turn() for it, as it must on real hardware. Of
 * the world's realisms only 'classroom' has a dead band; its seeded sensor noise, motor
 * mismatch and motor lag are what real kits show too, and what lessons are graded under.
 */
export const EMULATED_REALISM: Realism = 'classroom';
