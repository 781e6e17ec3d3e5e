import { describe, expect } from 'vitest';
import {
  ANALOG_MAPPING_QUERY,
  ANALOG_MAPPING_RESPONSE,
  CAPABILITY_QUERY,
  CAPABILITY_RESPONSE,
  firmwareName,
  MODE_ANALOG,
  MODE_INPUT,
  MODE_OUTPUT,
  MODE_PING,
  MODE_PULLUP,
  MODE_PWM,
  MODE_SERVO,
  parseCapabilities,
  REPORT_FIRMWARE,
  REPORT_VERSION,
  sysex,
} from '../../../firmware-bridge/protocol/firmata-stream.ts';
import { it } from './firmware-test.ts';

describe('handshake (what firmata-io waits for)', () => {
  it('announces F9 2 5 then REPORT_FIRMWARE 0.1 "MekongFirmata" at 57600 baud', ({ host }) => {
    const [version, firmware] = host.messages;
    expect(version).toEqual({ kind: 'version', major: 2, minor: 5 });
    expect(firmware).toMatchObject({ kind: 'sysex', command: REPORT_FIRMWARE });
    // The very first bytes on the wire, byte for byte.
    expect(host.board.received.slice(0, 7)).toEqual([0xf9, 0x02, 0x05, 0xf0, 0x79, 0x00, 0x01]);
    expect(firmware?.kind === 'sysex' && firmwareName(firmware.data)).toBe('MekongFirmata');
    // The Arduino core runs 57600 at 16 MHz without U2X (UBRR 16): 58823 baud, +2.1 %,
    // as every Uno sketch at 57600 does; USB-serial chips accept it.
    expect(host.board.baudRate).toBe(58823);
  });

  it('answers REPORT_VERSION and QUERY_FIRMWARE', ({ host }) => {
    host.mark();
    host.send([REPORT_VERSION]);
    expect(host.waitFor((m) => m.kind === 'version', 50)).toEqual({
      kind: 'version',
      major: 2,
      minor: 5,
    });
    host.send(sysex(REPORT_FIRMWARE));
    const data = host.waitForSysex(REPORT_FIRMWARE, 50);
    expect(data?.slice(0, 2)).toEqual([0, 1]);
    expect(data && firmwareName(data)).toBe('MekongFirmata');
  });

  it('advertises modes per pin, with PING (0x75) on every digital pin', ({ host }) => {
    host.send(sysex(CAPABILITY_QUERY));
    const data = host.waitForSysex(CAPABILITY_RESPONSE, 200);
    expect(data).toBeDefined();
    const pins = parseCapabilities(data ?? []);
    expect(pins).toHaveLength(22); // D0..D13, A0..A5, A6/A7 analog-only
    // Serial RX/TX carry the host link: no modes.
    expect(pins[0]?.size).toBe(0);
    expect(pins[1]?.size).toBe(0);
    for (let pin = 2; pin <= 19; pin++) {
      const modes = pins[pin];
      expect(modes?.get(MODE_INPUT), `pin ${pin} INPUT`).toBe(1);
      expect(modes?.get(MODE_OUTPUT), `pin ${pin} OUTPUT`).toBe(1);
      expect(modes?.get(MODE_PULLUP), `pin ${pin} PULLUP`).toBe(1);
      expect(modes?.get(MODE_SERVO), `pin ${pin} SERVO`).toBe(14);
      expect(modes?.get(MODE_PING), `pin ${pin} PING`).toBe(1);
      const pwm = [3, 5, 6, 9, 10, 11].includes(pin);
      expect(modes?.get(MODE_PWM), `pin ${pin} PWM`).toBe(pwm ? 8 : undefined);
      expect(modes?.get(MODE_ANALOG), `pin ${pin} ANALOG`).toBe(pin >= 14 ? 10 : undefined);
    }
    for (const pin of [20, 21]) {
      expect([...(pins[pin]?.entries() ?? [])]).toEqual([[MODE_ANALOG, 10]]);
    }
  });

  it('maps A0..A7 to analog channels 0..7', ({ host }) => {
    host.send(sysex(ANALOG_MAPPING_QUERY));
    const data = host.waitForSysex(ANALOG_MAPPING_RESPONSE, 100);
    const expected = [...Array(14).fill(0x7f), 0, 1, 2, 3, 4, 5, 6, 7];
    expect(data).toEqual(expected);
  });
});
