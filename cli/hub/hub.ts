// The classroom hub put together: its database (migrated), the grading queue, the lessons
// hand-ins may name, the teacher PIN and the wrong-PIN limiter. `hubRoutes` serves it.

import type { PlayMatches } from '../../lessons/competitions/tournament.ts';
import type { Lesson } from '../../lessons/lesson-files.ts';
import { machineWorkers } from '../runtime/grade-threads.js';
import { matchPool } from '../runtime/match-pool.ts';
import { createPinOnce, PinLimiter } from './auth.ts';
import { openRoundQueue, type RoundQueue } from './competition-rounds.ts';
import type { HubDb } from './database.ts';
import { type GradeHandins, handinGrader } from './grader.ts';
import { migrate } from './migrations.ts';
import { type GradeQueue, openQueue, type QueueOptions } from './queue.ts';

export interface HubOptions {
  db: HubDb;
  lessons: readonly Lesson[];
  /** Grade here (default), with another grader, or not at all (`mekong grader` elsewhere does). */
  grade?: GradeHandins | false;
  /**
   * Grading (and match) worker threads per batch. Default: one per CPU core but one (at least one), so
   * a core stays free to answer the class while it grades.
   */
  workers?: number;
  queue?: QueueOptions;
  /** Play competition rounds here with these matches' player (default: the match pool), or not. */
  compete?: PlayMatches | false;
  /** The wall clock (ms): sessions' expiry, the PIN limiter, grading's hard stop. */
  now?: () => number;
}

export interface Hub {
  db: HubDb;
  queue: GradeQueue;
  rounds: RoundQueue;
  lessons: ReadonlyMap<string, Lesson>;
  limiter: PinLimiter;
  /** The teacher PIN when this start made it (first start), else undefined. */
  newPin: string | undefined;
  now: () => number;
  /** The address students type (set by `mekong start` once it listens); the teacher page shows it. */
  address?: string;
  close(): Promise<void>;
}

/** Opens the hub on `db`: migrates, makes the PIN on first start, starts grading. */
export async function openHub(options: HubOptions): Promise<Hub> {
  const { db } = options;
  const now = options.now ?? (() => Date.now());
  await migrate(db);
  const newPin = await createPinOnce(db);
  const lessons = new Map(options.lessons.map((l) => [l.id, l]));
  const queue = await openQueue(db, options.queue);
  const workers = options.workers ?? Math.max(1, machineWorkers() - 1);
  if (options.grade !== false) {
    await queue.work(
      options.grade ?? handinGrader({ lessons, now: () => performance.now(), workers }),
    );
  }
  const play =
    options.compete === false
      ? undefined
      : (options.compete ?? matchPool({ now: () => performance.now(), workers }));
  const rounds = await openRoundQueue(db, queue.boss, play);
  return {
    db,
    queue,
    rounds,
    lessons,
    limiter: new PinLimiter(),
    newPin,
    now,
    close: async () => {
      await queue.stop();
      await db.close();
    },
  };
}
