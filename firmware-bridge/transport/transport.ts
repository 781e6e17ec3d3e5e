import { EventEmitter } from 'node:events';
import { isPhrase, phrase, type TextParam } from '../../robot/index.ts';
import '../texts/index.ts';

/**
 * Why a link closed, from a 'close' event's reason or `closeReason`; "the connection
 * closed" when there is none.
 */
export function closeDetail(reason: unknown): TextParam {
  return typeof reason === 'string' || isPhrase(reason) ? reason : phrase('connectionClosed');
}

/**
 * A byte link to a board, in the shape firmata-io drives: it emits 'open', 'data'
 * (Buffer), 'close' (reason) and 'error'. One subclass per kind of link: serial port, TCP
 * socket, in-process emulator.
 */
export abstract class Transport extends EventEmitter {
  /** Where the board is, for messages: '/dev/ttyUSB0', 'tcp://127.0.0.1:5760', 'emulator'. */
  abstract readonly description: string;
  /** Why the link closed, once it has (a phrase, or the system's own words). */
  closeReason: TextParam | null = null;
  /** Bytes written so far (to time how long they take on the wire). */
  bytesWritten = 0;
  private state: 'new' | 'opening' | 'open' | 'closed' = 'new';

  get isOpen(): boolean {
    return this.state === 'open';
  }

  /** Opens the link, then emits 'open'. Rejects (PORT_UNAVAILABLE) when it cannot. */
  async open(): Promise<void> {
    if (this.state !== 'new') throw new Error(`${this.description} was already opened`);
    this.state = 'opening';
    try {
      await this.openLink();
    } catch (error) {
      this.state = 'closed';
      throw error;
    }
    if (this.state !== 'opening') return;
    this.state = 'open';
    this.emit('open');
  }

  /** Sends bytes; `callback` runs once they are handed on (with an error when closed). */
  write(data: Buffer, callback?: (error?: Error | null) => void): boolean {
    if (this.state !== 'open') {
      callback?.(new Error(`${this.description} is closed`));
      return false;
    }
    this.bytesWritten += data.length;
    this.writeLink(data, callback);
    return true;
  }

  /** Closes the link (idempotent); emits 'close'. */
  async close(reason: TextParam = phrase('closedByProgram')): Promise<void> {
    if (this.state === 'closed') return;
    const wasOpen = this.state !== 'new';
    this.markClosed(reason);
    if (wasOpen) await this.closeLink();
  }

  /** Subclasses call this when the link goes away by itself (cable pulled, socket ended). */
  protected markClosed(reason: TextParam): void {
    if (this.state === 'closed') return;
    this.state = 'closed';
    this.closeReason = reason;
    this.emit('close', reason);
  }

  /** Subclasses emit received bytes through this. */
  protected received(data: Buffer): void {
    if (this.state === 'open') this.emit('data', data);
  }

  protected abstract openLink(): Promise<void>;
  protected abstract writeLink(data: Buffer, callback?: (error?: Error | null) => void): void;
  protected abstract closeLink(): Promise<void>;
}
