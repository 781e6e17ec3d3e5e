/**
 * Test doubles for flashing: a clock that jumps to the next timer whenever the test is
 * idle, and a serial port with a protocol fake behind it that remembers its flash across
 * resets (each open is a reset, as on a real Arduino).
 */
import type { Clock } from '../../../firmware-bridge/bridge/clock.ts';
import type { FlashTarget } from '../../../firmware-bridge/flash/flash-board.ts';
import { Transport } from '../../../firmware-bridge/transport/transport.ts';
import { phrase } from '../../../robot/index.ts';

/** Virtual time: when nothing else is pending, the earliest timer fires. */
export class AutoClock implements Clock {
  private time = 0;
  private timers: { at: number; callback: () => void }[] = [];
  private scheduled = false;

  now(): number {
    return this.time;
  }

  setTimer(ms: number, callback: () => void): () => void {
    const timer = { at: this.time + ms, callback };
    this.timers.push(timer);
    this.schedule();
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.timers.sort((a, b) => a.at - b.at);
      const next = this.timers.shift();
      if (!next) return;
      this.time = Math.max(this.time, next.at);
      next.callback();
      if (this.timers.length > 0) this.schedule();
    });
  }
}

/** A bootloader behind a fake port: gets the host's bytes, answers through `reply`. */
export interface FakeDevice {
  /** The port was opened at `baud` (the board resets). */
  reset(baud: number): void;
  receive(bytes: readonly number[], reply: (bytes: readonly number[]) => void): void;
}

export class FakeTransport extends Transport {
  readonly description = 'fake';
  constructor(private readonly device: FakeDevice) {
    super();
  }
  protected async openLink(): Promise<void> {}
  protected writeLink(data: Buffer, callback?: (error?: Error | null) => void): void {
    this.device.receive([...data], (bytes) => this.received(Buffer.from(bytes)));
    callback?.(null);
  }
  protected async closeLink(): Promise<void> {}
  unplug(): void {
    this.markClosed(phrase('usbUnplugged'));
  }
}

/** A FlashTarget on a fake device; records every open's baud and every byte written. */
export class FakePort implements FlashTarget {
  readonly port = '/dev/ttyFAKE0';
  readonly opens: number[] = [];
  readonly written: number[] = [];
  current: FakeTransport | null = null;

  constructor(readonly device: FakeDevice) {}

  async open(baud: number): Promise<Transport> {
    this.opens.push(baud);
    this.device.reset(baud);
    const recorder: FakeDevice = {
      reset: () => {},
      receive: (bytes, reply) => {
        this.written.push(...bytes);
        this.device.receive(bytes, reply);
      },
    };
    this.current = new FakeTransport(recorder);
    await this.current.open();
    return this.current;
  }
}
