import type { RobotSnapshot, WorldSnapshot } from './snapshot.ts';

interface Arrived {
  snapshot: WorldSnapshot;
  /** Wall-clock ms when it arrived (the page's clock, never the world's). */
  at: number;
}

/**
 * Smooth motion between fixed world steps: keeps the last two snapshots and, for a frame
 * drawn at wall time `now`, blends from the older to the newer over the interval at which
 * they arrived. The picture runs one snapshot behind, which nobody can see at 60 fps.
 */
export class SnapshotBuffer {
  private older: Arrived | undefined;
  private newer: Arrived | undefined;

  /** Adds the world's latest state; a snapshot from an earlier time (a reset) starts afresh. */
  push(snapshot: WorldSnapshot, atMs: number): void {
    if (this.newer && snapshot.time < this.newer.snapshot.time) this.older = undefined;
    else this.older = this.newer;
    this.newer = { snapshot, at: atMs };
  }

  /** Forgets every snapshot: the next one is of a new world, never blended with the old. */
  clear(): void {
    this.older = undefined;
    this.newer = undefined;
  }

  /** The latest snapshot as it arrived, or undefined before the first. */
  get latest(): WorldSnapshot | undefined {
    return this.newer?.snapshot;
  }

  /** The state to draw at wall time `nowMs`. */
  sample(nowMs: number): WorldSnapshot | undefined {
    const { older, newer } = this;
    if (!newer) return undefined;
    if (!older || older.snapshot.robots.length !== newer.snapshot.robots.length) {
      return newer.snapshot;
    }
    const span = Math.max(1, newer.at - older.at);
    const alpha = Math.min(1, Math.max(0, (nowMs - newer.at) / span));
    return blendSnapshots(older.snapshot, newer.snapshot, alpha);
  }
}

function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}

/** Angle between a and b (degrees) along the shorter way round. */
export function lerpAngleDeg(a: number, b: number, t: number): number {
  let d = (b - a) % 360;
  if (d > 180) d -= 360;
  else if (d < -180) d += 360;
  return a + d * t;
}

/**
 * The state a fraction `t` (0..1) of the way from `a` to `b`: poses blend, while on/off
 * things (LED, beep, sensors) take `b`'s value so they never lag.
 */
export function blendSnapshots(a: WorldSnapshot, b: WorldSnapshot, t: number): WorldSnapshot {
  if (t >= 1) return b;
  return {
    time: lerp(a.time, b.time, t),
    robots: b.robots.map((rb, i) => blendRobot(a.robots[i] as RobotSnapshot, rb, t)),
    movables: b.movables.map((mb, i) => {
      const ma = a.movables[i];
      return ma && ma.id === mb.id
        ? { id: mb.id, x: lerp(ma.x, mb.x, t), y: lerp(ma.y, mb.y, t) }
        : mb;
    }),
  };
}

function blendRobot(a: RobotSnapshot, b: RobotSnapshot, t: number): RobotSnapshot {
  return {
    ...b,
    x: lerp(a.x, b.x, t),
    y: lerp(a.y, b.y, t),
    headingDeg: lerpAngleDeg(a.headingDeg, b.headingDeg, t),
    panDeg: lerp(a.panDeg, b.panDeg, t),
    speedLeft: lerp(a.speedLeft, b.speedLeft, t),
    speedRight: lerp(a.speedRight, b.speedRight, t),
  };
}
