/** A board reached over TCP, such as one served by `mekong emulate --listen`. */
import { connect, type Socket } from 'node:net';
import { MekongError, phrase } from '../../robot/index.ts';
import { Transport } from './transport.ts';
import '../texts/index.ts';

export class TcpTransport extends Transport {
  readonly description: string;
  private socket: Socket | null = null;

  constructor(
    readonly host: string,
    readonly port: number,
  ) {
    super();
    this.description = `tcp://${host}:${port}`;
  }

  protected openLink(): Promise<void> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host: this.host, port: this.port });
      this.socket = socket;
      socket.setNoDelay(true);
      const onError = (error: Error) =>
        reject(
          new MekongError('PORT_UNAVAILABLE', { port: this.description, detail: error.message }),
        );
      socket.once('error', onError);
      socket.once('connect', () => {
        socket.off('error', onError);
        socket.on('error', (error) => this.markClosed(error.message));
        resolve();
      });
      socket.on('data', (data) => this.received(data));
      socket.on('close', () => this.markClosed(phrase('connectionClosed')));
    });
  }

  protected writeLink(data: Buffer, callback?: (error?: Error | null) => void): void {
    this.socket?.write(data, (error) => callback?.(error ?? null));
  }

  protected closeLink(): Promise<void> {
    const socket = this.socket;
    if (!socket || socket.destroyed) return Promise.resolve();
    return new Promise((resolve) => {
      socket.once('close', () => resolve());
      socket.end();
      socket.destroySoon?.();
    });
  }
}
