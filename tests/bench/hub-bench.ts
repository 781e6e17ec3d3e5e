// The classroom hub under a class's load, on loopback only: 40 students sign in, then all
// hand in at once, 5 programs each (each student's one after the other, as a page does).
// Prints the acknowledgement times (202 once committed) and how long grading took.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEmbedded } from '../../cli/hub/database.ts';
import { openHub } from '../../cli/hub/hub.ts';
import { hubRoutes } from '../../cli/hub/hub-routes.ts';
import { getHandins, saveClass } from '../../cli/hub/store.ts';
import { loadLessons } from '../../cli/runtime/load-lessons.ts';
import { serveStatic } from '../../cli/runtime/static-server.ts';

const STUDENTS = 40;
const HANDINS_EACH = 5;
const LESSON = join(import.meta.dirname, '../../lessons/01-hello-robot');

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export async function benchHub(): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(join(tmpdir(), 'mekong-hub-bench-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Mekong</title>');
  const startedAt = performance.now();
  const db = await openEmbedded({ dataDir: join(dir, 'data') });
  const hub = await openHub({ db, lessons: await loadLessons() });
  const openMs = performance.now() - startedAt;
  const server = await serveStatic(dir, { port: 0, host: '127.0.0.1', extend: hubRoutes(hub) });
  const sources = [
    readFileSync(join(LESSON, 'solution.ts'), 'utf8'),
    readFileSync(join(LESSON, 'starter.ts'), 'utf8'),
  ];
  const names = Array.from({ length: STUDENTS }, (_, i) => `Student ${i + 1}`);
  await saveClass(db, 'Bench', names);
  const post = (path: string, body: unknown, cookie = '') =>
    fetch(new URL(path, server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });
  const cookies = await Promise.all(
    names.map(async (student) => {
      const res = await post('/api/session', { class: 'Bench', student });
      return (res.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
    }),
  );
  const acks: number[] = [];
  const ids: string[] = [];
  const handInAt = performance.now();
  await Promise.all(
    names.map(async (student, s) => {
      for (let i = 0; i < HANDINS_EACH; i++) {
        const body = {
          class: 'Bench',
          student,
          lesson: 'hello-robot',
          program: { kind: 'ts', source: sources[(s + i) % 2] },
        };
        const sent = performance.now();
        const res = await post('/api/handins', body, cookies[s]);
        acks.push(performance.now() - sent);
        if (res.status !== 202)
          throw new Error(`hand-in refused: ${res.status} ${await res.text()}`);
        ids.push(((await res.json()) as { id: string }).id);
      }
    }),
  );
  const acknowledgedMs = performance.now() - handInAt;
  for (;;) {
    const rows = await getHandins(db, ids);
    if (rows.length === ids.length && rows.every((r) => r.status === 'graded')) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const gradedMs = performance.now() - handInAt;
  const graded = await getHandins(db, ids);
  await server.close();
  await hub.close();
  rmSync(dir, { recursive: true, force: true });
  acks.sort((a, b) => a - b);
  return {
    'hub start on a new data folder (initdb, migrations, queue), ms': Math.round(openMs),
    'hand-ins (40 students x 5, all at once)': ids.length,
    'acknowledgement p50, ms': Math.round(percentile(acks, 50)),
    'acknowledgement p95, ms': Math.round(percentile(acks, 95)),
    'acknowledgement max, ms': Math.round(percentile(acks, 100)),
    'all acknowledged after, ms': Math.round(acknowledgedMs),
    'all graded after, ms': Math.round(gradedMs),
    'graded / passed / lost': `${graded.length} / ${graded.filter((g) => g.passed).length} / ${ids.length - graded.length}`,
  };
}
