/**
 * A whole fake robot board for the flash verb: its bootloader (a protocol fake) answers
 * right after each reset at the bootloader's speed; at 57600 baud our firmware answers
 * REPORT_FIRMWARE and the identity sysex (05 write, 06 read) from a fake EEPROM. The
 * firmware answers only once something has been flashed, as on a blank chip.
 */
import {
  FirmataStreamParser,
  MEKONG_IDENTITY_READ,
  MEKONG_IDENTITY_WRITE,
  REPORT_FIRMWARE,
  sysex,
} from '../../../firmware-bridge/protocol/firmata-stream.ts';
import {
  MEKONG_BAUD,
  MEKONG_FIRMWARE_NAME,
} from '../../../firmware-bridge/protocol/mekong-sysex.ts';
import type { FakeDevice } from './fakes.ts';

export class FakeRobotBoard implements FakeDevice {
  /** The stored identity reply data after the 06 command byte (first byte 1 = present). */
  identityData: number[] = [0];
  private firmware = false;
  private parser = new FirmataStreamParser();
  private seen = 0;

  constructor(
    readonly bootloader: FakeDevice & { pagesWritten: number },
    /** Whether the board already runs our firmware before flashing. */
    flashed = false,
  ) {
    this.firmware = flashed;
  }

  reset(baud: number): void {
    this.bootloader.reset(baud);
    this.parser = new FirmataStreamParser();
    this.seen = 0;
    if (this.bootloader.pagesWritten > 0) this.firmware = true;
    this.atFirmwareSpeed = baud === MEKONG_BAUD;
  }

  private atFirmwareSpeed = false;

  receive(bytes: readonly number[], reply: (bytes: readonly number[]) => void): void {
    if (!this.atFirmwareSpeed || !this.firmware) {
      this.bootloader.receive(bytes, reply);
      return;
    }
    for (const byte of bytes) this.parser.feed(byte);
    for (const message of this.parser.messages.slice(this.seen)) {
      this.seen += 1;
      if (message.kind !== 'sysex') continue;
      if (message.command === REPORT_FIRMWARE) {
        const name = [...Buffer.from(MEKONG_FIRMWARE_NAME)].flatMap((c) => [c & 0x7f, c >> 7]);
        reply(sysex(REPORT_FIRMWARE, 0, 1, ...name));
      } else if (message.command === MEKONG_IDENTITY_WRITE) {
        this.identityData = [1, ...message.data];
        reply(sysex(MEKONG_IDENTITY_READ, ...this.identityData));
      } else if (message.command === MEKONG_IDENTITY_READ) {
        reply(sysex(MEKONG_IDENTITY_READ, ...this.identityData));
      }
    }
  }
}
