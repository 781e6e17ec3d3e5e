/**
 * What the STK500v1 and STK500v2 bootloader fakes share: a flash that keeps its contents
 * across resets, one speed the bootloader listens at, a worn cell, and the bytes received
 * but not yet read as a command.
 */
import type { FakeDevice } from './fakes.ts';

export interface FakeBootloaderOptions {
  /** Speed the bootloader listens at; bytes at another speed never reach it. */
  baud?: number;
  signature?: [number, number, number];
  flashBytes?: number;
}

export abstract class FakeBootloader implements FakeDevice {
  readonly flash: Uint8Array;
  /** Byte address that reads back with bit 0 flipped (a worn flash cell). */
  stuckAddress = -1;
  pagesWritten = 0;
  /** Bytes received and not yet read as a whole command. */
  protected input: number[] = [];
  protected readonly signature: [number, number, number];
  private listening = true;
  private readonly baud: number;

  constructor(
    options: FakeBootloaderOptions,
    chip: { signature: [number, number, number]; flashBytes: number },
  ) {
    this.baud = options.baud ?? 115200;
    this.signature = options.signature ?? chip.signature;
    this.flash = new Uint8Array(options.flashBytes ?? chip.flashBytes).fill(0xff);
  }

  reset(baud: number): void {
    this.input = [];
    this.listening = baud === this.baud;
    this.restart();
  }

  receive(bytes: readonly number[], reply: (bytes: readonly number[]) => void): void {
    if (!this.listening) return;
    this.input.push(...bytes);
    this.answerInput(reply);
  }

  /** Programs `data` at byte address `start` (the worn cell flips bit 0) and counts the page. */
  protected writePage(start: number, data: readonly number[]): void {
    this.flash.set(data, start);
    if (this.stuckAddress >= start && this.stuckAddress < start + data.length) {
      this.flash[this.stuckAddress] = (this.flash[this.stuckAddress] ?? 0) ^ 0x01;
    }
    this.pagesWritten += 1;
  }

  /** Forgets the state of the session the reset ended (addresses, programming mode). */
  protected abstract restart(): void;

  /** Answers every whole command at the head of `input`, taking it from there. */
  protected abstract answerInput(reply: (bytes: readonly number[]) => void): void;
}
