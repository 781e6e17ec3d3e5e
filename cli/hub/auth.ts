// Who may do what on the hub: the teacher by a PIN (made on first start, kept only as a
// scrypt hash), students by the class and name they picked. Both get a session: a random
// token in an httpOnly, SameSite=Strict cookie, kept in the database only as its SHA-256.
import { createHash, randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import type { Queryable } from './database.ts';

const scryptAsync = promisify(scrypt) as (
  pin: string,
  salt: Buffer,
  len: number,
) => Promise<Buffer>;

/** Digits of a teacher PIN: short enough to type on a projector, with rate limiting behind it. */
export const PIN_DIGITS = 6;

/** How long a session lasts, ms: a school day. */
export const SESSION_MS = 12 * 60 * 60 * 1000;

async function pinHash(pin: string, salt: Buffer): Promise<string> {
  return `${salt.toString('hex')}:${(await scryptAsync(pin, salt, 32)).toString('hex')}`;
}

/**
 * Makes the teacher PIN when the hub has none yet and returns it (the only time it is
 * known in the clear); undefined when there is one already.
 */
export async function createPinOnce(db: Queryable): Promise<string | undefined> {
  const pin = String(randomInt(0, 10 ** PIN_DIGITS)).padStart(PIN_DIGITS, '0');
  const rows = await db.query(
    'INSERT INTO teacher (id, pin_hash) VALUES (1, $1) ON CONFLICT DO NOTHING RETURNING id',
    [await pinHash(pin, randomBytes(16))],
  );
  return rows.length > 0 ? pin : undefined;
}

/** Replaces the teacher PIN (`mekong classroom pin`); returns the new one. */
export async function resetPin(db: Queryable): Promise<string> {
  const pin = String(randomInt(0, 10 ** PIN_DIGITS)).padStart(PIN_DIGITS, '0');
  await db.query(
    `INSERT INTO teacher (id, pin_hash) VALUES (1, $1)
     ON CONFLICT (id) DO UPDATE SET pin_hash = excluded.pin_hash`,
    [await pinHash(pin, randomBytes(16))],
  );
  await db.query('DELETE FROM sessions WHERE student_id IS NULL');
  return pin;
}

/** Whether `pin` is the teacher's. */
export async function checkPin(db: Queryable, pin: string): Promise<boolean> {
  const [row] = await db.query<{ pin_hash: string }>('SELECT pin_hash FROM teacher WHERE id = 1');
  if (!row) return false;
  const [salt = '', hash = ''] = row.pin_hash.split(':');
  const given = (await pinHash(pin, Buffer.from(salt, 'hex'))).split(':')[1] ?? '';
  return given.length === hash.length && timingSafeEqual(Buffer.from(given), Buffer.from(hash));
}

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new session for the teacher (`student` null) or a student; returns its token. */
export async function openSession(
  db: Queryable,
  student: number | null,
  now: Date,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.query('INSERT INTO sessions (token_hash, student_id, expires_at) VALUES ($1, $2, $3)', [
    tokenHash(token),
    student,
    new Date(now.getTime() + SESSION_MS),
  ]);
  return token;
}

/** Who a session token stands for: 'teacher', a student's id, or undefined (none, expired). */
export async function sessionOf(
  db: Queryable,
  token: string | undefined,
  now: Date,
): Promise<'teacher' | number | undefined> {
  if (!token) return undefined;
  const [row] = await db.query<{ student_id: number | null }>(
    'SELECT student_id FROM sessions WHERE token_hash = $1 AND expires_at > $2',
    [tokenHash(token), now],
  );
  if (!row) return undefined;
  return row.student_id ?? 'teacher';
}

/**
 * Wrong PINs per client address: after `allowed` wrong tries in a row, the next tries are
 * refused for a wait that doubles each time (from `firstWaitMs`), so a six-digit PIN cannot
 * be guessed in a school day. Kept in memory: a restart forgets it, and restarting needs
 * the teacher's computer anyway.
 */
export class PinLimiter {
  readonly #wrong = new Map<string, { count: number; until: number }>();

  constructor(
    private readonly allowed = 5,
    private readonly firstWaitMs = 30_000,
  ) {}

  /** Ms `client` must still wait before trying again (0: it may try now). */
  waitMs(client: string, now: number): number {
    const entry = this.#wrong.get(client);
    return entry ? Math.max(0, entry.until - now) : 0;
  }

  wrong(client: string, now: number): void {
    const entry = this.#wrong.get(client) ?? { count: 0, until: 0 };
    entry.count++;
    if (entry.count >= this.allowed)
      entry.until = now + this.firstWaitMs * 2 ** (entry.count - this.allowed);
    this.#wrong.set(client, entry);
  }

  right(client: string): void {
    this.#wrong.delete(client);
  }
}
