/**
 * A byte-level STK500v2 bootloader fake (AVR068 subset, as the Arduino Mega 2560's
 * bootloader answers it), with faults to switch on. Like the real one it moves its address
 * on after each page it programs or reads.
 */
import { frameMessage, STK2 } from '../../../firmware-bridge/flash/stk500v2.ts';
import { FakeBootloader, type FakeBootloaderOptions } from './fake-bootloader.ts';

/** A received, well-framed message. */
export interface ReceivedMessage {
  seq: number;
  body: number[];
}

/** What to do to the answer of one command. */
export type AnswerFault = 'bad-checksum' | 'wrong-seq' | 'silence' | 'no-token';

const STATUS_CMD_FAILED = 0xc0;

export class FakeStk500v2 extends FakeBootloader {
  /** Every well-framed message, in order. */
  readonly messages: ReceivedMessage[] = [];
  /** Messages dropped for a bad checksum or TOKEN. */
  badFrames = 0;
  /** SIGN_ONs to ignore after each reset (the bootloader is still starting). */
  ignoreSignOns = 0;
  /** Faults for the Nth message (1-based, counted over all messages) with this command id. */
  readonly faults: { command: number; nth: number; fault: AnswerFault }[] = [];
  /** The LOAD_ADDRESS values, 32 bits as sent (bit 31 included). */
  readonly loadAddresses: number[] = [];
  private byteAddress = 0;
  private programming = false;
  private ignoredSignOns = 0;
  private readonly counts = new Map<number, number>();

  constructor(options: FakeBootloaderOptions = {}) {
    super(options, { signature: [0x1e, 0x98, 0x01], flashBytes: 0x40000 });
  }

  /** Answers the `nth` message with command id `command` (1-based) with `fault`. */
  fault(command: number, nth: number, fault: AnswerFault): void {
    this.faults.push({ command, nth, fault });
  }

  protected restart(): void {
    this.byteAddress = 0;
    this.programming = false;
    this.ignoredSignOns = 0;
  }

  protected answerInput(reply: (bytes: readonly number[]) => void): void {
    for (;;) {
      const start = this.input.indexOf(STK2.MESSAGE_START);
      if (start < 0) {
        this.input = [];
        return;
      }
      this.input.splice(0, start);
      if (this.input.length < 5) return;
      const size = ((this.input[2] ?? 0) << 8) | (this.input[3] ?? 0);
      if (this.input.length < 6 + size) return;
      const frame = this.input.splice(0, 6 + size);
      const seq = frame[1] ?? 0;
      const body = frame.slice(5, 5 + size);
      if (frame[4] !== STK2.TOKEN || frameMessage(seq, body).at(-1) !== frame.at(-1)) {
        this.badFrames += 1;
        continue;
      }
      this.messages.push({ seq, body });
      const answer = this.answer(body);
      if (answer) this.send(seq, body[0] ?? 0, answer, reply);
    }
  }

  private send(
    seq: number,
    command: number,
    answer: number[],
    reply: (bytes: readonly number[]) => void,
  ): void {
    const count = (this.counts.get(command) ?? 0) + 1;
    this.counts.set(command, count);
    const fault = this.faults.find((f) => f.command === command && f.nth === count)?.fault;
    if (fault === 'silence') return;
    const frame = frameMessage(fault === 'wrong-seq' ? (seq + 7) & 0xff : seq, answer);
    if (fault === 'bad-checksum') frame[frame.length - 1] = (frame.at(-1) ?? 0) ^ 0xff;
    if (fault === 'no-token') frame[4] = 0x00;
    reply(frame);
  }

  private answer(body: number[]): number[] | null {
    const command = body[0] ?? 0;
    const ok = (...data: number[]) => [command, STK2.STATUS_CMD_OK, ...data];
    switch (command) {
      case STK2.CMD_SIGN_ON: {
        if (this.ignoredSignOns < this.ignoreSignOns) {
          this.ignoredSignOns += 1;
          return null;
        }
        const name = [...Buffer.from('AVRISP_2')];
        return ok(name.length, ...name);
      }
      case STK2.CMD_ENTER_PROGMODE_ISP:
        this.programming = true;
        return ok();
      case STK2.CMD_LEAVE_PROGMODE_ISP:
        this.programming = false;
        return ok();
      case STK2.CMD_READ_SIGNATURE_ISP:
        return ok(this.signature[body[4] ?? 0] ?? 0, STK2.STATUS_CMD_OK);
      case STK2.CMD_LOAD_ADDRESS: {
        const value =
          (((body[1] ?? 0) << 24) |
            ((body[2] ?? 0) << 16) |
            ((body[3] ?? 0) << 8) |
            (body[4] ?? 0)) >>>
          0;
        this.loadAddresses.push(value);
        this.byteAddress = (value & 0x7fffffff) * 2;
        return ok();
      }
      case STK2.CMD_PROGRAM_FLASH_ISP: {
        if (!this.programming) return [command, STATUS_CMD_FAILED];
        const length = ((body[1] ?? 0) << 8) | (body[2] ?? 0);
        const data = body.slice(10, 10 + length);
        this.writePage(this.byteAddress, data);
        this.byteAddress += length;
        return ok();
      }
      case STK2.CMD_READ_FLASH_ISP: {
        const length = ((body[1] ?? 0) << 8) | (body[2] ?? 0);
        const start = this.byteAddress;
        this.byteAddress += length;
        return ok(...this.flash.subarray(start, start + length), STK2.STATUS_CMD_OK);
      }
      default:
        return [command, STATUS_CMD_FAILED];
    }
  }
}
