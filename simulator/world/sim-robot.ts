import {
  type AsyncMethod,
  CALL_COST_MS,
  checkCall,
  type LedState,
  type LineRawReading,
  type LineReading,
  type LineSensorSpec,
  type LineSpec,
  lineOf,
  lineRawOf,
  MekongError,
  planMove,
  planTurn,
  type Robot,
  type SyncMethod,
  servoTravelMs,
  type TimedMove,
} from '../../robot/index.ts';
import { readReflectance, readUltrasonic } from './sensor-readings.ts';
import type { SimBody } from './sim-body.ts';
import type { World } from './world.ts';

/** An async robot call in progress: it ends at `endsAt` (simulated ms), then `finish()`. */
export interface PendingCall {
  endsAt: number;
  finish: () => unknown;
}

type CallStarter = (args: unknown[]) => PendingCall;

/** A sensor call: the value is read when the call starts and handed over when it ends. */
class Reading implements PendingCall {
  constructor(
    readonly endsAt: number,
    private readonly value: unknown,
  ) {}
  finish(): unknown {
    return this.value;
  }
}

/**
 * The student API on a simulated body. `beginCall` starts an async call and says when it
 * ends, so a scheduler can run many robots in one world; the `Robot` methods run one call
 * to its end by stepping the world (for a single robot and the contract tests).
 */
export class SimRobot implements Robot {
  readonly world: World;
  readonly body: SimBody;
  /** Simulated ms at which this robot's program started. */
  readonly startedAt: number;
  private readonly starters: Record<AsyncMethod, CallStarter>;

  constructor(world: World, body: SimBody) {
    this.world = world;
    this.body = body;
    this.startedAt = world.time;
    this.starters = {
      forward: ([cm]) => this.move(cm as number),
      backward: ([cm]) => this.move(-(cm as number)),
      turn: ([deg]) => this.spin(deg as number),
      wait: ([ms]) => this.after(ms as number, () => undefined),
      distance: () => this.measure(CALL_COST_MS.distance, () => readUltrasonic(world, body)),
      line: () => this.measure(CALL_COST_MS.line, () => this.readLine()),
      lineRaw: () => this.measure(CALL_COST_MS.lineRaw, () => this.readLineRaw()),
      button: () => this.measure(CALL_COST_MS.button, () => this.body.buttonPressed),
      beep: ([hz, ms]) => this.startBeep(hz as number, ms as number),
      servo: ([deg]) => this.turnServo(deg as number),
    };
  }

  /** Runs a sync call (drive, stop, led, time) at once. */
  callSync(method: SyncMethod, rawArgs: readonly unknown[]): unknown {
    const args = checkCall(this.body.kit, method, rawArgs);
    const { world, body } = this;
    switch (method) {
      case 'drive':
        this.setPowers(args[0] as number, args[1] as number);
        return undefined;
      case 'stop':
        this.setPowers(0, 0);
        return undefined;
      case 'led': {
        const state = args[0] as string;
        if (state !== body.led) {
          body.led = state;
          world.record({ t: world.time, robot: body.index, type: 'led', state });
        }
        return undefined;
      }
      case 'time':
        return world.time - this.startedAt;
    }
  }

  /** Starts an async call; the caller advances the world to `endsAt`, then calls `finish`. */
  beginCall(method: AsyncMethod, rawArgs: readonly unknown[]): PendingCall {
    const starter = this.starters[method];
    if (!starter) throw new MekongError('NOT_ALLOWED', { feature: `robot.${String(method)}` });
    return starter(checkCall(this.body.kit, method, rawArgs));
  }

  private setPowers(left: number, right: number): void {
    const { body, world } = this;
    if (left === body.powerLeft && right === body.powerRight) return;
    body.setPowers(left, right);
    world.record({ t: world.time, robot: body.index, type: 'drive', left, right });
  }

  /** Every call takes at least 1 ms: a real robot needs a serial round trip too. */
  private after(ms: number, finish: () => unknown): PendingCall {
    return { endsAt: this.world.time + Math.max(1, Math.round(ms)), finish };
  }

  private measure(costMs: number, read: () => unknown): PendingCall {
    return new Reading(this.world.time + Math.max(1, Math.round(costMs)), read());
  }

  /** Runs a planned timed move (robot/motion), or just costs 1 ms when there is nothing to drive. */
  private drivePlan(plan: TimedMove | null): PendingCall {
    if (!plan) return this.after(1, () => undefined);
    this.setPowers(plan.left, plan.right);
    return this.after(plan.durationMs, () => {
      this.setPowers(0, 0);
      return undefined;
    });
  }

  private move(cm: number): PendingCall {
    return this.drivePlan(planMove(this.body.kit.drive, cm, this.body.motors));
  }

  private spin(deg: number): PendingCall {
    return this.drivePlan(planTurn(this.body.kit.drive, deg, this.body.motors));
  }

  private startBeep(hz: number, ms: number): PendingCall {
    const { body, world } = this;
    body.beepHz = hz;
    body.beepUntil = world.time + Math.round(ms);
    world.record({ t: world.time, robot: body.index, type: 'beep', hz, ms });
    return this.after(ms, () => {
      body.beepHz = 0;
      return undefined;
    });
  }

  private turnServo(deg: number): PendingCall {
    const { body, world } = this;
    const ms = servoTravelMs(body.servoDeg, deg);
    body.servoTarget = deg;
    world.record({ t: world.time, robot: body.index, type: 'servo', deg });
    return this.after(ms, () => {
      body.servoDeg = deg;
      return undefined;
    });
  }

  /** One line sensor's reading (made once: line() is the call lessons make most). */
  private readonly reflectance = (sensor: LineSensorSpec, spec: LineSpec): number =>
    readReflectance(this.world, this.body, spec, sensor);

  private readLineRaw(): LineRawReading {
    return lineRawOf(this.body.kit.lineSensors, this.reflectance);
  }

  private readLine(): LineReading {
    return lineOf(this.body.kit.lineSensors, this.reflectance);
  }

  /** Runs one async call to its end by stepping the world. */
  private async run(method: AsyncMethod, args: unknown[]): Promise<unknown> {
    const call = this.beginCall(method, args);
    this.world.advanceTo(call.endsAt);
    return call.finish();
  }

  forward(cm: number): Promise<void> {
    return this.run('forward', [cm]) as Promise<void>;
  }
  backward(cm: number): Promise<void> {
    return this.run('backward', [cm]) as Promise<void>;
  }
  turn(deg: number): Promise<void> {
    return this.run('turn', [deg]) as Promise<void>;
  }
  drive(left: number, right: number): void {
    this.callSync('drive', [left, right]);
  }
  stop(): void {
    this.callSync('stop', []);
  }
  wait(ms: number): Promise<void> {
    return this.run('wait', [ms]) as Promise<void>;
  }
  distance(): Promise<number> {
    return this.run('distance', []) as Promise<number>;
  }
  line(): Promise<LineReading> {
    return this.run('line', []) as Promise<LineReading>;
  }
  lineRaw(): Promise<LineRawReading> {
    return this.run('lineRaw', []) as Promise<LineRawReading>;
  }
  led(state: LedState): void {
    this.callSync('led', [state]);
  }
  beep(hz: number, ms: number): Promise<void> {
    return this.run('beep', [hz, ms]) as Promise<void>;
  }
  servo(deg: number): Promise<void> {
    return this.run('servo', [deg]) as Promise<void>;
  }
  button(): Promise<boolean> {
    return this.run('button', []) as Promise<boolean>;
  }
  time(): number {
    return this.callSync('time', []) as number;
  }
}
