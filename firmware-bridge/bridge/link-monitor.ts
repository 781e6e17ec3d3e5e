/**
 * Keeps the link to the board alive and notices when it is gone. Every `heartbeatMs` it
 * sends HEARTBEAT with a token (which also feeds the firmware's watchdog) and the board
 * echoes it; no echo for `silenceMs`, or the transport closing, means disconnected.
 * Just before each heartbeat it calls `beforeBeat` (the robot re-sends its outputs there,
 * so an echo also means the board has taken them).
 */
import type { Firmata } from 'firmata-io';
import { phrase, type TextParam } from '../../robot/index.ts';
import { MEKONG_HEARTBEAT } from '../protocol/firmata-stream.ts';
import { heartbeatMessage } from '../protocol/mekong-sysex.ts';
import { replyEvent } from '../protocol/sysex-router.ts';
import { closeDetail, type Transport } from '../transport/transport.ts';
import type { Clock } from './clock.ts';
import '../texts/index.ts';

export interface LinkTiming {
  /** Heartbeat period, ms. Default 200 (the firmware's watchdog trips after 500). */
  heartbeatMs?: number;
  /** No echo for this long means the board is gone, ms. Default 600. */
  silenceMs?: number;
}

export class LinkMonitor {
  /** Latest heartbeat round trip, ms (NaN before the first echo). */
  roundTripMs = Number.NaN;
  private readonly heartbeatMs: number;
  private readonly silenceMs: number;
  private lastEchoAt: number;
  private token = 0;
  private sentAt = new Map<number, number>();
  private cancelTimer: (() => void) | null = null;
  private stopped = false;
  private readonly onEcho = (data: number[]) => {
    const token = data[0];
    if (token === undefined) return;
    const now = this.clock.now();
    this.lastEchoAt = now;
    const sent = this.sentAt.get(token);
    if (sent !== undefined) this.roundTripMs = now - sent;
    this.sentAt.delete(token);
  };
  private readonly onClose = (reason?: unknown) => {
    this.lost(closeDetail(reason));
  };

  constructor(
    private readonly io: Firmata,
    private readonly transport: Transport,
    private readonly clock: Clock,
    private readonly onLost: (detail: TextParam) => void,
    timing: LinkTiming = {},
    private readonly beforeBeat: () => void = () => undefined,
  ) {
    this.heartbeatMs = timing.heartbeatMs ?? 200;
    this.silenceMs = timing.silenceMs ?? 600;
    this.lastEchoAt = clock.now();
    io.on(replyEvent(MEKONG_HEARTBEAT), this.onEcho);
    transport.on('close', this.onClose);
    if (!transport.isOpen) {
      this.lost(closeDetail(transport.closeReason));
      return;
    }
    this.beat();
  }

  private beat(): void {
    if (this.stopped) return;
    const now = this.clock.now();
    if (now - this.lastEchoAt > this.silenceMs) {
      this.lost(phrase('boardSilent', { ms: Math.round(now - this.lastEchoAt) }));
      return;
    }
    this.beforeBeat();
    this.token = (this.token + 1) & 0x7f;
    this.sentAt.set(this.token, now);
    this.io.sysexCommand(heartbeatMessage(this.token));
    this.cancelTimer = this.clock.setTimer(this.heartbeatMs, () => this.beat());
  }

  private lost(detail: TextParam): void {
    if (this.stopped) return;
    this.stop();
    this.onLost(detail);
  }

  stop(): void {
    this.stopped = true;
    this.cancelTimer?.();
    this.cancelTimer = null;
    this.io.off(replyEvent(MEKONG_HEARTBEAT), this.onEcho);
    this.transport.off('close', this.onClose);
  }
}
