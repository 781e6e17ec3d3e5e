/**
 * The Mekong sysex extensions (firmware-bridge/firmware/PROTOCOL.md, 01..07) as message
 * bodies for firmata-io's `sysexCommand` (command byte first, without F0/F7) and decoders
 * for the replies' data (after the command byte).
 */
import {
  be32Pairs,
  bytePair,
  decodeBe32Pairs,
  decodePairs,
  MEKONG_HEARTBEAT,
  MEKONG_IDENTITY_READ,
  MEKONG_IDENTITY_WRITE,
  MEKONG_PING_TWO_PIN,
  MEKONG_RGB_LED,
  MEKONG_TONE,
  MEKONG_WATCHDOG,
  u14,
} from './firmata-stream.ts';

/** Name our firmware gives in REPORT_FIRMWARE (firmware/src/firmware_version.h). */
export const MEKONG_FIRMWARE_NAME = 'MekongFirmata';

/** Serial speed of our firmware, baud. */
export const MEKONG_BAUD = 57600;

/** Watchdog limit the firmware starts with, ms. */
export const WATCHDOG_DEFAULT_MS = 500;

/** Longest identity field (robot name, kit id), in UTF-8 bytes. */
export const IDENTITY_FIELD_BYTES = 16;

/** Echo time per cm of distance in PING replies, µs (johnny-five: cm = µs / 29.1 / 2). */
export const ECHO_US_PER_CM = 58.2;

/** RGB LED index meaning "every LED in the chain". */
export const RGB_ALL_LEDS = 0x7f;

/** TONE: `hz` 31..10000 (0 stops), for `ms` 0..16383 (0 = until stopped). */
export function toneMessage(pin: number, hz: number, ms: number): number[] {
  return [MEKONG_TONE, pin, ...u14(Math.round(hz)), ...u14(Math.round(ms))];
}

/** PING_TWO_PIN: one HC-SR04 reading with separate trigger and echo pins; timeout in µs. */
export function pingTwoPinMessage(trig: number, echo: number, timeoutUs: number): number[] {
  return [MEKONG_PING_TWO_PIN, trig, echo, ...be32Pairs(timeoutUs)];
}

/** PING_TWO_PIN reply data → trigger pin, echo pin and echo duration in µs (0 = no echo). */
export function decodePingTwoPin(data: readonly number[]): {
  trig: number;
  echo: number;
  echoUs: number;
} {
  return { trig: data[0] ?? -1, echo: data[1] ?? -1, echoUs: decodeBe32Pairs(data, 2) };
}

/** WATCHDOG: set the host-silence limit (ms, 0 = off), or ask for it without `limitMs`. */
export function watchdogMessage(limitMs?: number): number[] {
  return limitMs === undefined ? [MEKONG_WATCHDOG] : [MEKONG_WATCHDOG, ...u14(limitMs)];
}

export function decodeWatchdog(data: readonly number[]): number {
  return (data[0] ?? 0) | ((data[1] ?? 0) << 7);
}

/** HEARTBEAT: feeds the watchdog; with a token 0..127 the board echoes it back. */
export function heartbeatMessage(token?: number): number[] {
  return token === undefined ? [MEKONG_HEARTBEAT] : [MEKONG_HEARTBEAT, token & 0x7f];
}

/** RGB_LED: colour of LED `index` (or RGB_ALL_LEDS) in the WS2812 chain on `pin`. */
export function rgbMessage(pin: number, index: number, r: number, g: number, b: number): number[] {
  return [MEKONG_RGB_LED, pin, index, ...bytePair(r), ...bytePair(g), ...bytePair(b)];
}

/** The robot's name and kit id as stored in the board's EEPROM. */
export interface RobotIdentity {
  name: string;
  kitId: string;
}

/** IDENTITY_WRITE: each field at most IDENTITY_FIELD_BYTES bytes of UTF-8 (longer is cut). */
export function identityWriteMessage(identity: RobotIdentity): number[] {
  const name = fieldBytes(identity.name);
  const kit = fieldBytes(identity.kitId);
  return [
    MEKONG_IDENTITY_WRITE,
    name.length,
    kit.length,
    ...name.flatMap(bytePair),
    ...kit.flatMap(bytePair),
  ];
}

export function identityReadMessage(): number[] {
  return [MEKONG_IDENTITY_READ];
}

/** IDENTITY_READ reply data → the identity, or null when the EEPROM holds none. */
export function decodeIdentity(data: readonly number[]): RobotIdentity | null {
  if (data[0] !== 1) return null;
  const nameLength = data[1] ?? 0;
  const kitLength = data[2] ?? 0;
  const decoder = new TextDecoder();
  const name = decodePairs(data, 3, nameLength);
  const kit = decodePairs(data, 3 + 2 * nameLength, kitLength);
  return {
    name: decoder.decode(Uint8Array.from(name)),
    kitId: decoder.decode(Uint8Array.from(kit)),
  };
}

/** UTF-8 bytes of `text`, cut to the field size without splitting a character. */
function fieldBytes(text: string): number[] {
  const encoder = new TextEncoder();
  let bytes = encoder.encode(text);
  let chars = [...text];
  while (bytes.length > IDENTITY_FIELD_BYTES) {
    chars = chars.slice(0, -1);
    bytes = encoder.encode(chars.join(''));
  }
  return [...bytes];
}
