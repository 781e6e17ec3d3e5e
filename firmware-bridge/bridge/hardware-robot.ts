/**
 * The student API on a real (or emulated) board through johnny-five. Moves are planned by
 * the motion model SimRobot uses (robot/motion), for a board's motors (dead band, 255 PWM
 * steps), so a program does the same in both worlds. A lost link
 * fails every call with DISCONNECTED within a second (the board's watchdog has stopped the
 * motors by then); with `reopen` the robot reconnects by itself when the board comes back.
 * Every heartbeat re-sends the outputs as last set (KitParts.refreshOutputs), so a
 * message lost on the serial line leaves a wheel wrong for at most one heartbeat period.
 */
import { EventEmitter } from 'node:events';
import {
  type AsyncMethod,
  BOARD_MOTORS,
  CALL_COST_MS,
  checkCall,
  type Kit,
  type LedState,
  type LineRawReading,
  type LineReading,
  lineOf,
  MekongError,
  phrase,
  planMove,
  planTurn,
  type Robot,
  type RobotMethod,
  SERVO_AHEAD_DEG,
  servoTravelMs,
  type TextParam,
  type TimedMove,
} from '../../robot/index.ts';
import { RECORD_LIMITS } from '../../robot/program/types.ts';
import { MEKONG_BAUD } from '../protocol/mekong-sysex.ts';
import type { BoardSession } from './board-session.ts';
import { type Clock, sleep } from './clock.ts';
import { LinkMonitor, type LinkTiming } from './link-monitor.ts';
import '../texts/index.ts';

/** How long `bytes` take on the serial line at the firmware's baud (10 bits a byte), ms. */
function wireMs(bytes: number): number {
  return Math.ceil((bytes * 10 * 1000) / MEKONG_BAUD);
}

/** One robot call as sent, for the run's command log (its hash is the hardware trace hash). */
export interface CommandLogEntry {
  method: RobotMethod;
  args: unknown[];
}

export type RobotLinkState = 'connected' | 'disconnected' | 'closed';

export interface HardwareRobotOptions extends LinkTiming {
  session: BoardSession;
  clock: Clock;
  /** Opens a new session when the link is lost (e.g. polls for the same serial port). */
  reopen?: (signal: AbortSignal) => Promise<BoardSession>;
}

/**
 * Events: 'disconnect' (MekongError), 'reconnect' (BoardSession).
 */
export class HardwareRobot extends EventEmitter implements Robot {
  readonly kit: Kit;
  readonly clock: Clock;
  /** Every robot call, in order. */
  readonly commandLog: CommandLogEntry[] = [];
  private current: BoardSession;
  private link: LinkMonitor;
  private state: RobotLinkState = 'connected';
  private lostError: MekongError | null = null;
  private startedAt: number;
  private servoDeg = SERVO_AHEAD_DEG;
  private readonly pending = new Set<AbortController>();
  private readonly reopen: HardwareRobotOptions['reopen'];
  private reconnecting: AbortController | null = null;
  private readonly timing: LinkTiming;

  constructor(options: HardwareRobotOptions) {
    super();
    this.current = options.session;
    this.kit = options.session.kit;
    this.clock = options.clock;
    this.reopen = options.reopen;
    this.timing = { heartbeatMs: options.heartbeatMs, silenceMs: options.silenceMs };
    this.startedAt = this.clock.now();
    this.link = this.watch(this.current);
  }

  /** The board connection now in use (a new one after a reconnect). */
  get session(): BoardSession {
    return this.current;
  }

  get linkState(): RobotLinkState {
    return this.state;
  }

  /** Latest heartbeat round trip, ms. */
  get roundTripMs(): number {
    return this.link.roundTripMs;
  }

  /** `time()` counts from now (call when a program starts). */
  markProgramStart(): void {
    this.startedAt = this.clock.now();
  }

  /** Stops the motors, the heartbeat and any reconnecting, and closes the link. */
  async close(): Promise<void> {
    if (this.state === 'connected') this.current.parts.setPowers(0, 0);
    this.state = 'closed';
    this.reconnecting?.abort();
    this.link.stop();
    this.failPending(new MekongError('STOPPED'));
    await this.current.transport.close();
  }

  private watch(session: BoardSession): LinkMonitor {
    return new LinkMonitor(
      session.io,
      session.transport,
      this.clock,
      (detail) => this.lost(detail),
      this.timing,
      () => session.parts.refreshOutputs(),
    );
  }

  private lost(detail: TextParam): void {
    if (this.state !== 'connected') return;
    this.state = 'disconnected';
    this.lostError = new MekongError('DISCONNECTED', { detail });
    this.current.parts.forgetOutputs();
    this.failPending(this.lostError);
    void this.current.transport.close(detail);
    this.emit('disconnect', this.lostError);
    if (this.reopen) void this.reconnect(this.reopen);
  }

  private async reconnect(reopen: NonNullable<HardwareRobotOptions['reopen']>): Promise<void> {
    const controller = new AbortController();
    this.reconnecting = controller;
    try {
      const session = await reopen(controller.signal);
      if (controller.signal.aborted) {
        await session.transport.close();
        return;
      }
      this.current = session;
      this.servoDeg = SERVO_AHEAD_DEG;
      this.state = 'connected';
      this.lostError = null;
      this.link = this.watch(session);
      this.emit('reconnect', session);
    } catch {
      // Aborted by close(): the robot stays disconnected.
    } finally {
      if (this.reconnecting === controller) this.reconnecting = null;
    }
  }

  private failPending(error: MekongError): void {
    for (const controller of this.pending) controller.abort(error);
    this.pending.clear();
  }

  /** Checks the call (same errors as the simulator) and that the board is there. */
  private begin(method: RobotMethod, args: readonly unknown[]): unknown[] {
    const checked = checkCall(this.kit, method, args);
    if (this.state !== 'connected')
      throw this.lostError ?? new MekongError('DISCONNECTED', { detail: phrase('robotClosed') });
    // Bounded like the simulator's trace: only output changes can come this fast (a call
    // that waits for the board takes a serial round trip), so they are what fills it.
    if (this.commandLog.length >= RECORD_LIMITS.changes)
      throw new MekongError('TOO_MANY_CHANGES', { limit: RECORD_LIMITS.changes });
    this.commandLog.push({ method, args: checked });
    return checked;
  }

  /** Runs an async call; it fails at once if the link is lost meanwhile. */
  private async run<T>(
    method: AsyncMethod,
    args: readonly unknown[],
    body: (checked: unknown[], signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    const checked = this.begin(method, args);
    const controller = new AbortController();
    this.pending.add(controller);
    try {
      return await Promise.race([
        body(checked, controller.signal),
        new Promise<never>((_, reject) => {
          controller.signal.addEventListener('abort', () => reject(controller.signal.reason), {
            once: true,
          });
        }),
      ]);
    } finally {
      this.pending.delete(controller);
    }
  }

  /** Waits at least `ms` from `start` on the robot's clock (each call costs ≥ 1 ms). */
  private async until(start: number, ms: number, signal: AbortSignal): Promise<void> {
    const left = Math.max(1, Math.round(ms)) - (this.clock.now() - start);
    if (left > 0) await sleep(this.clock, left, signal);
  }

  /**
   * Runs a timed move planned for a board (robot/motion): real motors have a dead band,
   * so the plan always has it (ignoring it would drive 78 cm for forward(100) on an L298N
   * car), and the board sets the power in 255 PWM steps, so the plan trims the duration
   * to keep the distance exact.
   */
  private async drivePlan(plan: TimedMove | null, signal: AbortSignal): Promise<void> {
    if (!plan) return this.until(this.clock.now(), 1, signal);
    const { left, right, durationMs } = plan;
    const { parts, transport } = this.current;
    const before = transport.bytesWritten;
    if (parts.prepareDirections(left, right)) {
      // Let the direction bytes reach the board, so both wheels run the whole time.
      await sleep(this.clock, wireMs(transport.bytesWritten - before), signal);
    }
    const startedAt = this.clock.now();
    parts.setPowers(left, right);
    try {
      await this.until(startedAt, durationMs, signal);
    } finally {
      if (this.state === 'connected') this.current.parts.setPowers(0, 0);
    }
  }

  forward(cm: number): Promise<void> {
    return this.run('forward', [cm], ([d], signal) =>
      this.drivePlan(planMove(this.kit.drive, d as number, BOARD_MOTORS), signal),
    );
  }

  backward(cm: number): Promise<void> {
    return this.run('backward', [cm], ([d], signal) =>
      this.drivePlan(planMove(this.kit.drive, -(d as number), BOARD_MOTORS), signal),
    );
  }

  turn(deg: number): Promise<void> {
    return this.run('turn', [deg], ([d], signal) =>
      this.drivePlan(planTurn(this.kit.drive, d as number, BOARD_MOTORS), signal),
    );
  }

  drive(left: number, right: number): void {
    const [l, r] = this.begin('drive', [left, right]) as [number, number];
    this.current.parts.setPowers(l, r);
  }

  stop(): void {
    if (this.state !== 'connected') return;
    this.begin('stop', []);
    this.current.parts.setPowers(0, 0);
  }

  wait(ms: number): Promise<void> {
    return this.run('wait', [ms], ([t], signal) =>
      this.until(this.clock.now(), t as number, signal),
    );
  }

  distance(): Promise<number> {
    return this.run('distance', [], async (_, signal) => {
      const start = this.clock.now();
      const cm = await this.current.parts.readDistance();
      await this.until(start, CALL_COST_MS.distance, signal);
      return cm;
    });
  }

  lineRaw(): Promise<LineRawReading> {
    return this.run('lineRaw', [], async (_, signal) => {
      await this.until(this.clock.now(), CALL_COST_MS.lineRaw, signal);
      return this.current.parts.readLineRaw();
    });
  }

  line(): Promise<LineReading> {
    return this.run('line', [], async (_, signal) => {
      await this.until(this.clock.now(), CALL_COST_MS.line, signal);
      const { parts } = this.current;
      return lineOf(this.kit.lineSensors, (sensor, spec) => parts.lineReflectance(spec, sensor));
    });
  }

  led(state: LedState): void {
    const [checked] = this.begin('led', [state]) as [string];
    this.current.parts.setLed(checked);
  }

  beep(hz: number, ms: number): Promise<void> {
    return this.run('beep', [hz, ms], ([f, t], signal) => {
      const start = this.clock.now();
      this.current.parts.tone(f as number, t as number);
      return this.until(start, t as number, signal);
    });
  }

  servo(deg: number): Promise<void> {
    return this.run('servo', [deg], ([d], signal) => {
      const start = this.clock.now();
      const target = d as number;
      const ms = servoTravelMs(this.servoDeg, target);
      this.current.parts.servoTo(target);
      this.servoDeg = target;
      return this.until(start, ms, signal);
    });
  }

  button(): Promise<boolean> {
    return this.run('button', [], async (_, signal) => {
      await this.until(this.clock.now(), CALL_COST_MS.button, signal);
      return this.current.parts.readButton();
    });
  }

  /** Whole ms since the program started (wall time on a real board). */
  time(): number {
    checkCall(this.kit, 'time', []);
    return Math.round(this.clock.now() - this.startedAt);
  }
}
