import { describe, expect, it } from 'vitest';
import { wallClock } from '../../../firmware-bridge/bridge/clock.ts';
import { connectRobot } from '../../../firmware-bridge/bridge/connect-robot.ts';
import { EmulatorClock } from '../../../firmware-bridge/emulator/emulator-clock.ts';
import { SerialTransport } from '../../../firmware-bridge/transport/serial-transport.ts';
import { getKit } from '../../../robot/index.ts';
import { rejection } from '../../robot/thrown.ts';
import { ScriptedBoard } from '../helpers.ts';

const kit = getKit('l298n-2wd');
const now = () => performance.now();

/** "Hello from Arduino\r\n", printed every 100 ms by a sketch that knows no Firmata. */
const HELLO = [...Buffer.from('Hello from Arduino\r\n')];

/** StandardFirmata 2.5 announcing itself (version, then firmware name as 7-bit pairs). */
const STANDARD_FIRMATA = [
  0xf9,
  2,
  5,
  0xf0,
  0x79,
  2,
  5,
  ...[...Buffer.from('StandardFirmata.ino')].flatMap((b) => [b & 0x7f, b >> 7]),
  0xf7,
];

describe('connecting to a board that cannot work', () => {
  it('a silent board and a board printing text each get NO_FIRMATA naming the flash command within 5 s', async () => {
    const started = now();
    const [silent, printing] = await Promise.all([
      rejection(
        connectRobot({
          kit,
          clock: wallClock(now),
          transport: new ScriptedBoard('/dev/ttyUSB0', {}),
        }),
      ),
      rejection(
        connectRobot({
          kit,
          clock: wallClock(now),
          transport: new ScriptedBoard('/dev/ttyUSB1', { repeat: { bytes: HELLO, everyMs: 100 } }),
        }),
      ),
    ]);
    const elapsed = now() - started;
    expect(elapsed).toBeLessThan(5000);
    expect(silent.code).toBe('NO_FIRMATA');
    expect(silent.message).toContain('it sent nothing');
    expect(silent.suggestion).toContain('mekong flash --port /dev/ttyUSB0 --kit l298n-2wd');
    expect(printing.code).toBe('NO_FIRMATA');
    expect(printing.message).toContain('"Hello from Arduino"');
    expect(printing.suggestion).toContain('mekong flash --port /dev/ttyUSB1 --kit l298n-2wd');
    for (const lang of ['vi', 'lo'] as const) {
      expect(silent.text(lang).suggestion).toContain('mekong flash --port /dev/ttyUSB0');
      expect(silent.text(lang).message).not.toBe(silent.message);
    }
  });

  it('asks a board that did not announce itself (no reset on open) for its version', async () => {
    const clock = new EmulatorClock();
    const board = new ScriptedBoard('/dev/ttyUSB2', {
      answer: (bytes) => (bytes.includes(0xf9) ? STANDARD_FIRMATA : []),
    });
    const pending = rejection(connectRobot({ kit, clock, transport: board }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(board.written).toEqual([]);
    clock.advanceTo(1500);
    const error = await pending;
    expect(board.written.slice(0, 1)).toEqual([0xf9]);
    expect(error.code).toBe('WRONG_FIRMWARE');
  });

  it('StandardFirmata gets WRONG_FIRMWARE naming what runs and the flash command', async () => {
    const board = new ScriptedBoard('COM3', { boot: STANDARD_FIRMATA });
    const error = await rejection(connectRobot({ kit, clock: wallClock(now), transport: board }));
    expect(error.code).toBe('WRONG_FIRMWARE');
    expect(error.params.found).toBe('StandardFirmata.ino 2.5');
    expect(error.message).toContain(
      '"StandardFirmata.ino 2.5", not the Mekong firmware ("MekongFirmata")',
    );
    expect(error.suggestion).toContain('mekong flash --port COM3 --kit l298n-2wd');
    expect(board.isOpen).toBe(false);
  });

  it('a port that does not exist gets PORT_UNAVAILABLE', async () => {
    const error = await rejection(
      connectRobot({
        kit,
        clock: wallClock(now),
        transport: new SerialTransport('/dev/ttyMekongNone'),
      }),
    );
    expect(error.code).toBe('PORT_UNAVAILABLE');
    expect(error.message).toBe('Cannot open /dev/ttyMekongNone: there is no such port.');
    expect(error.suggestion).toContain('mekong list');
  });
});
