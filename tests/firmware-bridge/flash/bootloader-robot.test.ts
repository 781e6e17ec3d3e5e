import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EmulatedRobot } from '../../../firmware-bridge/emulator/emulated-robot.ts';
import { EmulatorClock } from '../../../firmware-bridge/emulator/emulator-clock.ts';
import { committedFirmware } from '../../../firmware-bridge/flash/committed-firmware.ts';
import { flashRobot } from '../../../firmware-bridge/flash/flash-robot.ts';
import { Transport } from '../../../firmware-bridge/transport/transport.ts';
import { getKit } from '../../../robot/index.ts';
import { parseWorld, World } from '../../../simulator/world/index.ts';
import { OPTIBOOT_HEX_PATH } from './bootloader-board.ts';
import { buildOptiboot } from './optiboot-build.ts';

/*
 * The board behind the web app's fake USB robot that gets flashed (emulator-worker.ts with
 * a bootloader): an EmulatedRobot whose MCU has optiboot and no firmware. A student first
 * tries to connect (johnny-five at 57600 baud: optiboot hears nonsense, gives up and runs
 * the erased flash), then flashes it. What that left in the I/O registers must not reach
 * the new firmware: a reset restores them, as the chip's does.
 */
const toolchain = existsSync('/usr/bin/avr-gcc') && existsSync(OPTIBOOT_HEX_PATH);
if (!toolchain && process.env.CI === 'true') throw new Error('gcc-avr is needed for optiboot');

/** A serial line to the robot at `baud`: opening it resets the MCU; other speeds garble. */
function lineTo(robot: EmulatedRobot) {
  let hostBaud = 0;
  const garble = (byte: number) => (robot.board.speaksAt(hostBaud) ? byte : byte ^ 0x5a);
  class Line extends Transport {
    readonly description = 'emulated uno';
    constructor(private readonly baud: number) {
      super();
    }
    protected async openLink(): Promise<void> {
      hostBaud = this.baud;
      robot.reset();
      robot.onSerialOut = (byte) => this.received(Buffer.from([garble(byte)]));
    }
    protected writeLink(data: Buffer, callback?: (error?: Error | null) => void): void {
      robot.sendFromHost([...data].map(garble));
      callback?.(null);
    }
    protected async closeLink(): Promise<void> {
      robot.onSerialOut = null;
    }
  }
  return { open: (baud: number) => new Line(baud) };
}

describe.skipIf(!toolchain)('an emulated robot with only optiboot', () => {
  it('is flashed after failed connections, and then its firmware answers with the name', async () => {
    const world = new World(
      parseWorld({ size: { width: 300, height: 300 }, start: { x: 150, y: 150 } }, 'flat.json'),
      { seed: 1, realism: 'ideal' },
    );
    const robot = new EmulatedRobot({
      kit: getKit('l298n-2wd'),
      world,
      hex: buildOptiboot(),
      bootByteAddress: 0x7e00,
    });
    const line = lineTo(robot);
    for (let attempt = 0; attempt < 2; attempt++) {
      const j5 = line.open(57600);
      await j5.open();
      for (let ms = 0; ms < 3000; ms++) {
        // REPORT_VERSION and a firmware query, as firmata-io asks.
        if (ms % 500 === 0) j5.write(Buffer.from([0xf9, 0xf0, 0x79, 0xf7]));
        robot.stepMs();
      }
      await j5.close();
    }

    const clock = new EmulatorClock();
    let settled = false;
    const flashing = flashRobot(
      'emulated uno',
      { openPort: (_path, baud) => line.open(baud), clock },
      {
        board: 'uno',
        name: 'Sen',
        kitId: 'mbot',
        firmwareHex: committedFirmware,
      },
    ).finally(() => {
      settled = true;
    });
    const start = robot.elapsedMs;
    while (!settled) {
      robot.stepMs();
      clock.advanceTo(robot.elapsedMs - start);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const report = await flashing;
    expect(report.flash).toMatchObject({ bootloader: 'uno', signature: '1e950f', resyncs: 0 });
    expect(report.firmware).toBe('MekongFirmata 0.1');
    expect(report.identity).toEqual({ name: 'Sen', kitId: 'mbot' });
  }, 120_000);
});
