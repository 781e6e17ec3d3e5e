import type { Clock } from '../../../firmware-bridge/bridge/clock.ts';
import type { WebSerialPortLike } from '../../../firmware-bridge/transport/web-serial-transport.ts';
import type { WorldSnapshot } from '../../render/snapshot.ts';
import type { FromEmulator, ToEmulator } from './emulator-protocol.ts';
import { GrantedClock } from './granted-clock.ts';

/**
 * The board's kit, world, seed, start pose and stored identity (see the 'start' message),
 * and `lockstep`: true, the page's hardware robot times on this board's emulated clock
 * (`clock`), so moves are exact; false, the board runs on real time like a USB robot.
 */
export type EmulatedBoardOptions = Omit<Extract<ToEmulator, { type: 'start' }>, 'type'> & {
  createWorker: () => Worker;
};

/**
 * Our firmware in avr8js in a worker, seen from the page as a Web Serial port: the
 * "Emulated robot (no USB)" choice, and the board behind the end-to-end tests' fake
 * `navigator.serial`. The same WebSerialTransport drives it as a USB robot.
 */
export class EmulatedBoard {
  readonly port: EmulatedSerialPort;
  /** The emulated clock (lockstep), or undefined: use the wall clock. */
  readonly clock: Clock | undefined;
  /** Called with the emulated world about every frame. */
  onSnapshot: ((snapshot: WorldSnapshot) => void) | null = null;
  private readonly worker: Worker;
  private readonly granted: GrantedClock | undefined;

  constructor(options: EmulatedBoardOptions) {
    const { createWorker, lockstep, ...start } = options;
    this.worker = createWorker();
    this.granted = lockstep
      ? new GrantedClock((until) => this.send({ type: 'grant', until }))
      : undefined;
    this.clock = this.granted;
    this.port = new EmulatedSerialPort(
      (message, transfer) => this.send(message, transfer),
      () => this.granted?.now() ?? 0,
      this.granted,
    );
    this.worker.onmessage = (event: MessageEvent<FromEmulator>) => this.receive(event.data);
    this.send({ type: 'start', ...start, lockstep });
    this.granted?.reached(0);
  }

  private send(message: ToEmulator, transfer: Transferable[] = []): void {
    this.worker.postMessage(message, transfer);
  }

  private receive(message: FromEmulator): void {
    if (message.type === 'failed') {
      this.port.fail(new Error(message.message));
      return;
    }
    if (message.bytes) this.port.deliver(message.bytes);
    if (message.snapshot) this.onSnapshot?.(message.snapshot);
    this.granted?.reached(message.ms);
  }

  dispose(): void {
    this.worker.terminate();
  }
}

/** A Web Serial port (the part WebSerialTransport uses) on an emulated board. */
export class EmulatedSerialPort extends EventTarget implements WebSerialPortLike {
  readable: ReadableStream<Uint8Array> | null = null;
  writable: WritableStream<Uint8Array> | null = null;
  /** Whether the (emulated) USB cable is in. */
  plugged = true;
  private incoming: ReadableStreamDefaultController<Uint8Array> | null = null;

  /**
   * @param clock the board's emulated clock when it runs in lockstep: whoever opens this
   *   port times the robot on it (a USB robot, without one, is timed on the wall clock).
   */
  constructor(
    private readonly send: (message: ToEmulator, transfer?: Transferable[]) => void,
    private readonly now: () => number,
    readonly clock: Clock | undefined,
  ) {
    super();
  }

  getInfo(): { usbVendorId: number; usbProductId: number } {
    // An Uno's 16U2: what a real board on this port would say.
    return { usbVendorId: 0x2341, usbProductId: 0x0043 };
  }

  async open(options: { baudRate: number }): Promise<void> {
    if (!this.plugged) throw new DOMException('The device has been lost.', 'NetworkError');
    if (this.readable) throw new DOMException('The port is already open.', 'InvalidStateError');
    this.readable = new ReadableStream<Uint8Array>({
      start: (controller) => {
        this.incoming = controller;
      },
    });
    this.writable = new WritableStream<Uint8Array>({
      write: (chunk) => {
        const bytes = Uint8Array.from(chunk);
        this.send({ type: 'write', bytes, at: this.now() }, [bytes.buffer]);
      },
    });
    this.send({ type: 'open', baud: options.baudRate });
  }

  async close(): Promise<void> {
    if (!this.readable) return;
    this.readable = null;
    this.writable = null;
    this.incoming = null;
    this.send({ type: 'close' });
  }

  /** Bytes from the firmware. */
  deliver(bytes: Uint8Array): void {
    this.incoming?.enqueue(bytes);
  }

  /** The worker failed: the port fails as a lost device does. */
  fail(error: Error): void {
    this.incoming?.error(error);
  }

  /** Pulls the USB cable: the reader fails, the port fires 'disconnect'; the board runs on. */
  unplug(): void {
    if (!this.plugged) return;
    this.plugged = false;
    this.incoming?.error(new DOMException('The device has been lost.', 'NetworkError'));
    this.incoming = null;
    this.readable = null;
    this.writable = null;
    this.send({ type: 'close' });
    this.dispatchEvent(new Event('disconnect'));
  }

  /** Plugs the cable back in: the port fires 'connect' and can be opened again. */
  replug(): void {
    if (this.plugged) return;
    this.plugged = true;
    this.dispatchEvent(new Event('connect'));
  }
}
