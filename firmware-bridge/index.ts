/**
 * The Node side of real hardware: transports, johnny-five parts built from a kit profile,
 * HardwareRobot (the Robot API on a board), port discovery, probing and the doctor.
 * The emulated board lives in ./emulator (it imports the simulator's world).
 */
export * from './board-session.ts';
export * from './clock.ts';
export * from './connect-robot.ts';
export * from './doctor.ts';
export * from './firmware-timers.ts';
export * from './hardware-robot.ts';
export * from './kit-parts.ts';
export * from './latched-outputs.ts';
export * from './link-monitor.ts';
export * from './motor-controllers.ts';
export * from './ports.ts';
export * from './probe.ts';
export * from './protocol/firmata-stream.ts';
export * from './protocol/mekong-sysex.ts';
export * from './sysex-router.ts';
export * from './transport/serial-transport.ts';
export * from './transport/tcp-transport.ts';
export * from './transport/transport.ts';
