/**
 * STK500 version 2 client for the Arduino Mega 2560's bootloader, written from Atmel's
 * AVR068 application note. Every message is framed:
 * MESSAGE_START (1B), sequence number, body size (2 bytes, big-endian), TOKEN (0E), body,
 * checksum (XOR of every byte before it). The answer repeats the sequence number; its body
 * starts with the command id and a status (00 = STATUS_CMD_OK).
 *
 * The bootloader moves its address on after every page it programs or reads, so a page
 * command whose answer went wrong is repeated together with its LOAD_ADDRESS: repeating it
 * alone would write (or read) the next page.
 */
import type { ByteReader } from './byte-reader.ts';
import type { Programmer, ProgrammerTiming } from './programmer.ts';
import { hexBytes, OutOfSync, programmerTiming, retryOutOfSync } from './programmer.ts';

/** AVR068 constants. */
export const STK2 = {
  MESSAGE_START: 0x1b,
  TOKEN: 0x0e,
  STATUS_CMD_OK: 0x00,
  CMD_SIGN_ON: 0x01,
  CMD_LOAD_ADDRESS: 0x06,
  CMD_ENTER_PROGMODE_ISP: 0x10,
  CMD_LEAVE_PROGMODE_ISP: 0x11,
  CMD_PROGRAM_FLASH_ISP: 0x13,
  CMD_READ_FLASH_ISP: 0x14,
  CMD_READ_SIGNATURE_ISP: 0x1b,
} as const;

/** ISP instructions of the ATmega datasheets ("Serial Programming Instruction Set"). */
const ISP = {
  PROGRAMMING_ENABLE: [0xac, 0x53, 0x00, 0x00],
  LOAD_PAGE_LOW: 0x40,
  WRITE_PAGE: 0x4c,
  READ_FLASH_LOW: 0x20,
  READ_SIGNATURE: 0x30,
} as const;

/** PROGRAM_FLASH_ISP mode: page mode (bit 0), RDY/BSY polling (bit 6), write the page (bit 7). */
const PAGE_MODE = 0xc1;

/**
 * LOAD_ADDRESS bit 31: the part has more than 64 KiB of flash, so the bootloader must also
 * set the extended address byte (the ATmega2560's RAMPZ / "Load Extended Address").
 */
const EXTENDED_ADDRESS = 0x80000000;

export interface Stk500v2Options extends Partial<ProgrammerTiming> {
  /** Set LOAD_ADDRESS bit 31: true for chips with more than 64 KiB of flash. Default false. */
  extendedAddress?: boolean;
}

/** Frames `body` with sequence number `seq` (AVR068 message format). */
export function frameMessage(seq: number, body: readonly number[]): number[] {
  const message = [
    STK2.MESSAGE_START,
    seq & 0xff,
    (body.length >> 8) & 0xff,
    body.length & 0xff,
    STK2.TOKEN,
    ...body,
  ];
  return [...message, message.reduce((x, b) => x ^ b, 0)];
}

export class Stk500v2 implements Programmer {
  /** Commands repeated after a bad answer. */
  resyncs = 0;
  /** The bootloader's SIGN_ON name, e.g. "AVRISP_2". */
  signOn = '';
  private seq = 0;
  private readonly timing: ProgrammerTiming;
  private readonly extendedAddress: boolean;

  constructor(
    private readonly link: ByteReader,
    options: Stk500v2Options = {},
  ) {
    this.timing = programmerTiming(options);
    this.extendedAddress = options.extendedAddress ?? false;
  }

  async sync(): Promise<boolean> {
    for (let attempt = 0; attempt < this.timing.syncAttempts; attempt++) {
      try {
        const answer = await this.transact([STK2.CMD_SIGN_ON], this.timing.syncTimeoutMs);
        const length = answer[2] ?? 0;
        this.signOn = String.fromCharCode(...answer.slice(3, 3 + length));
        return true;
      } catch (error) {
        if (!(error instanceof OutOfSync)) throw error;
      }
    }
    return false;
  }

  async enter(): Promise<void> {
    // timeout 200 ms, stabDelay 100, cmdexeDelay 25, synchLoops 32, byteDelay 0,
    // pollValue 0x53 at pollIndex 3, then the ISP "Programming Enable" instruction.
    await this.retriedCommand([
      STK2.CMD_ENTER_PROGMODE_ISP,
      200,
      100,
      25,
      32,
      0,
      0x53,
      3,
      ...ISP.PROGRAMMING_ENABLE,
    ]);
  }

  async readSignature(): Promise<number[]> {
    const signature: number[] = [];
    for (let index = 0; index < 3; index++) {
      const answer = await this.retriedCommand([
        STK2.CMD_READ_SIGNATURE_ISP,
        4,
        ISP.READ_SIGNATURE,
        0x00,
        index,
        0x00,
      ]);
      signature.push(answer[2] ?? 0);
    }
    return signature;
  }

  async writePage(address: number, data: Uint8Array): Promise<void> {
    await this.retried(async () => {
      await this.loadAddress(address);
      await this.transact(
        [
          STK2.CMD_PROGRAM_FLASH_ISP,
          data.length >> 8,
          data.length & 0xff,
          PAGE_MODE,
          10,
          ISP.LOAD_PAGE_LOW,
          ISP.WRITE_PAGE,
          ISP.READ_FLASH_LOW,
          0x00,
          0x00,
          ...data,
        ],
        this.timing.replyTimeoutMs,
      );
    });
  }

  async readPage(address: number, length: number): Promise<Uint8Array> {
    return this.retried(async () => {
      await this.loadAddress(address);
      const answer = await this.transact(
        [STK2.CMD_READ_FLASH_ISP, length >> 8, length & 0xff, ISP.READ_FLASH_LOW],
        this.timing.replyTimeoutMs,
      );
      // 14 00 data… 00: the data sits between the two status bytes.
      if (answer.length !== length + 3 || answer.at(-1) !== STK2.STATUS_CMD_OK) {
        throw new OutOfSync(`READ_FLASH_ISP answered ${answer.length - 3} bytes, not ${length}`);
      }
      return Uint8Array.from(answer.slice(2, 2 + length));
    });
  }

  async leave(): Promise<void> {
    await this.retriedCommand([STK2.CMD_LEAVE_PROGMODE_ISP, 1, 1]);
  }

  /** LOAD_ADDRESS takes a word address, big-endian. */
  private async loadAddress(byteAddress: number): Promise<void> {
    const word = ((byteAddress >>> 1) | (this.extendedAddress ? EXTENDED_ADDRESS : 0)) >>> 0;
    await this.transact(
      [
        STK2.CMD_LOAD_ADDRESS,
        (word >>> 24) & 0xff,
        (word >>> 16) & 0xff,
        (word >>> 8) & 0xff,
        word & 0xff,
      ],
      this.timing.replyTimeoutMs,
    );
  }

  private retriedCommand(body: readonly number[]): Promise<number[]> {
    return this.retried(() => this.transact(body, this.timing.replyTimeoutMs));
  }

  /** Runs `step`, repeating it when an answer goes wrong (a lost, cut or garbled message). */
  private retried<T>(step: () => Promise<T>): Promise<T> {
    return retryOutOfSync(this.timing.retries, step, async () => {
      this.resyncs += 1;
      return true;
    });
  }

  /** Sends one message and returns the answer's body (command id, status, data). */
  private async transact(body: readonly number[], timeoutMs: number): Promise<number[]> {
    this.seq = (this.seq + 1) & 0xff;
    const seq = this.seq;
    const command = body[0] ?? 0;
    this.link.drain();
    this.link.write(frameMessage(seq, body));
    const answer = await this.readMessage(timeoutMs);
    if (answer.seq !== seq) {
      throw new OutOfSync(`answer has sequence number ${answer.seq}, expected ${seq}`);
    }
    if (answer.body[0] !== command || answer.body[1] !== STK2.STATUS_CMD_OK) {
      throw new OutOfSync(
        `command ${hexBytes([command])} answered "${hexBytes(answer.body.slice(0, 2))}"`,
      );
    }
    return answer.body;
  }

  private async readMessage(timeoutMs: number): Promise<{ seq: number; body: number[] }> {
    const byte = async () => {
      const got = await this.link.read(1, timeoutMs);
      if (got === null) throw new OutOfSync('no answer in time');
      return got[0] ?? 0;
    };
    while ((await byte()) !== STK2.MESSAGE_START) {
      // Noise before the frame (a bootloader starting up): skip it.
    }
    const seq = await byte();
    const size = ((await byte()) << 8) | (await byte());
    if ((await byte()) !== STK2.TOKEN) throw new OutOfSync('answer without TOKEN');
    const rest = await this.link.read(size + 1, timeoutMs);
    if (rest === null) throw new OutOfSync('answer cut short');
    const body = rest.slice(0, size);
    const expected = frameMessage(seq, body).at(-1);
    if (rest[size] !== expected) throw new OutOfSync('answer checksum mismatch');
    return { seq, body };
  }
}
