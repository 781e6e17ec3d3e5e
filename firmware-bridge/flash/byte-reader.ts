/**
 * Reads a bootloader's replies from a Transport: bytes are buffered as they arrive and
 * read with a timeout on the injected clock (wall clock for a real port, emulated time
 * for the emulated board).
 */
import { localize, type TextParam } from '../../robot/index.ts';
import type { Clock } from '../bridge/clock.ts';
import type { Transport } from '../transport/transport.ts';

/** The link closed while a reply was awaited (cable pulled, port vanished). */
export class LinkClosedError extends Error {
  constructor(readonly reason: TextParam) {
    super(`the link closed: ${localize('{reason}', { reason }, 'en')}`);
    this.name = 'LinkClosedError';
  }
}

export class ByteReader {
  private buffer: number[] = [];
  private waiter: (() => void) | null = null;
  private closedReason: TextParam | null = null;

  constructor(
    private readonly transport: Transport,
    private readonly clock: Clock,
  ) {
    transport.on('data', (data: Buffer) => {
      for (const byte of data) this.buffer.push(byte);
      this.waiter?.();
    });
    transport.on('close', (reason: TextParam) => {
      this.closedReason = reason;
      this.waiter?.();
    });
  }

  /** Bytes received and not yet read. */
  get available(): number {
    return this.buffer.length;
  }

  /** Drops every byte received so far (stale replies before a re-sync). */
  drain(): void {
    this.buffer = [];
  }

  /** Waits `ms`, then drops what arrived meanwhile. Throws LinkClosedError when the link closes. */
  async settle(ms: number): Promise<void> {
    await new Promise<void>((resolve) => this.clock.setTimer(ms, resolve));
    if (this.closedReason !== null) throw new LinkClosedError(this.closedReason);
    this.drain();
  }

  /** Sends bytes; throws LinkClosedError when the link is gone. */
  write(bytes: readonly number[]): void {
    if (this.closedReason !== null || !this.transport.isOpen) {
      throw new LinkClosedError(this.closedReason ?? this.transport.closeReason ?? 'closed');
    }
    this.transport.write(Buffer.from(bytes));
  }

  /**
   * The next `count` bytes, or null when they have not all arrived within `timeoutMs`.
   * Throws LinkClosedError when the link closes first.
   */
  async read(count: number, timeoutMs: number): Promise<number[] | null> {
    if (this.buffer.length < count) {
      let timedOut = false;
      await new Promise<void>((resolve) => {
        const cancel = this.clock.setTimer(timeoutMs, () => {
          timedOut = true;
          finish();
        });
        const finish = () => {
          cancel();
          this.waiter = null;
          resolve();
        };
        this.waiter = () => {
          if (this.buffer.length >= count || this.closedReason !== null) finish();
        };
        this.waiter();
      });
      if (this.buffer.length < count) {
        if (this.closedReason !== null) throw new LinkClosedError(this.closedReason);
        if (timedOut) return null;
      }
    }
    return this.buffer.splice(0, count);
  }
}
