/**
 * STK500 version 1 client, the subset that optiboot (Uno, new Nano) and the old
 * ATmegaBOOT (old Nano) understand. Written from Atmel's AVR061 application note: every
 * command ends with CRC_EOP (0x20); the bootloader answers STK_INSYNC (0x14), the reply
 * data, then STK_OK (0x10).
 */
import type { ByteReader } from './byte-reader.ts';
import type { Programmer, ProgrammerTiming } from './programmer.ts';
import { hexBytes, OutOfSync, programmerTiming, retryOutOfSync } from './programmer.ts';

/** AVR061 command and reply bytes. */
export const STK = {
  OK: 0x10,
  FAILED: 0x11,
  UNKNOWN: 0x12,
  INSYNC: 0x14,
  NOSYNC: 0x15,
  CRC_EOP: 0x20,
  GET_SYNC: 0x30,
  ENTER_PROGMODE: 0x50,
  LEAVE_PROGMODE: 0x51,
  LOAD_ADDRESS: 0x55,
  UNIVERSAL: 0x56,
  PROG_PAGE: 0x64,
  READ_PAGE: 0x74,
  READ_SIGN: 0x75,
  /** Memory type of PROG_PAGE / READ_PAGE: flash. */
  MEMTYPE_FLASH: 0x46,
} as const;

export type Stk500v1Options = Partial<ProgrammerTiming>;

/** Quiet time after a first sync reply, so late answers to earlier attempts are dropped, ms. */
const SETTLE_MS = 10;

export class Stk500v1 implements Programmer {
  /** Commands repeated after losing sync, for tests and reports. */
  resyncs = 0;
  private readonly timing: ProgrammerTiming;

  constructor(
    private readonly link: ByteReader,
    options: Stk500v1Options = {},
  ) {
    this.timing = programmerTiming(options);
  }

  async sync(): Promise<boolean> {
    for (let attempt = 0; attempt < this.timing.syncAttempts; attempt++) {
      this.link.drain();
      this.link.write([STK.GET_SYNC, STK.CRC_EOP]);
      const reply = await this.link.read(2, this.timing.syncTimeoutMs);
      if (reply?.[0] !== STK.INSYNC || reply[1] !== STK.OK) continue;
      // Answers to earlier attempts may still be on their way: let them arrive, drop them,
      // and check once more on a quiet line.
      await this.link.settle(SETTLE_MS);
      this.link.write([STK.GET_SYNC, STK.CRC_EOP]);
      const again = await this.link.read(2, this.timing.syncTimeoutMs);
      if (again?.[0] === STK.INSYNC && again[1] === STK.OK) return true;
    }
    return false;
  }

  async enter(): Promise<void> {
    await this.retried(() => this.command([STK.ENTER_PROGMODE], 0));
  }

  async readSignature(): Promise<number[]> {
    return this.retried(async () => {
      this.link.drain();
      this.link.write([STK.READ_SIGN, STK.CRC_EOP]);
      const first = await this.link.read(1, this.timing.replyTimeoutMs);
      if (first?.[0] === STK.INSYNC) {
        return this.finishReply(3, [STK.READ_SIGN]);
      }
      if (first?.[0] !== STK.UNKNOWN) throw new OutOfSync(`READ_SIGN got ${describe(first)}`);
      // A bootloader without READ_SIGN: read the signature with universal commands
      // (the ISP instruction "Read Signature Byte": 30 00 index 00).
      const signature: number[] = [];
      for (let index = 0; index < 3; index++) {
        const [byte] = await this.command([STK.UNIVERSAL, 0x30, 0x00, index, 0x00], 1);
        signature.push(byte ?? 0);
      }
      return signature;
    });
  }

  async writePage(address: number, data: Uint8Array): Promise<void> {
    await this.retried(async () => {
      await this.loadAddress(address);
      const length = data.length;
      await this.command(
        [STK.PROG_PAGE, length >> 8, length & 0xff, STK.MEMTYPE_FLASH, ...data],
        0,
      );
    });
  }

  async readPage(address: number, length: number): Promise<Uint8Array> {
    return this.retried(async () => {
      await this.loadAddress(address);
      const data = await this.command(
        [STK.READ_PAGE, length >> 8, length & 0xff, STK.MEMTYPE_FLASH],
        length,
      );
      return Uint8Array.from(data);
    });
  }

  async leave(): Promise<void> {
    await this.retried(() => this.command([STK.LEAVE_PROGMODE], 0));
  }

  /** LOAD_ADDRESS takes a word address, low byte first. */
  private async loadAddress(byteAddress: number): Promise<void> {
    const word = byteAddress >> 1;
    await this.command([STK.LOAD_ADDRESS, word & 0xff, (word >> 8) & 0xff], 0);
  }

  /** Sends `body` + CRC_EOP; returns the `replyLength` data bytes between INSYNC and OK. */
  private async command(body: readonly number[], replyLength: number): Promise<number[]> {
    this.link.drain();
    this.link.write([...body, STK.CRC_EOP]);
    const first = await this.link.read(1, this.timing.replyTimeoutMs);
    if (first?.[0] !== STK.INSYNC) {
      throw new OutOfSync(`command ${hexBytes([body[0] ?? 0])} got ${describe(first)}`);
    }
    return this.finishReply(replyLength, body);
  }

  private async finishReply(replyLength: number, body: readonly number[]): Promise<number[]> {
    const rest = await this.link.read(replyLength + 1, this.timing.replyTimeoutMs);
    if (rest?.[replyLength] !== STK.OK) {
      throw new OutOfSync(`command ${hexBytes([body[0] ?? 0])} ended with ${describe(rest)}`);
    }
    return rest.slice(0, replyLength);
  }

  /** Runs `step`; when the bootloader falls out of step, re-syncs and runs it again. */
  private retried<T>(step: () => Promise<T>): Promise<T> {
    return retryOutOfSync(this.timing.retries, step, () => {
      this.resyncs += 1;
      return this.sync();
    });
  }
}

function describe(reply: readonly number[] | null): string {
  return reply === null ? 'no reply in time' : `"${hexBytes(reply)}"`;
}
