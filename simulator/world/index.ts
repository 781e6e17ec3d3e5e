/** The headless, deterministic world: load worlds, build robots from kits, run programs. */
export * from './det-math.ts';
export * from './load-world.ts';
export * from './realism.ts';
export { floorReflectance, readReflectance, readUltrasonic } from './sensor-readings.ts';
export { SimBody } from './sim-body.ts';
export * from './sim-robot.ts';
export * from './sim-session.ts';
export * from './trace.ts';
export * from './world.ts';
export * from './world-schema.ts';
export * from './world-text.ts';
