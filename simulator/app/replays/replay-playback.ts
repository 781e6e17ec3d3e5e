import { movableIds } from '../../../lessons/checks/check-context.ts';
import type { Replay } from '../../../lessons/competitions/replay.ts';
import type { MatchRecord } from '../../../lessons/competitions/tournament.ts';
import { quietRobot, type RobotSnapshot, type WorldSnapshot } from '../../render/snapshot.ts';

/**
 * What the replay viewer draws at a moment of a round: the world's state from the round's
 * recorded trace (poses every 50 ms, interpolated between; LEDs from the events). It never
 * runs a program: the trace is the match.
 */

export type ReplayTrace = NonNullable<Replay['rounds'][number]['trace']>;

/** Colours that tell the robots of a match apart (kit colours are often the same). */
export const ROBOT_COLOURS = ['#d93a2b', '#1f6fd1', '#2e9d4b', '#e0a100'] as const;

/** Which program (index into replay.programs) drives each robot of round `round`. */
export function driversOf(replay: Replay, round: number): number[] {
  const result = replay.rounds[round]?.result;
  return result?.kind === 'sumo' ? [...result.robots] : [0];
}

/** The last recorded moment of a trace, ms. */
export function durationOf(trace: ReplayTrace): number {
  return trace.samples.at(-1)?.t ?? 0;
}

/** Index of the last sample at or before `t` (samples are in time order). */
function sampleAt(trace: ReplayTrace, t: number): number {
  let lo = 0;
  let hi = trace.samples.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((trace.samples[mid]?.t ?? 0) <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Degrees from `a` to `b` the short way round, in (-180, 180]. */
function turnBetween(a: number, b: number): number {
  let d = (b - a) % 360;
  if (d > 180) d -= 360;
  if (d <= -180) d += 360;
  return d;
}

function ledAt(trace: ReplayTrace, robot: number, t: number): string {
  let led = 'off';
  for (const e of trace.events) {
    if (e.t > t) break;
    if (e.robot === robot && e.type === 'led') led = String((e as { state?: unknown }).state);
  }
  return led;
}

/** The state of the world at `t` ms into the round, for the 3-D view. */
export function snapshotAt(world: Replay['world'], trace: ReplayTrace, t: number): WorldSnapshot {
  const i = sampleAt(trace, t);
  const a = trace.samples[i];
  const b = trace.samples[i + 1] ?? a;
  if (!a || !b) return { time: t, robots: [], movables: [] };
  const k = b.t > a.t ? Math.min(1, Math.max(0, (t - a.t) / (b.t - a.t))) : 0;
  const lerp = (p: number, q: number) => p + (q - p) * k;
  const robots = a.robots.map((pa, r): RobotSnapshot => {
    const pb = b.robots[r] ?? pa;
    return quietRobot({
      x: lerp(pa[0], pb[0]),
      y: lerp(pa[1], pb[1]),
      headingDeg: pa[2] + turnBetween(pa[2], pb[2]) * k,
      led: ledAt(trace, r, t),
    });
  });
  const ids = movableIds(world);
  const movables = a.objects.map((pa, m) => {
    const pb = b.objects[m] ?? pa;
    return { id: ids[m] ?? `object-${m}`, x: lerp(pa[0], pb[0]), y: lerp(pa[1], pb[1]) };
  });
  return { time: t, robots, movables };
}

/** The competition a replay belongs to: matches of one competition share this key. */
export function competitionKey(replay: Replay): string {
  const { mode, entrants } = replay.competition;
  return JSON.stringify([replay.format.id, mode, entrants]);
}

/** A replay's match as the standings count it. */
export function recordOf(replay: Replay): MatchRecord {
  return {
    players: replay.competition.players,
    rounds: replay.rounds.map((r) => r.result) as MatchRecord['rounds'],
    stopped: replay.stopped as MatchRecord['stopped'],
    ...(replay.competition.round === undefined ? {} : { round: replay.competition.round }),
  };
}

/**
 * Names to show for programs given as paths: the folder they all share is left out
 * ("entries/anh.ts", "entries/binh.ts" show as "anh.ts", "binh.ts").
 */
export function shortNames(programs: readonly string[]): Map<string, string> {
  const parts = programs.map((p) => p.split(/[\\/]/));
  let shared = 0;
  const first = parts[0] ?? [];
  while (
    shared < first.length - 1 &&
    parts.every((p) => p.length - 1 > shared && p[shared] === first[shared])
  ) {
    shared++;
  }
  return new Map(programs.map((p, i) => [p, (parts[i] ?? []).slice(shared).join('/')]));
}
