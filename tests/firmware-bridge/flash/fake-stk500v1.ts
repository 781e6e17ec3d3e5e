/**
 * A byte-level STK500v1 bootloader fake (AVR061 subset, as optiboot and the old
 * ATmegaBOOT answer it), with faults to switch on.
 */
import { STK } from '../../../firmware-bridge/flash/stk500v1.ts';
import { FakeBootloader, type FakeBootloaderOptions } from './fake-bootloader.ts';

export interface FakeStk500v1Options extends FakeBootloaderOptions {
  /** false: answers READ_SIGN with STK_UNKNOWN (signature only through UNIVERSAL). */
  readSign?: boolean;
}

export class FakeStk500v1 extends FakeBootloader {
  /** Command bytes of every complete command, in order. */
  readonly commands: number[] = [];
  /** GET_SYNCs to ignore after each reset (the bootloader is still starting). */
  ignoreSyncs = 0;
  /** Answer the Nth PROG_PAGE from now (1-based) with STK_NOSYNC instead of writing. */
  nosyncOnProgPage = 0;
  /** Called after each PROG_PAGE with the count so far (to pull the cable in a test). */
  onPageWritten: ((count: number) => void) | null = null;
  private wordAddress = 0;
  private ignoredSyncs = 0;
  private readonly readSign: boolean;

  constructor(options: FakeStk500v1Options = {}) {
    super(options, { signature: [0x1e, 0x95, 0x0f], flashBytes: 0x8000 });
    this.readSign = options.readSign ?? true;
  }

  protected restart(): void {
    this.wordAddress = 0;
    this.ignoredSyncs = 0;
  }

  protected answerInput(reply: (bytes: readonly number[]) => void): void {
    for (;;) {
      const length = this.commandLength();
      if (length === null || this.input.length < length) return;
      const command = this.input.splice(0, length);
      this.commands.push(command[0] ?? 0);
      if (command.at(-1) !== STK.CRC_EOP) {
        reply([STK.NOSYNC]);
        continue;
      }
      const answer = this.answer(command);
      if (answer) reply(answer);
    }
  }

  /** Length of the command at the head of the input, CRC_EOP included; null: not known yet. */
  private commandLength(): number | null {
    const op = this.input[0];
    if (op === undefined) return null;
    if (op === STK.LOAD_ADDRESS) return 4;
    if (op === STK.UNIVERSAL) return 6;
    if (op === STK.READ_PAGE) return 5;
    if (op === STK.PROG_PAGE) {
      if (this.input.length < 3) return null;
      return 5 + (((this.input[1] ?? 0) << 8) | (this.input[2] ?? 0));
    }
    return 2;
  }

  private answer(command: number[]): number[] | null {
    const ok = (...data: number[]) => [STK.INSYNC, ...data, STK.OK];
    const op = command[0];
    if (op === STK.GET_SYNC) {
      if (this.ignoredSyncs < this.ignoreSyncs) {
        this.ignoredSyncs += 1;
        return null;
      }
      return ok();
    }
    if (op === STK.ENTER_PROGMODE || op === STK.LEAVE_PROGMODE) return ok();
    if (op === STK.READ_SIGN) return this.readSign ? ok(...this.signature) : [STK.UNKNOWN];
    if (op === STK.UNIVERSAL) {
      if (command[1] === 0x30) return ok(this.signature[command[3] ?? 0] ?? 0);
      return ok(0);
    }
    if (op === STK.LOAD_ADDRESS) {
      this.wordAddress = (command[1] ?? 0) | ((command[2] ?? 0) << 8);
      return ok();
    }
    const start = this.wordAddress * 2;
    if (op === STK.PROG_PAGE) {
      if (this.nosyncOnProgPage > 0 && --this.nosyncOnProgPage === 0) return [STK.NOSYNC];
      this.writePage(start, command.slice(4, -1));
      const answer = ok();
      queueMicrotask(() => this.onPageWritten?.(this.pagesWritten));
      return answer;
    }
    if (op === STK.READ_PAGE) {
      const length = ((command[1] ?? 0) << 8) | (command[2] ?? 0);
      return ok(...this.flash.subarray(start, start + length));
    }
    return [STK.UNKNOWN];
  }
}
