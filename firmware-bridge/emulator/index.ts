/**
 * The emulated board: avr8js runs our firmware hex; the kit's peripherals connect its pins
 * to a body in a simulated world. `Emulator` is the entry point; the rest is for tests.
 */
export * from './avr-boards.ts';
export * from './avr-harness.ts';
export * from './device-context.ts';
export * from './emulated-robot.ts';
export * from './emulator.ts';
export * from './emulator-clock.ts';
export * from './emulator-pacer.ts';
export * from './emulator-transport.ts';
export * from './firmata-host.ts';
export * from './firmware-hex.ts';
export * from './hc-sr04.ts';
export * from './input-devices.ts';
export * from './intel-hex.ts';
export * from './motor-inputs.ts';
export * from './output-devices.ts';
export * from './pin-meter.ts';
export * from './tcp-server.ts';
export * from './waveform.ts';
