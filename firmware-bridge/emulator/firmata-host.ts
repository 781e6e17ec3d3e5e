/**
 * A test host talking Firmata to the emulated board: boots it, sends bytes and waits,
 * in emulated time, for the firmware's replies.
 */
import {
  type FirmataMessage,
  FirmataStreamParser,
  REPORT_FIRMWARE,
} from '../protocol/firmata-stream.ts';
import { type BoardDefinition, UNO } from './avr-boards.ts';
import { EmulatedBoard } from './avr-harness.ts';
import { firmwareHex } from './firmware-hex.ts';

export interface BootOptions {
  /** Default: UNO. The matching committed hex is loaded. */
  readonly board?: BoardDefinition;
  /** EEPROM contents to start from (and keep writing to). Default: erased. */
  readonly eeprom?: Uint8Array;
  /** Count the timers tick by tick (see EmulatedBoardOptions). Default: only where needed. */
  readonly countEveryTick?: boolean;
}

export class FirmataHost {
  private readonly parser = new FirmataStreamParser();
  private parsedBytes = 0;
  private seen = 0;

  constructor(readonly board: EmulatedBoard) {}

  /** A board running the committed firmware, run until its boot announcement is complete. */
  static boot(options: BootOptions = {}): FirmataHost {
    const board = options.board ?? UNO;
    const hex = firmwareHex(board);
    const host = new FirmataHost(
      new EmulatedBoard({
        hex,
        board,
        eeprom: options.eeprom,
        countEveryTick: options.countEveryTick,
      }),
    );
    const announced = host.waitFor((m) => m.kind === 'sysex' && m.command === REPORT_FIRMWARE, 500);
    if (!announced) throw new Error('firmware did not announce itself within 500 ms');
    return host;
  }

  /** Every message the firmware has sent so far. */
  get messages(): readonly FirmataMessage[] {
    this.parseNew();
    return this.parser.messages;
  }

  /** Messages after the last mark(). */
  get fresh(): readonly FirmataMessage[] {
    return this.messages.slice(this.seen);
  }

  /** Later waitFor() calls only look at messages that arrive after this point. */
  mark(): void {
    this.seen = this.messages.length;
  }

  send(bytes: readonly number[]): void {
    this.board.send(bytes);
  }

  /**
   * Runs until a message after the mark matches, or `timeoutMs` of emulated time passes.
   * A match moves the mark past it.
   */
  waitFor(match: (m: FirmataMessage) => boolean, timeoutMs: number): FirmataMessage | undefined {
    let found: FirmataMessage | undefined;
    this.board.runUntil(() => {
      const messages = this.messages;
      for (let i = this.seen; i < messages.length; i++) {
        const message = messages[i];
        if (message && match(message)) {
          found = message;
          this.seen = i + 1;
          return true;
        }
      }
      return false;
    }, timeoutMs);
    return found;
  }

  /** Waits for a sysex reply with `command` and returns its data bytes (after the command). */
  waitForSysex(command: number, timeoutMs: number): readonly number[] | undefined {
    const message = this.waitFor((m) => m.kind === 'sysex' && m.command === command, timeoutMs);
    return message?.kind === 'sysex' ? message.data : undefined;
  }

  private parseNew(): void {
    const received = this.board.received;
    for (; this.parsedBytes < received.length; this.parsedBytes++) {
      this.parser.feed(received[this.parsedBytes] ?? 0);
    }
  }
}
