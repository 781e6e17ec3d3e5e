// Not robot/index.ts: its kits and checks bring zod, which the web app's first frame
// (this body in the worker's idle world) does without.
import { wheelSpeedAt } from '../../robot/kits/drive-model.ts';
import type { Kit } from '../../robot/kits/kit-schema.ts';
import {
  type MotorTraits,
  SERVO_AHEAD_DEG,
  SERVO_DEG_PER_MS,
  ULTRASONIC_HALF_ANGLE_DEG,
} from '../../robot/motion/index.ts';
import { cos, degToRad, radToDeg, sin, sinCos, wrapRad } from './det-math.ts';
import { type Aabb, type Cone, rectPoints, type Shape, type Vec } from './geometry.ts';
import type { RealismSpec } from './realism.ts';
import type { Rng } from './rng.ts';

/** Scratch for sinCos, so a step allocates nothing. */
const trig = { sin: 0, cos: 1 };

/**
 * One robot's body in the world: pose, motors, servo, LED, buzzer and button state,
 * built from its kit profile. Frame: x forward, y left; pose in world cm and radians.
 */
export class SimBody {
  readonly index: number;
  readonly kit: Kit;
  x: number;
  y: number;
  /** Radians, counter-clockwise from +x, in (-pi, pi]. */
  heading: number;
  /** Commanded wheel power, percent -100..100. */
  powerLeft = 0;
  powerRight = 0;
  /** Actual wheel surface speed, cm/s. */
  speedLeft = 0;
  speedRight = 0;
  /** Pan servo angle, degrees 0..180 (SERVO_AHEAD_DEG = ahead). */
  servoDeg = SERVO_AHEAD_DEG;
  /** Where the servo is turning to, degrees. */
  servoTarget = SERVO_AHEAD_DEG;
  /** 'off', 'on' or a colour. */
  led = 'off';
  beepHz = 0;
  /** Simulated ms when the current beep ends. */
  beepUntil = 0;
  buttonPressed = false;
  /**
   * Radius of a circle around (x, y) that holds the whole body whatever its heading, cm:
   * a cheap bound for the world's broad phase.
   */
  readonly reachCm: number;
  /**
   * Broad-phase memo kept by the world: nothing static or movable is nearer than
   * `clearanceCm` to the reach circle centred at (clearX, clearY); negative when unknown.
   */
  clearanceCm = -1;
  clearX = 0;
  clearY = 0;

  /** |dx| + |dy| since the clearance was measured, cm: never less than the distance moved. */
  movedSinceClearance(): number {
    return Math.abs(this.x - this.clearX) + Math.abs(this.y - this.clearY);
  }
  /** Ids of the things touched after the last step ("wall:3", "robot:1", ...). */
  contacts = new Set<string>();
  /** Contacts found during the current step (becomes `contacts` at its end). */
  nextContacts = new Set<string>();
  readonly rng: Rng;
  /** How the motors take power: with a dead band under classroom realism, never in PWM steps. */
  readonly motors: MotorTraits;
  private readonly realism: RealismSpec;
  private readonly gainLeft: number;
  private readonly gainRight: number;
  readonly servoOffsetDeg: number;
  /** Wheel speeds the motors settle at for the current powers, cm/s. */
  private targetLeft = 0;
  private targetRight = 0;
  // cos/sin of the heading and the outline are derived from the pose when first needed
  // after it changed: most steps move the robot without anyone looking at its outline.
  private c = 1;
  private s = 0;
  private trigFresh = false;
  private readonly outline: Shape & { kind: 'poly' };
  private readonly box: Aabb;
  private outlineFresh = false;

  constructor(
    index: number,
    kit: Kit,
    pose: { x: number; y: number; headingDeg: number },
    realism: RealismSpec,
    rng: Rng,
  ) {
    this.index = index;
    this.kit = kit;
    this.x = pose.x;
    this.y = pose.y;
    this.heading = wrapRad(degToRad(pose.headingDeg));
    this.realism = realism;
    this.motors = { deadBand: realism.deadBand, pwmSteps: false };
    this.rng = rng;
    const gain = () => 1 + Math.max(-2.5, Math.min(2.5, rng.gaussian(1))) * realism.motorGainSd;
    this.gainLeft = gain();
    this.gainRight = gain();
    this.servoOffsetDeg = rng.range(-1, 1) * realism.servoOffsetMaxDeg;
    const { lengthCm, widthCm, centerOffsetCm } = kit.body;
    this.reachCm = Math.hypot(lengthCm / 2, widthCm / 2) + Math.abs(centerOffsetCm);
    this.outline = { kind: 'poly', points: rectPoints(0, 0, lengthCm, widthCm, 1, 0) };
    this.box = { minX: 0, minY: 0, maxX: 0, maxY: 0 };
  }

  /** The body rectangle in world cm (derived from the pose; do not modify). */
  get shape(): Shape & { kind: 'poly' } {
    if (!this.outlineFresh) this.buildOutline();
    return this.outline;
  }

  /** Bounding box of `shape`, world cm. */
  get aabb(): Aabb {
    if (!this.outlineFresh) this.buildOutline();
    return this.box;
  }

  get headingDeg(): number {
    return radToDeg(this.heading);
  }

  /** Wheel speed (cm/s) of a motor at `power` percent, before the per-wheel gain. */
  nominalSpeed(power: number): number {
    return wheelSpeedAt(this.kit.drive, power, this.motors.deadBand);
  }

  setPowers(left: number, right: number): void {
    this.powerLeft = Math.max(-100, Math.min(100, left));
    this.powerRight = Math.max(-100, Math.min(100, right));
    this.targetLeft = this.nominalSpeed(this.powerLeft) * this.gainLeft;
    this.targetRight = this.nominalSpeed(this.powerRight) * this.gainRight;
  }

  /** Advances motors and pose by `dtMs` (no collisions; the world resolves those). */
  integrate(dtMs: number): void {
    // At rest with no power asked for, nothing changes.
    if (
      this.speedLeft === 0 &&
      this.speedRight === 0 &&
      this.powerLeft === 0 &&
      this.powerRight === 0
    )
      return;
    const targetL = this.targetLeft;
    const targetR = this.targetRight;
    const lag = this.realism.motorLagMs;
    if (lag > 0) {
      const k = dtMs >= lag ? 1 : dtMs / lag;
      this.speedLeft += (targetL - this.speedLeft) * k;
      this.speedRight += (targetR - this.speedRight) * k;
      if (Math.abs(this.speedLeft) < 1e-6 && targetL === 0) this.speedLeft = 0;
      if (Math.abs(this.speedRight) < 1e-6 && targetR === 0) this.speedRight = 0;
    } else {
      this.speedLeft = targetL;
      this.speedRight = targetR;
    }
    if (this.speedLeft === 0 && this.speedRight === 0) return;
    const dt = dtMs / 1000;
    const v = (this.speedLeft + this.speedRight) / 2;
    const w = (this.speedRight - this.speedLeft) / this.kit.drive.trackWidthCm;
    if (w === 0) {
      // Straight: the heading and its cos/sin stay as they are.
      if (!this.trigFresh) this.refreshTrig();
      this.shift(v * dt * this.c, v * dt * this.s);
      return;
    }
    const mid = this.heading + (w * dt) / 2;
    sinCos(mid, trig);
    this.x += v * dt * trig.cos;
    this.y += v * dt * trig.sin;
    this.heading = wrapRad(this.heading + w * dt);
    this.trigFresh = false;
    this.outlineFresh = false;
  }

  /** Turns the pan servo toward its target at the SG90's speed. */
  stepServo(dtMs: number): void {
    const delta = this.servoTarget - this.servoDeg;
    if (delta === 0) return;
    const max = SERVO_DEG_PER_MS * dtMs;
    this.servoDeg =
      Math.abs(delta) <= max ? this.servoTarget : this.servoDeg + (delta > 0 ? max : -max);
  }

  /**
   * No wheel surface goes faster than this (cm/s) until the powers change: motor lag
   * moves each wheel's speed from where it is toward its target, never past it.
   */
  speedBound(): number {
    return Math.max(
      Math.abs(this.speedLeft),
      Math.abs(this.speedRight),
      Math.abs(this.targetLeft),
      Math.abs(this.targetRight),
    );
  }

  /** True while the pan servo is still turning. */
  servoMoving(): boolean {
    return this.servoTarget !== this.servoDeg;
  }

  /** Call after setting x, y or heading from outside: the derived outline is rebuilt. */
  updateShape(): void {
    this.trigFresh = false;
    this.outlineFresh = false;
    this.clearanceCm = -1;
  }

  private refreshTrig(): void {
    sinCos(this.heading, trig);
    this.c = trig.cos;
    this.s = trig.sin;
    this.trigFresh = true;
  }

  private buildOutline(): void {
    if (!this.trigFresh) this.refreshTrig();
    const { lengthCm, widthCm, centerOffsetCm } = this.kit.body;
    const c = this.c;
    const sn = this.s;
    const cx = this.x + c * centerOffsetCm;
    const cy = this.y + sn * centerOffsetCm;
    const hx = lengthCm / 2;
    const hy = widthCm / 2;
    const [p0, p1, p2, p3] = this.outline.points as [Vec, Vec, Vec, Vec];
    setPoint(p0, cx + c * hx - sn * hy, cy + sn * hx + c * hy);
    setPoint(p1, cx - c * hx - sn * hy, cy - sn * hx + c * hy);
    setPoint(p2, cx - c * hx + sn * hy, cy - sn * hx - c * hy);
    setPoint(p3, cx + c * hx + sn * hy, cy + sn * hx - c * hy);
    const a = this.box;
    a.minX = Math.min(p0.x, p1.x, p2.x, p3.x);
    a.minY = Math.min(p0.y, p1.y, p2.y, p3.y);
    a.maxX = Math.max(p0.x, p1.x, p2.x, p3.x);
    a.maxY = Math.max(p0.y, p1.y, p2.y, p3.y);
    this.outlineFresh = true;
  }

  /** Moves the body by (dx, dy) cm (collision response). */
  shift(dx: number, dy: number): void {
    this.x += dx;
    this.y += dy;
    this.outlineFresh = false;
  }

  /** A point given in the robot frame (x forward, y left, cm), in world cm. */
  toWorld(px: number, py: number): Vec {
    return this.toWorldInto(px, py, { x: 0, y: 0 });
  }

  /** toWorld() written into `out` (no allocation on hot paths); returns `out`. */
  toWorldInto(px: number, py: number, out: Vec): Vec {
    if (!this.trigFresh) this.refreshTrig();
    out.x = this.x + this.c * px - this.s * py;
    out.y = this.y + this.s * px + this.c * py;
    return out;
  }

  /** The ultrasonic sensor's cone in world coordinates, or undefined without one. */
  ultrasonicCone(): Cone | undefined {
    const us = this.kit.ultrasonic;
    if (!us) return undefined;
    const pan = us.onServo ? this.servoDeg + this.servoOffsetDeg - SERVO_AHEAD_DEG : 0;
    const dir = this.heading + degToRad(us.mount.headingDeg + pan);
    const half = degToRad(ULTRASONIC_HALF_ANGLE_DEG);
    return {
      o: this.toWorld(us.mount.x, us.mount.y),
      ax: cos(dir),
      ay: sin(dir),
      e1: { x: cos(dir + half), y: sin(dir + half) },
      e2: { x: cos(dir - half), y: sin(dir - half) },
      cosHalf: cos(half),
    };
  }
}

function setPoint(p: Vec, x: number, y: number): void {
  p.x = x;
  p.y = y;
}
