import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decodeIdentity,
  identityWriteMessage,
  toneMessage,
} from '../../../firmware-bridge/protocol/mekong-sysex.ts';
import { guessBoard as guessPhrase, robotPorts } from '../../../firmware-bridge/transport/ports.ts';
import { type CodedText, localize, type PhraseCode } from '../../../robot/index.ts';

const shown = (guess: CodedText<PhraseCode>, lang: 'en' | 'vi' | 'lo' = 'en') =>
  localize('{guess}', { guess }, lang);
const guessBoard = (vendorId: string, productId: string) => {
  const guess = guessPhrase(vendorId, productId);
  return guess && shown(guess);
};

describe('finding robots among serial ports', () => {
  it('guesses the board from USB vendor and product ids', () => {
    expect(guessBoard('2341', '0043')).toMatch(/^Arduino/);
    expect(guessBoard('2A03', '0042')).toMatch(/^Arduino/);
    expect(guessBoard('1a86', '7523')).toMatch(/^CH340/);
    expect(guessBoard('0403', '6001')).toMatch(/^FTDI/);
    expect(guessBoard('10c4', 'ea60')).toMatch(/^CP210x/);
    expect(guessBoard('1a86', '5523')).toBeNull();
  });

  it('leaves out built-in ports and sorts the rest', () => {
    const ports = robotPorts([
      { path: '/dev/ttyS0' },
      { path: '/dev/ttyS1', vendorId: '8086', productId: '0001' },
      { path: '/dev/ttyUSB1', vendorId: '0403', productId: '6001' },
      { path: '/dev/ttyACM0', vendorId: '9999', productId: '0001' },
    ]);
    expect(ports.map((p) => [p.path, shown(p.guess)])).toEqual([
      ['/dev/ttyACM0', 'unknown USB serial device'],
      ['/dev/ttyUSB1', 'FTDI FT232 USB-serial (older Nano)'],
    ]);
    expect(ports.map((p) => shown(p.guess, 'vi'))).toEqual([
      'thiết bị USB nối tiếp không rõ loại',
      'FTDI FT232 USB-serial (Nano đời cũ)',
    ]);
    expect(shown(ports[0]?.guess as CodedText<PhraseCode>, 'lo')).toMatch(/[\u0E80-\u0EFF]/);
  });
});

describe('Mekong sysex messages', () => {
  it('builds a beep as PROTOCOL.md shows it', () => {
    expect(toneMessage(8, 440, 200)).toEqual([0x01, 0x08, 0x38, 0x03, 0x48, 0x01]);
  });

  it('round-trips an identity and cuts a long UTF-8 name at a whole character', () => {
    const message = identityWriteMessage({ name: 'Rồng Xanh 7 của lớp 6A', kitId: 'mbot' });
    const nameBytes = message[1] ?? 0;
    expect(nameBytes).toBeLessThanOrEqual(16);
    const reply = [1, ...message.slice(1)];
    const identity = decodeIdentity(reply);
    expect(identity?.kitId).toBe('mbot');
    expect('Rồng Xanh 7 của lớp 6A'.startsWith(identity?.name ?? '?')).toBe(true);
    expect(new TextEncoder().encode(identity?.name).length).toBe(nameBytes);
    expect(decodeIdentity([0, 0, 0])).toBeNull();
  });
});

describe('the serial port at the edge', () => {
  it('is imported by serial-transport.ts, and by what johnny-five requires as serialport', () => {
    const root = join(import.meta.dirname, '../../..');
    const importers: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        if (['node_modules', 'dist', 'build', '.git'].includes(name) || name.startsWith('.'))
          continue;
        const full = join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (
          /\.(ts|js|mjs|cjs)$/.test(name) &&
          /from ['"]serialport['"]|require\(['"]serialport['"]\)/.test(readFileSync(full, 'utf8'))
        )
          importers.push(relative(root, full));
      }
    };
    for (const folder of ['robot', 'simulator', 'firmware-bridge', 'lessons', 'cli', 'tests'])
      walk(join(root, folder));
    expect(importers.sort()).toEqual([
      join('firmware-bridge', 'transport', 'johnny-five-serialport', 'index.cjs'),
      join('firmware-bridge', 'transport', 'serial-transport.ts'),
    ]);
  });
});
