/**
 * Serves an emulated board's serial line over TCP, so any Firmata client can use it
 * (through `socatRecipe()` it looks like a serial port). One client at a time, like a real
 * port; each new client resets the MCU, as opening a real Uno's port does. The emulation
 * runs on between clients. Host bytes cross at the baud rate, and the line holds at most
 * HOST_QUEUE_LIMIT_BYTES of them.
 */
import { createServer, type Server, type Socket } from 'node:net';
import type { Emulator } from './emulator.ts';

/** Where `socatRecipe` puts the pseudo-terminal unless told otherwise. */
export const SOCAT_LINK = '/tmp/ttyMekong';

/**
 * The socat command that makes the emulator's TCP port a serial port at `link`. `raw` alone
 * leaves the pseudo-terminal's echo on: every byte the board sends would go back into the
 * board (its version reply asks for the version again), so `echo=0` is part of the recipe.
 */
export function socatRecipe(host: string, port: number, link = SOCAT_LINK): string {
  return `socat pty,link=${link},raw,echo=0 tcp:${host}:${port}`;
}

/**
 * Host bytes the line holds for the board, like a USB-serial adapter's and the system's
 * buffers; what arrives beyond them is dropped. 4096 bytes are 0.7 s of line time at
 * 57600 baud. Unbounded, a client that sent 10 MB in a second had it all queued (memory
 * 119 → 389 MB) and the board heard nothing else until it had crossed the line at 5.8 kB/s.
 */
export const HOST_QUEUE_LIMIT_BYTES = 4096;

export interface EmulatorServer {
  /** host:port actually bound (port 0 picks a free one). */
  readonly host: string;
  readonly port: number;
  /** Clients served so far. */
  readonly clients: () => number;
  /** Host bytes dropped because the line's buffer (HOST_QUEUE_LIMIT_BYTES) was full. */
  readonly droppedBytes: () => number;
  /** Stops listening and closes every connection, served or turned away. */
  close(): Promise<void>;
}

export function serveEmulator(
  emulator: Emulator,
  options: { host: string; port: number },
): Promise<EmulatorServer> {
  const { robot, pacer } = emulator;
  let client: Socket | null = null;
  let served = 0;
  let dropped = 0;
  let pending: number[] = [];
  pacer.onSlice(() => {
    if (!client || pending.length === 0) return;
    client.write(Buffer.from(pending));
    pending = [];
  });
  // Every connection, the one served and the ones turned away: closing ends them all.
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    if (client) {
      // The line is taken, as a real port is: what this client sends goes nowhere, and the
      // connection closes even when the client never ends its side.
      socket.resume();
      socket.destroySoon();
      return;
    }
    client = socket;
    served += 1;
    socket.setNoDelay(true);
    pending = [];
    robot.reset();
    robot.onSerialOut = (byte) => {
      pending.push(byte);
      pacer.requestYield();
    };
    socket.on('data', (data: Buffer) => {
      const room = Math.max(0, HOST_QUEUE_LIMIT_BYTES - robot.pendingHostBytes);
      if (data.length > room) dropped += data.length - room;
      robot.sendFromHost(data.length > room ? data.subarray(0, room) : data);
    });
    const drop = () => {
      if (client !== socket) return;
      client = null;
      robot.onSerialOut = null;
    };
    socket.on('close', drop);
    socket.on('error', drop);
  });
  pacer.start();
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolve({
        host: options.host,
        port,
        clients: () => served,
        droppedBytes: () => dropped,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            for (const socket of sockets) socket.destroy();
          }),
      });
    });
  });
}
