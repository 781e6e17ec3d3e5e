import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { type ErrorData, errorData } from '../../robot/errors.ts';
import type { Kit } from '../../robot/kits/kit-schema.ts';
import type { SliceBeacon } from '../../robot/program/hard-stop.ts';
import { SimSession } from '../../simulator/world/sim-session.ts';
import { hashTrace, type Trace } from '../../simulator/world/trace.ts';
import type { Check } from '../checks/check-schema.ts';
import { evaluateCheck } from '../checks/evaluate.ts';
import { nearest, polylineOf } from '../checks/line-checks.ts';
import type { Format } from './format-files.ts';
import type { SumoRules, TimeTrialRules } from './format-schema.ts';

/** One program in a competition. */
export interface Competitor {
  /** How the organizer knows it: the path given on the command line. */
  program: string;
  source: string;
  language: 'ts' | 'js';
  /** Shown in the program's own errors, e.g. "anh.ts". */
  fileName: string;
  /** Id of its kit (one the format allows). */
  kit: string;
  /**
   * Why its file is no program (a block file that is not valid JSON, names an unknown block
   * or is too big): it plays an empty program and loses every round with this error.
   */
  unreadable?: ErrorData;
}

/** One run of a time trial. */
export interface TrialRound {
  kind: 'time-trial';
  seed: number;
  /** Reached the finish before the time limit. */
  finished: boolean;
  /** Simulated ms at which it reached the finish. */
  finishMs: number | null;
  /** Bumps into walls and obstacles (before the finish). */
  bumps: number;
  /** finishMs plus the bumps' penalty, ms: what ranks finished runs. */
  timeMs: number | null;
  /** How far along the route it got, cm (one decimal): what ranks unfinished runs. */
  distanceCm: number;
  /** The program's error, when it failed (a failed run ranks below every other). */
  error: ErrorData | null;
  simTimeMs: number;
}

/** One round of a sumo match. */
export interface SumoRound {
  kind: 'sumo';
  seed: number;
  /** The program (0 or 1) on each start: robots[0] drives robot 0 from starts[0]. */
  robots: [number, number];
  /** The program that won the round, or null for a draw. */
  winner: number | null;
  /** out: pushed (or drove) out of the ring; time: further in at the end; forfeit: a program failed. */
  how: 'out' | 'time' | 'forfeit';
  /** Per program: its robot's centre from the ring's centre at the end, cm (one decimal). */
  centreCm: [number, number];
  /** Per program: its error, when it failed. */
  errors: [ErrorData | null, ErrorData | null];
  simTimeMs: number;
}

export type RoundResult = TrialRound | SumoRound;

/** A round with what proves it: the trace and its hash. */
export interface PlayedRound {
  result: RoundResult;
  traceHash: string;
  trace: Trace;
}

/** What a match is: everything needed to play it again, bit for bit. */
export interface MatchJob {
  format: Format;
  /** Each competitor's kit profile, by id. */
  kits: Readonly<Record<string, Kit>>;
  /** One (time trial) or two (sumo). */
  competitors: Competitor[];
  seeds: number[];
}

/** A program the hard stop ended (its thread and the match's traces went with it). */
export interface MatchStop {
  /** Index into the competitors. */
  program: number;
  /** Index into the seeds: the round under way. */
  round: number;
  error: ErrorData;
}

export interface MatchOutcome {
  rounds: PlayedRound[];
  stopped: MatchStop | null;
}

/** How often (simulated ms) a round asks whether it is over: every trace sample. */
export const MATCH_ASK_MS = 50;

/** Most robots (programs) in one round; slice tags pack the round and the program. */
const TAG_STRIDE = 8;

/** The beacon tag while `program` runs a slice in round `round` (see MatchStop). */
export function sliceTagOf(round: number, program: number): number {
  return round * TAG_STRIDE + program;
}

/** The round and program a slice tag names. */
export function fromSliceTag(tag: number): { round: number; program: number } {
  return { round: Math.floor(tag / TAG_STRIDE), program: tag % TAG_STRIDE };
}

export interface PlayOptions {
  quickjs: QuickJSWASMModule;
  /** Wall clock for the sandbox's runaway budget only. */
  now: () => number;
  /** For a host that may end this thread; tags say whose slice runs (sliceTagOf). */
  beacon?: SliceBeacon;
}

/** One decimal, for results people read and files compare. */
function tenth(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Which program drives each robot in round `round`: sumo sides swap every round. */
export function robotsOf(job: MatchJob, round: number): number[] {
  if (job.competitors.length === 1) return [0];
  return round % 2 === 0 ? [0, 1] : [1, 0];
}

function newSession(job: MatchJob, round: number, options: PlayOptions): SimSession {
  const { format } = job;
  const robots = robotsOf(job, round);
  const rules = format.rules;
  return new SimSession({
    world: format.world,
    entries: robots.map((program, r) => {
      const c = job.competitors[program] as Competitor;
      const pose = rules.kind === 'sumo' ? rules.starts[r] : undefined;
      return {
        kit: job.kits[c.kit] as Kit,
        source: c.unreadable ? '' : c.source,
        language: c.language,
        fileName: c.fileName,
        ...(pose ? { pose } : {}),
      };
    }),
    seed: job.seeds[round] as number,
    realism: format.realism,
    maxTimeMs: format.timeLimitMs,
    quickjs: options.quickjs,
    now: options.now,
    ...(options.beacon
      ? { beacon: options.beacon, sliceTag: (r: number) => sliceTagOf(round, robots[r] as number) }
      : {}),
  });
}

/** Runs `session` in steps of MATCH_ASK_MS until `over` says so or time runs out. */
function runUntil(session: SimSession, limitMs: number, over: () => boolean): void {
  for (let t = MATCH_ASK_MS; ; t += MATCH_ASK_MS) {
    session.advance(Math.min(t, limitMs));
    if (session.finished || t >= limitMs || over()) return;
  }
}

/** The error of the program driving `robot` (its file's own, else its run's), if it failed. */
function failure(job: MatchJob, session: SimSession, round: number, robot: number) {
  const program = robotsOf(job, round)[robot] as number;
  const unreadable = job.competitors[program]?.unreadable;
  if (unreadable) return unreadable;
  const outcome = session.outcomes[robot];
  return outcome && !outcome.ok && outcome.error ? errorData(outcome.error) : null;
}

/** One time-trial run: until the finish, the program's end or the time limit. */
function playTrial(job: MatchJob, round: number, rules: TimeTrialRules, options: PlayOptions) {
  const { format } = job;
  const session = newSession(job, round, options);
  const { world } = session;
  const kit = job.kits[(job.competitors[0] as Competitor).kit] as Kit;
  const finish = rules.finish;
  const lap: Check | undefined =
    finish.type === 'lap'
      ? {
          id: 'lap',
          type: 'lap-time',
          required: true,
          weight: 1,
          line: finish.line,
          maxMs: format.timeLimitMs,
          targetMs: format.timeLimitMs,
          lapShare: finish.lapShare,
          toleranceCm: finish.toleranceCm,
        }
      : undefined;
  // The lap check reads the samples only (not how the program ended).
  const ctx = () => ({
    trace: world.trace,
    world: format.world,
    kit,
    robot: 0,
    timeLimitMs: format.timeLimitMs,
    end: null,
  });
  const finishedAt = (): number | undefined => {
    if (lap) return evaluateCheck(lap, ctx()).details?.lapMs;
    const zone = finish.type === 'zone' ? finish.zone : '';
    for (const e of world.trace.events) {
      if (e.type === 'zone' && e.robot === 0 && e.zone === zone && e.inside) return e.t;
    }
    return undefined;
  };
  try {
    const unreadable = job.competitors[0]?.unreadable !== undefined;
    runUntil(session, format.timeLimitMs, () => unreadable || finishedAt() !== undefined);
    world.finish();
    const finishMs = finishedAt() ?? null;
    const bumps = world.trace.events.filter(
      (e) =>
        e.type === 'collision' &&
        e.robot === 0 &&
        e.with !== 'robot' &&
        (finishMs === null || e.t <= finishMs),
    ).length;
    let distance: number;
    if (lap) {
      const line = format.world.lines[finish.type === 'lap' ? finish.line : 0];
      const share = evaluateCheck(lap, ctx()).details?.share ?? 0;
      distance = line ? share * polylineOf(line.points, true).length : 0;
    } else distance = routeProgress(world.trace, rules);
    const result: TrialRound = {
      kind: 'time-trial',
      seed: job.seeds[round] as number,
      finished: finishMs !== null,
      finishMs,
      bumps,
      timeMs: finishMs === null ? null : finishMs + bumps * rules.bumpPenaltyMs,
      distanceCm: tenth(distance),
      error: finishMs === null ? failure(job, session, round, 0) : null,
      simTimeMs: world.time,
    };
    return played(result, world.trace);
  } finally {
    session.dispose();
  }
}

/** How far robot 0 came along the route, cm: the furthest point it reached without a jump. */
function routeProgress(trace: Trace, rules: TimeTrialRules): number {
  if (!rules.route) return 0;
  const route = polylineOf(rules.route, false);
  /** A point further on than this past the best so far is another corridor, not progress. */
  const jumpCm = 2 * rules.routeToleranceCm;
  let best = 0;
  for (const sample of trace.samples) {
    const pose = sample.robots[0];
    if (!pose) continue;
    const { d, s } = nearest(route, pose[0], pose[1]);
    if (d <= rules.routeToleranceCm && s <= best + jumpCm && s > best) best = s;
  }
  return best;
}

/** One sumo round: until a robot is out, a program fails, both end, or the time limit. */
function playSumo(job: MatchJob, round: number, rules: SumoRules, options: PlayOptions) {
  const session = newSession(job, round, options);
  const { world } = session;
  const robots = robotsOf(job, round) as [number, number];
  const { ring } = rules;
  const fromCentre = (r: number) => {
    const body = world.robots[r];
    return body ? Math.hypot(body.x - ring.x, body.y - ring.y) : 0;
  };
  const over = () =>
    failure(job, session, round, 0) !== null ||
    failure(job, session, round, 1) !== null ||
    fromCentre(0) > ring.radius ||
    fromCentre(1) > ring.radius;
  try {
    runUntil(session, job.format.timeLimitMs, over);
    world.finish();
    // Per robot, then per program.
    const errs = [failure(job, session, round, 0), failure(job, session, round, 1)];
    const dist = [fromCentre(0), fromCentre(1)];
    const byProgram = <T>(values: T[]): [T, T] => {
      const out = [values[0], values[1]] as [T, T];
      out[robots[0]] = values[0] as T;
      out[robots[1]] = values[1] as T;
      return out;
    };
    const errors = byProgram(errs);
    const centre = byProgram(dist);
    let winner: number | null;
    let how: SumoRound['how'];
    if (errors[0] || errors[1]) {
      how = 'forfeit';
      winner = errors[0] && errors[1] ? null : errors[0] ? 1 : 0;
    } else {
      const out = centre.map((d) => d > ring.radius);
      how = out[0] || out[1] ? 'out' : 'time';
      const margin = centre[1] - centre[0];
      if (out[0] !== out[1]) winner = out[0] ? 1 : 0;
      else if (Math.abs(margin) <= rules.drawMarginCm) winner = null;
      else winner = margin > 0 ? 0 : 1;
    }
    const result: SumoRound = {
      kind: 'sumo',
      seed: job.seeds[round] as number,
      robots,
      winner,
      how,
      centreCm: [tenth(centre[0]), tenth(centre[1])],
      errors,
      simTimeMs: world.time,
    };
    return played(result, world.trace);
  } finally {
    session.dispose();
  }
}

function played(result: RoundResult, trace: Trace): PlayedRound {
  return { result, traceHash: hashTrace(trace), trace };
}

/** Plays round `round` (index into job.seeds) of a match. */
export function playRound(job: MatchJob, round: number, options: PlayOptions): PlayedRound {
  const rules = job.format.rules;
  if (options.beacon) options.beacon.tag = sliceTagOf(round, 0);
  return rules.kind === 'sumo'
    ? playSumo(job, round, rules, options)
    : playTrial(job, round, rules, options);
}

/** Plays every round of a match, in order, in this thread. */
export function playMatch(job: MatchJob, options: PlayOptions): MatchOutcome {
  const rounds = job.seeds.map((_, round) => playRound(job, round, options));
  return { rounds, stopped: null };
}
