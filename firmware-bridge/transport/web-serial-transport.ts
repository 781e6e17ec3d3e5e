/**
 * A board on a browser's Web Serial port (Chrome/Edge 89+, Firefox 151+ on desktop) as a
 * Transport, so the hardware robot, the doctor and flashing run in the page unchanged.
 * The port comes from `navigator.serial.requestPort()` (the page's job: it needs a user
 * gesture); this only opens it, pumps its readable stream into 'data' and writes through
 * one writer. Pulling the cable errors the readable stream (Chromium: NetworkError) and
 * the port fires 'disconnect': either closes the link with "the USB cable was unplugged".
 * Writes after the close are refused by Transport itself: johnny-five keeps writing
 * after a port has gone, and Chromium throws on a released writer.
 */
import { phrase } from '../../robot/index.ts';
import { MEKONG_BAUD } from '../protocol/mekong-sysex.ts';
import { Transport } from './transport.ts';
import '../texts/index.ts';

/** The part of the Web Serial API's SerialPort this uses (no DOM types in this layer). */
export interface WebSerialPortLike {
  open(options: { baudRate: number }): Promise<void>;
  close(): Promise<void>;
  readonly readable: ReadableStream<Uint8Array> | null;
  readonly writable: WritableStream<Uint8Array> | null;
  getInfo(): { usbVendorId?: number; usbProductId?: number };
  addEventListener(type: 'disconnect', listener: () => void): void;
  removeEventListener(type: 'disconnect', listener: () => void): void;
}

export class WebSerialTransport extends Transport {
  readonly description: string;
  private reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
  private writer: WritableStreamDefaultWriter<Uint8Array> | null = null;
  private readonly onDisconnect = () => this.lost();

  constructor(
    private readonly port: WebSerialPortLike,
    private readonly baudRate = MEKONG_BAUD,
  ) {
    super();
    const { usbVendorId, usbProductId } = port.getInfo();
    const hex = (n: number | undefined) => (n ?? 0).toString(16).padStart(4, '0');
    this.description = `USB ${hex(usbVendorId)}:${hex(usbProductId)}`;
  }

  protected async openLink(): Promise<void> {
    await this.port.open({ baudRate: this.baudRate });
    const { readable, writable } = this.port;
    if (!readable || !writable) throw new Error(`${this.description} opened without streams`);
    this.port.addEventListener('disconnect', this.onDisconnect);
    this.writer = writable.getWriter();
    this.reader = readable.getReader();
    void this.pump(this.reader);
  }

  private async pump(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        if (value && value.length > 0) this.received(Buffer.from(value));
      }
    } catch {
      // The device was lost (NetworkError) or the port was closed under the reader.
    }
    if (this.reader === reader) this.lost();
  }

  protected writeLink(data: Buffer, callback?: (error?: Error | null) => void): void {
    const writer = this.writer;
    if (!writer) {
      callback?.(new Error(`${this.description} is closed`));
      return;
    }
    writer.write(new Uint8Array(data)).then(
      () => callback?.(null),
      (error: unknown) => callback?.(error instanceof Error ? error : new Error(String(error))),
    );
  }

  protected async closeLink(): Promise<void> {
    await this.release();
    await this.port.close().catch(() => undefined);
  }

  /** The cable came out (or the reader failed): the host sees 'close'. */
  private lost(): void {
    void this.release().then(() => this.port.close().catch(() => undefined));
    this.markClosed(phrase('usbUnplugged'));
  }

  private async release(): Promise<void> {
    this.port.removeEventListener('disconnect', this.onDisconnect);
    const { reader, writer } = this;
    this.reader = null;
    this.writer = null;
    await reader?.cancel().catch(() => undefined);
    reader?.releaseLock();
    writer?.releaseLock();
  }
}
