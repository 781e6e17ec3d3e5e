// The grading queue: pg-boss in the hub's own database. A hand-in's job is sent in the
// transaction that keeps the hand-in, so a hand-in answered 202 always has its job; jobs
// are taken in order of hand-in, a batch at a time, by this hub (and, on a PostgreSQL
// server, by `mekong grader` processes elsewhere).
import PgBoss from 'pg-boss';
import type { HubDb, Queryable, SqlExecutor } from './database.ts';
import type { GradeHandins } from './grader.ts';
import { getHandins, saveGrade } from './store.ts';

/** The queue's name in pg-boss. */
export const GRADE_QUEUE = 'mekong-grade';

export interface GradeJob {
  /** The hand-in's id. */
  handin: string;
}

/** How the queue takes jobs. */
export interface QueueOptions {
  /**
   * Hand-ins graded together (one class per lesson in the worker threads). Default 16: each
   * batch starts its threads (about 1 s of CPU each), so small batches cost more.
   */
  batchSize?: number;
  /** How often an idle worker looks for jobs, s (pg-boss's minimum is 0.5). Default 0.5. */
  pollingIntervalSeconds?: number;
  /**
   * A job taken by a process that died goes back to the queue after this long, s. On the
   * embedded database only this hub takes jobs, so it takes its own back at once on start.
   */
  expireInSeconds?: number;
}

export interface GradeQueue {
  /** Sends the job of hand-in `id` inside the transaction `tx`. */
  enqueue(tx: Queryable, id: string): Promise<void>;
  /** Starts taking jobs and grading them with `grade`. */
  work(grade: GradeHandins): Promise<void>;
  stop(): Promise<void>;
  /** The pg-boss instance, for the hub's other queues (competition rounds). */
  boss: PgBoss;
}

/** `tx` as pg-boss's `db` option: a job sent in that transaction. */
export function executorOf(tx: Queryable): SqlExecutor {
  return { executeSql: async (text, values) => ({ rows: await tx.query(text, values ?? []) }) };
}

/**
 * On the embedded database only this hub takes jobs: those of `queue` left active by a hub
 * that was killed are nobody's, and go back to the queue (failed, to be retried) at once.
 */
export async function retryLost(db: HubDb, boss: PgBoss, queue: string): Promise<void> {
  if (db.kind !== 'embedded') return;
  const lost = await db.query<{ id: string }>(
    "SELECT id FROM pgboss.job WHERE name = $1 AND state = 'active'",
    [queue],
  );
  if (lost.length > 0)
    await boss.fail(
      queue,
      lost.map((j) => j.id),
    );
}

/** Opens the queue in `db` (making or migrating pg-boss's own schema). */
export async function openQueue(db: HubDb, options: QueueOptions = {}): Promise<GradeQueue> {
  const boss = new PgBoss({ ...db.queue, schedule: false, supervise: true });
  // pg-boss reports a lost connection here; the next job retries it.
  boss.on('error', () => {});
  await boss.start();
  await boss.createQueue(GRADE_QUEUE);
  const batchSize = options.batchSize ?? 16;
  const sendOptions = {
    retryLimit: 3,
    expireInSeconds: options.expireInSeconds ?? 15 * 60,
  };
  return {
    async enqueue(tx, id) {
      await boss.send(GRADE_QUEUE, { handin: id } satisfies GradeJob, {
        ...sendOptions,
        db: executorOf(tx),
      });
    },
    async work(grade) {
      await retryLost(db, boss, GRADE_QUEUE);
      await boss.work<GradeJob>(
        GRADE_QUEUE,
        { batchSize, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 0.5 },
        async (jobs) => {
          const handins = await getHandins(
            db,
            jobs.map((j) => j.data.handin),
          );
          const waiting = handins.filter((h) => h.status === 'queued');
          const grades = await grade(waiting);
          for (const [id, g] of grades) await saveGrade(db, id, g);
        },
      );
    },
    stop: () => boss.stop({ graceful: false, wait: true, close: true }),
    boss,
  };
}
