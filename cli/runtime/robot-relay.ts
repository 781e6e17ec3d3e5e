import { type MessagePort, receiveMessageOnPort } from 'node:worker_threads';
import { type ErrorData, errorData, isMekongError } from '../../robot/errors.ts';
import {
  type AsyncMethod,
  forwardingRobot,
  type Robot,
  type SyncMethod,
} from '../../robot/robot.ts';
import { fromData } from './error-data.ts';

/*
 * A robot on the host, driven from a program in a sandbox thread. The robot (johnny-five,
 * the serial port, the emulated board) stays on the host; the thread's program gets a
 * stand-in whose calls cross a MessagePort. A sync call (drive, stop, led, time) must
 * answer before the program goes on, so the thread blocks on a shared flag until the host
 * has answered, then takes the answer off the port; an async call awaits its answer.
 * One request is open at a time: the program waits for each.
 */

/** The thread → the host. */
export type RelayRequest =
  | { kind: 'sync'; method: SyncMethod; args: unknown[] }
  | { kind: 'call'; method: AsyncMethod; args: unknown[] };

/** The host → the thread: the answer to the open request. */
export type RelayReply =
  | { kind: 'value'; value: unknown }
  | { kind: 'error'; error: ErrorData }
  /** The robot threw something other than a MekongError: the host keeps it and rethrows it. */
  | { kind: 'broken'; message: string }
  /** The run is over (its time is up): the program stops at this call. */
  | { kind: 'abort' };

/** The thread's end of a relay: its port, and the flag a sync answer raises. */
export interface RelayEnd {
  port: MessagePort;
  /** 4 bytes: an Int32 the host sets to 1 once a sync answer is on the port. */
  answered: SharedArrayBuffer;
}

/** The stand-in robot of a sandbox thread, and the signal that says the run is over. */
export function relayedRobot(end: RelayEnd): { robot: Robot; signal: AbortSignal } {
  const { port } = end;
  const answered = new Int32Array(end.answered);
  const over = new AbortController();
  const take = (reply: RelayReply): unknown => {
    if (reply.kind === 'value') return reply.value;
    if (reply.kind === 'error') throw fromData(reply.error);
    throw new Error(reply.kind === 'broken' ? reply.message : 'the run is over');
  };
  const sync = (method: SyncMethod, args: unknown[]) => {
    Atomics.store(answered, 0, 0);
    port.postMessage({ kind: 'sync', method, args } satisfies RelayRequest);
    Atomics.wait(answered, 0, 0);
    const reply = receiveMessageOnPort(port)?.message as RelayReply | undefined;
    if (!reply) throw new Error(`robot.${method}() got no answer from the host`);
    return take(reply);
  };
  const call = (method: AsyncMethod, args: unknown[]) =>
    new Promise((resolve, reject) => {
      port.once('message', (reply: RelayReply) => {
        // The pending call never settles: runWithRobot sees the signal and stops the program.
        if (reply.kind === 'abort') over.abort();
        else {
          try {
            resolve(take(reply));
          } catch (error) {
            reject(error);
          }
        }
      });
      port.postMessage({ kind: 'call', method, args } satisfies RelayRequest);
    });
  return { robot: forwardingRobot(sync, call), signal: over.signal };
}

/** What runs on while the program does not (the emulated board's pacer): see serveRobot. */
export interface Pausable {
  start(): void;
  stop(): void;
}

export interface RobotServer {
  /** What the robot threw that was not a MekongError (a bug on the host), if anything. */
  readonly broken: unknown;
  /** Stops answering; safe to call twice. */
  close(): void;
}

/**
 * The host's end: answers the thread's requests with `robot`. Once `signal` aborts, an
 * async call is answered `abort` (the one pending at once). `hold` is stopped while the
 * program runs a slice and started while it waits for an async call, so time stands still
 * while the program thinks, as it did when program and board shared one thread.
 */
export function serveRobot(
  port: MessagePort,
  answered: SharedArrayBuffer,
  robot: Robot,
  options: { signal?: AbortSignal; hold?: Pausable } = {},
): RobotServer {
  const flag = new Int32Array(answered);
  const { signal, hold } = options;
  let broken: unknown;
  let pendingAbort: (() => void) | undefined;
  const reply = (error: unknown): RelayReply => {
    if (isMekongError(error)) return { kind: 'error', error: errorData(error) as ErrorData };
    broken ??= error;
    return { kind: 'broken', message: error instanceof Error ? error.message : String(error) };
  };
  const onAbort = () => pendingAbort?.();
  signal?.addEventListener('abort', onAbort);
  port.on('message', (request: RelayRequest) => {
    const method = robot[request.method] as (...args: unknown[]) => unknown;
    if (request.kind === 'sync') {
      let answer: RelayReply;
      try {
        answer = { kind: 'value', value: method.apply(robot, request.args) };
      } catch (error) {
        answer = reply(error);
      }
      port.postMessage(answer);
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
      return;
    }
    hold?.start();
    const send = (answer: RelayReply) => {
      pendingAbort = undefined;
      if (answer.kind !== 'abort') hold?.stop();
      port.postMessage(answer);
    };
    if (signal?.aborted) return send({ kind: 'abort' });
    let sent = false;
    const once = (answer: RelayReply) => {
      if (sent) return;
      sent = true;
      send(answer);
    };
    pendingAbort = () => once({ kind: 'abort' });
    Promise.resolve()
      .then(() => method.apply(robot, request.args))
      .then(
        (value) => once({ kind: 'value', value }),
        (error) => once(reply(error)),
      );
  });
  return {
    get broken() {
      return broken;
    },
    close() {
      signal?.removeEventListener('abort', onAbort);
      port.close();
    },
  };
}
