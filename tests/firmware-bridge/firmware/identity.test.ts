import { describe, expect } from 'vitest';
import { createErasedEeprom } from '../../../firmware-bridge/emulator/avr-harness.ts';
import { FirmataHost } from '../../../firmware-bridge/emulator/firmata-host.ts';
import {
  bytePair,
  decodePairs,
  MEKONG_IDENTITY_READ,
  MEKONG_IDENTITY_WRITE,
  sysex,
} from '../../../firmware-bridge/protocol/firmata-stream.ts';
import { it } from './firmware-test.ts';

function writeIdentity(name: Uint8Array, kit: Uint8Array): number[] {
  return sysex(
    MEKONG_IDENTITY_WRITE,
    name.length,
    kit.length,
    ...[...name].flatMap(bytePair),
    ...[...kit].flatMap(bytePair),
  );
}

function decodeIdentity(data: readonly number[]) {
  const [valid = 0, nameLength = 0, kitLength = 0] = data;
  return {
    valid: valid === 1,
    name: Buffer.from(decodePairs(data, 3, nameLength)).toString('utf8'),
    kit: Buffer.from(decodePairs(data, 3 + 2 * nameLength, kitLength)).toString('utf8'),
  };
}

describe('identity in EEPROM', () => {
  it('reads as invalid on a blank EEPROM', ({ host }) => {
    host.send(sysex(MEKONG_IDENTITY_READ));
    expect(host.waitForSysex(MEKONG_IDENTITY_READ, 50)).toEqual([0, 0, 0]);
  });

  it('survives a power cycle: written on one CPU, read back on a new one', () => {
    const eeprom = createErasedEeprom();
    const first = FirmataHost.boot({ eeprom });
    const name = Buffer.from('Rồng Xanh 7', 'utf8'); // 11 characters, 13 bytes of UTF-8
    const kit = Buffer.from('mbot', 'utf8');
    first.send(writeIdentity(name, kit));
    const written = first.waitForSysex(MEKONG_IDENTITY_READ, 400);
    expect(written && decodeIdentity(written)).toEqual({
      valid: true,
      name: 'Rồng Xanh 7',
      kit: 'mbot',
    });
    expect(eeprom[0]).toBe(0x4d); // magic, written last
    expect(eeprom[2]).toBe(name.length);

    const second = FirmataHost.boot({ eeprom });
    second.send(sysex(MEKONG_IDENTITY_READ));
    const read = second.waitForSysex(MEKONG_IDENTITY_READ, 50);
    expect(read && decodeIdentity(read)).toEqual({ valid: true, name: 'Rồng Xanh 7', kit: 'mbot' });
  });

  it('refuses a name longer than 16 bytes and answers with the stored identity', () => {
    const eeprom = createErasedEeprom();
    const host = FirmataHost.boot({ eeprom });
    host.send(writeIdentity(Buffer.from('robot-1'), Buffer.from('l298n-2wd')));
    expect(host.waitForSysex(MEKONG_IDENTITY_READ, 400)).toBeDefined();
    host.send(writeIdentity(Buffer.from('a name that is far too long'), Buffer.from('x')));
    const reply = host.waitForSysex(MEKONG_IDENTITY_READ, 400);
    expect(reply && decodeIdentity(reply)).toEqual({
      valid: true,
      name: 'robot-1',
      kit: 'l298n-2wd',
    });
  });

  it('keeps answering the host while the EEPROM is being written', ({ host }) => {
    host.send(writeIdentity(Buffer.from('sixteen bytes!!!'), Buffer.from('sixteen bytes!!!')));
    host.send([0xf9]);
    host.waitFor((m) => m.kind === 'version', 20);
    const versionAt = host.board.timeMs;
    const reply = host.waitForSysex(MEKONG_IDENTITY_READ, 400);
    expect(reply && decodeIdentity(reply)).toMatchObject({ valid: true, name: 'sixteen bytes!!!' });
    // 37 EEPROM cycles of ~3.6 ms each came after the version reply.
    expect(host.board.timeMs - versionAt).toBeGreaterThan(100);
  });
});
