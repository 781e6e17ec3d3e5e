/**
 * Devices that watch output pins and show them on the simulated body (and in the world's
 * trace), so the renderer and lesson checks see what the real LED, buzzer and servo do.
 */
import { SERVO_AHEAD_DEG, SERVO_PULSE_RANGE_US, SERVO_SWEEP_DEG } from '../../robot/index.ts';
import { type DeviceFactory, pinOf } from './device-context.ts';
import { PinMeter } from './pin-meter.ts';

/** A single LED: pin high = 'on'. */
export const ledDevice: DeviceFactory = ({ board, world, body, kit }) => {
  const led = kit.led;
  if (led?.type !== 'single') return null;
  const pin = pinOf(kit, led.pin);
  return {
    beforeStep() {
      const state = board.outputHigh(pin) ? 'on' : 'off';
      if (state === body.led) return;
      body.led = state;
      world.record({ t: world.time, robot: body.index, type: 'led', state });
    },
    detach() {},
  };
};

/** WS2812 bit times at 16 MHz: a high pulse longer than this is a 1 bit, cycles (0.625 µs). */
const WS2812_ONE_CYCLES = 10;
/** A low line for this long latches the colours, cycles (50 µs). */
const WS2812_LATCH_CYCLES = 800;

/** WS2812 chain (the mCore's two RGB LEDs): decodes the GRB bit stream; LED 0's colour shows. */
export const rgbLedDevice: DeviceFactory = ({ board, world, body, kit }) => {
  const led = kit.led;
  if (led?.type !== 'ws2812') return null;
  const pin = pinOf(kit, led.pin);
  let bits: number[] = [];
  let riseAt = 0;
  let lastEdgeAt = 0;
  const detachPin = board.onPinChange(pin, (high) => {
    const now = board.cpu.cycles;
    lastEdgeAt = now;
    if (high) riseAt = now;
    else bits.push(now - riseAt > WS2812_ONE_CYCLES ? 1 : 0);
  });
  return {
    beforeStep() {
      if (bits.length < 24 || board.cpu.cycles - lastEdgeAt < WS2812_LATCH_CYCLES) return;
      const byte = (i: number) =>
        bits.slice(i * 8, i * 8 + 8).reduce((value, bit) => (value << 1) | bit, 0);
      const [g, r, b] = [byte(0), byte(1), byte(2)];
      bits = [];
      const hex = (v: number) => v.toString(16).padStart(2, '0');
      const state = r + g + b === 0 ? 'off' : `#${hex(r)}${hex(g)}${hex(b)}`;
      if (state === body.led) return;
      body.led = state;
      world.record({ t: world.time, robot: body.index, type: 'led', state });
    },
    detach: detachPin,
  };
};

/** Lowest tone of the firmware is 31 Hz: a 32 ms period, plus margin, µs. */
const BUZZER_MAX_PERIOD_US = 40_000;
/** How long the renderer keeps showing a beep after the last check, ms. */
const BEEP_HOLD_MS = 40;

/** Passive buzzer: the toggling frequency → `body.beepHz`; a beep is traced when it ends. */
export const buzzerDevice: DeviceFactory = ({ board, world, body, kit }) => {
  const buzzer = kit.buzzer;
  if (!buzzer) return null;
  const meter = new PinMeter(board, pinOf(kit, buzzer.pin), BUZZER_MAX_PERIOD_US);
  let startedAt = -1;
  let hz = 0;
  return {
    beforeStep() {
      const now = meter.frequencyHz();
      if (now > 0) {
        if (startedAt < 0) startedAt = world.time;
        hz = Math.round(now);
        body.beepHz = hz;
        body.beepUntil = world.time + BEEP_HOLD_MS;
        return;
      }
      if (startedAt < 0) return;
      const ms = world.time - startedAt;
      world.record({ t: startedAt, robot: body.index, type: 'beep', hz, ms });
      startedAt = -1;
      body.beepHz = 0;
      body.beepUntil = world.time;
    },
    detach: () => meter.stop(),
  };
};

/** Servo pulses repeat every 20 ms; a pulse older than this means the servo is idle, µs. */
const SERVO_PULSE_WINDOW_US = 25_000;

/** Servo pulse width → `body.servoTarget` (the body turns at the SG90's speed). */
export const servoDevice: DeviceFactory = ({ board, world, body, kit }) => {
  const servo = kit.servo;
  if (!servo) return null;
  const meter = new PinMeter(board, pinOf(kit, servo.pin), SERVO_PULSE_WINDOW_US);
  let traced = SERVO_AHEAD_DEG;
  return {
    beforeStep() {
      const us = meter.recentPulseUs(SERVO_PULSE_WINDOW_US);
      if (us === null) return;
      const [minUs, maxUs] = SERVO_PULSE_RANGE_US;
      const f = (us - minUs) / (maxUs - minUs);
      const deg = Math.round(Math.max(0, Math.min(1, f)) * (SERVO_SWEEP_DEG * 10)) / 10;
      body.servoTarget = deg;
      if (Math.abs(deg - traced) < 0.5) return;
      traced = deg;
      world.record({ t: world.time, robot: body.index, type: 'servo', deg });
    },
    detach: () => meter.stop(),
  };
};
