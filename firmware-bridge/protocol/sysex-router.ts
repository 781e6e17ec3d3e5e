/**
 * Replies to the Mekong sysex extensions, per board. firmata-io keeps sysex handlers in
 * one table shared by every board of the process (`Firmata.SYSEX_RESPONSE`), so one
 * router per command byte is installed there once; it re-emits each reply on the board
 * that received it as `mekong-sysex-<command>` with the data bytes.
 */
import firmataIo, { type Firmata } from 'firmata-io';
import {
  MEKONG_HEARTBEAT,
  MEKONG_IDENTITY_READ,
  MEKONG_PING_TWO_PIN,
  MEKONG_WATCHDOG,
} from './firmata-stream.ts';

/** Sysex commands whose replies the host reads. */
export const REPLY_COMMANDS = [
  MEKONG_PING_TWO_PIN,
  MEKONG_WATCHDOG,
  MEKONG_HEARTBEAT,
  MEKONG_IDENTITY_READ,
] as const;

const ROUTER = Symbol('mekong sysex router');

type Handler = ((board: Firmata) => void) & { [ROUTER]?: true };

/** Makes `io` emit `mekong-sysex-<command>` for every Mekong reply (safe to call again). */
export function routeMekongSysex(io: Firmata): void {
  const table = firmataIo.Firmata.SYSEX_RESPONSE as Record<number, Handler | undefined>;
  for (const command of REPLY_COMMANDS) {
    const existing = table[command];
    if (existing?.[ROUTER]) continue;
    if (existing) throw new Error(`firmata-io already handles sysex 0x${command.toString(16)}`);
    io.sysexResponse(command, function (this: Firmata, data: number[]) {
      this.emit(`mekong-sysex-${command}`, data);
    });
    const installed = table[command];
    if (installed) installed[ROUTER] = true;
  }
}

/** Event name under which `io` re-emits replies to `command`. */
export function replyEvent(command: number): string {
  return `mekong-sysex-${command}`;
}
