/**
 * Host side of the Firmata byte stream for tests: frames the firmware's output into
 * messages and builds the byte sequences a host sends.
 */

export type FirmataMessage =
  | { readonly kind: 'version'; readonly major: number; readonly minor: number }
  | { readonly kind: 'sysex'; readonly command: number; readonly data: readonly number[] }
  | { readonly kind: 'analog'; readonly channel: number; readonly value: number }
  | { readonly kind: 'digital'; readonly port: number; readonly value: number };

export const START_SYSEX = 0xf0;
export const END_SYSEX = 0xf7;
export const REPORT_VERSION = 0xf9;
export const SYSTEM_RESET = 0xff;
export const SET_PIN_MODE = 0xf4;
export const SET_DIGITAL_PIN_VALUE = 0xf5;
export const DIGITAL_MESSAGE = 0x90;
export const ANALOG_MESSAGE = 0xe0;
export const REPORT_ANALOG = 0xc0;
export const REPORT_DIGITAL = 0xd0;

export const REPORT_FIRMWARE = 0x79;
export const CAPABILITY_QUERY = 0x6b;
export const CAPABILITY_RESPONSE = 0x6c;
export const ANALOG_MAPPING_QUERY = 0x69;
export const ANALOG_MAPPING_RESPONSE = 0x6a;
export const PIN_STATE_QUERY = 0x6d;
export const PIN_STATE_RESPONSE = 0x6e;
export const EXTENDED_ANALOG = 0x6f;
export const SERVO_CONFIG = 0x70;
export const PING_READ = 0x75;
export const SAMPLING_INTERVAL = 0x7a;

export const MODE_INPUT = 0x00;
export const MODE_OUTPUT = 0x01;
export const MODE_ANALOG = 0x02;
export const MODE_PWM = 0x03;
export const MODE_SERVO = 0x04;
export const MODE_PULLUP = 0x0b;
export const MODE_PING = 0x75;

/** Mekong extension sysex commands (firmware-bridge/firmware/PROTOCOL.md). */
export const MEKONG_TONE = 0x01;
export const MEKONG_PING_TWO_PIN = 0x02;
export const MEKONG_WATCHDOG = 0x03;
export const MEKONG_HEARTBEAT = 0x04;
export const MEKONG_IDENTITY_WRITE = 0x05;
export const MEKONG_IDENTITY_READ = 0x06;
export const MEKONG_RGB_LED = 0x07;

/** A 14-bit value as (LSB7, MSB7). */
export function u14(value: number): number[] {
  return [value & 0x7f, (value >> 7) & 0x7f];
}

/** One 8-bit byte as (LSB7, MSB7). */
export function bytePair(value: number): number[] {
  return [value & 0x7f, (value >> 7) & 0x01];
}

/** A 32-bit value as 4 big-endian bytes, each as (LSB7, MSB7): PING_READ's encoding. */
export function be32Pairs(value: number): number[] {
  return [24, 16, 8, 0].flatMap((shift) => bytePair((value >>> shift) & 0xff));
}

export function decodeBe32Pairs(data: readonly number[], offset: number): number {
  let value = 0;
  for (let i = 0; i < 4; i++) {
    const lsb = data[offset + 2 * i] ?? 0;
    const msb = data[offset + 2 * i + 1] ?? 0;
    value = value * 256 + ((lsb & 0x7f) | ((msb & 0x01) << 7));
  }
  return value;
}

/** Bytes sent as (LSB7, MSB7) pairs, decoded. */
export function decodePairs(data: readonly number[], offset: number, count: number): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < count; i++) {
    bytes.push(((data[offset + 2 * i] ?? 0) & 0x7f) | (((data[offset + 2 * i + 1] ?? 0) & 1) << 7));
  }
  return bytes;
}

export function sysex(command: number, ...data: number[]): number[] {
  return [START_SYSEX, command, ...data, END_SYSEX];
}

/** Frames a Firmata byte stream into messages, byte by byte; unknown bytes are skipped. */
export class FirmataStreamParser {
  readonly messages: FirmataMessage[] = [];
  private command = -1;
  private data: number[] = [];
  private inSysex = false;

  feed(value: number): void {
    if (value & 0x80) {
      if (this.inSysex && value === END_SYSEX) {
        const [command = -1, ...data] = this.data;
        this.messages.push({ kind: 'sysex', command, data });
        this.inSysex = false;
        this.command = -1;
        return;
      }
      this.inSysex = value === START_SYSEX;
      this.command = this.inSysex ? -1 : value;
      this.data = [];
      return;
    }
    if (!this.inSysex && this.command < 0) return;
    this.data.push(value);
    if (this.inSysex || this.data.length < 2) return;
    const [a = 0, b = 0] = this.data;
    const high = this.command & 0xf0;
    if (this.command === REPORT_VERSION) {
      this.messages.push({ kind: 'version', major: a, minor: b });
    } else if (high === ANALOG_MESSAGE) {
      this.messages.push({ kind: 'analog', channel: this.command & 0x0f, value: a | (b << 7) });
    } else if (high === DIGITAL_MESSAGE) {
      this.messages.push({ kind: 'digital', port: this.command & 0x0f, value: a | (b << 7) });
    }
    this.command = -1;
    this.data = [];
  }
}

/** Name in a REPORT_FIRMWARE reply: major, minor, then the name as (LSB7, MSB7) pairs. */
export function firmwareName(data: readonly number[]): string {
  return String.fromCharCode(...decodePairs(data, 2, (data.length - 2) / 2));
}

/** Modes per pin from a CAPABILITY_RESPONSE body: pins[pin] = Map(mode -> resolution). */
export function parseCapabilities(data: readonly number[]): Map<number, number>[] {
  const pins: Map<number, number>[] = [new Map()];
  for (let i = 0; i < data.length; ) {
    const mode = data[i] ?? 0x7f;
    if (mode === 0x7f) {
      pins.push(new Map());
      i += 1;
    } else {
      pins[pins.length - 1]?.set(mode, data[i + 1] ?? 0);
      i += 2;
    }
  }
  pins.pop();
  return pins;
}
