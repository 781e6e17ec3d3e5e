/**
 * The sensor limits the renderer draws, mirrored from simulator/world (sim-body.ts and
 * world.ts): importing them from there would pull the kit schema and zod into the page's
 * first load. tests/simulator/render/sensor-limits.test.ts checks that both agree.
 */

/** Half-angle of the ultrasonic cone, degrees. */
export const CONE_HALF_ANGLE_DEG = 15;
/** Farthest the ultrasonic sensor reads, cm. */
export const ULTRASONIC_RANGE_CM = 400;
