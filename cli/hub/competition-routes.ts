// The hub's competition API (docs/classroom.md documents it): the teacher opens a
// competition for a class and runs its rounds; students hand in a program to it; anyone on
// the room's network reads its standings and watches its replays on the projector (names
// and results only, as the class sees them on the wall: replays keep no source).
import { readFileSync } from 'node:fs';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { builtinFormat, builtinFormatIds } from '../../lessons/competitions/formats.ts';
import { errorJson } from '../../lessons/competitions/standings-view.ts';
import type { Standing } from '../../lessons/competitions/tournament.ts';
import type { ErrorData } from '../../robot/errors.ts';
import { MekongError } from '../../robot/errors.ts';
import type { Lang } from '../../robot/i18n/lang.ts';
import { fewestEntrants } from './competition-rounds.ts';
import {
  addRound,
  type CompetitionRow,
  classCompetitions,
  getCompetition,
  insertEntry,
  latestEntries,
  openCompetition,
  type RoundRow,
  roundReplays,
  roundsOf,
} from './competition-store.ts';
import type { Hub } from './hub.ts';
import { field, programBody, requestLang } from './hub-routes.ts';
import { classId, studentId } from './store.ts';
import '../../lessons/competitions/texts/compete-errors.ts';
import '../../robot/blocks/blocks-errors.ts';
import './competition-errors.ts';

const CLIENT = readFileSync(new URL('./competition-teacher.js', import.meta.url), 'utf8');

export interface CompetitionAccess {
  /** Throws HUB_TEACHER_ONLY unless the request has the teacher's session. */
  requireTeacher(req: FastifyRequest): Promise<void>;
  /** The student the request's session signs in, if any. */
  student(req: FastifyRequest): Promise<number | 'teacher' | undefined>;
  /** Largest request body read (the hand-in's). */
  bodyLimit: number;
}

/** A format's id and title in `lang`. */
function formatView(id: string, lang: Lang) {
  return { id, title: builtinFormat(id)?.title[lang] ?? id };
}

/** A round as the page reads it: its standings worded in `lang` once it is done. */
function roundView(round: RoundRow, lang: Lang) {
  const standings = round.standings as Standing[] | null;
  return {
    number: round.number,
    status: round.status,
    mode: round.mode,
    played: round.played,
    total: round.total,
    finishedAt: round.finishedAt ? new Date(round.finishedAt).toISOString() : null,
    standings:
      standings?.map((row) => ({ ...row, error: errorJson(row.error as ErrorData, lang) })) ?? null,
  };
}

async function competitionView(hub: Hub, c: CompetitionRow, lang: Lang) {
  const rounds = await roundsOf(hub.db, c.id);
  const last = rounds[0];
  const done = rounds.find((r) => r.status === 'done');
  return {
    id: c.id,
    class: c.className,
    format: formatView(c.format, lang),
    entrants: c.entrants,
    round: last ? roundView(last, lang) : null,
    /** The newest round that finished: its standings and replays are what the projector shows. */
    done: done ? roundView(done, lang) : null,
  };
}

/** Adds the competition routes to `app` (inside hubRoutes: its error handler answers). */
export function competitionRoutes(app: FastifyInstance, hub: Hub, access: CompetitionAccess) {
  const { db } = hub;

  app.get('/teacher/competitions.js', async (_req, reply) =>
    reply.type('text/javascript; charset=utf-8').header('Cache-Control', 'no-cache').send(CLIENT),
  );

  // The projector is the web app's replay viewer, fed by this competition.
  app.get<{ Params: { id: string } }>('/competitions/:id/projector', async (req, reply) => {
    const c = await getCompetition(db, req.params.id);
    return reply.redirect(`/?competition=${c.id}`);
  });

  app.get<{ Querystring: { class?: string } }>('/api/competitions', async (req) => {
    const lang = requestLang(req);
    const cls = await classId(db, field(req.query, 'class', 'a class name'));
    const competitions = await classCompetitions(db, cls);
    return {
      formats: builtinFormatIds().map((id) => formatView(id, lang)),
      competitions: await Promise.all(competitions.map((c) => competitionView(hub, c, lang))),
    };
  });

  app.post('/api/competitions', async (req, reply) => {
    await access.requireTeacher(req);
    const cls = await classId(db, field(req.body, 'class', 'a class name'));
    const format = field(req.body, 'format', 'a format id');
    if (!builtinFormat(format))
      throw new MekongError('HUB_UNKNOWN_FORMAT', {
        format,
        formats: builtinFormatIds().join(', '),
      });
    return reply.code(201).send({ id: await openCompetition(db, cls, format) });
  });

  app.get<{ Params: { id: string } }>('/api/competitions/:id', async (req) => {
    const c = await getCompetition(db, req.params.id);
    return competitionView(hub, c, requestLang(req));
  });

  app.post<{ Params: { id: string } }>(
    '/api/competitions/:id/entries',
    { bodyLimit: access.bodyLimit },
    async (req, reply) => {
      const body = programBody(req.body);
      const c = await getCompetition(db, req.params.id, body.class);
      const student = await studentId(db, body.class, body.student);
      if ((await access.student(req)) !== student)
        throw new MekongError('HUB_NOT_SIGNED_IN', { name: body.student, class: body.class });
      const id = await insertEntry(db, c.id, student, body.program.kind, body.program.source);
      // Answered once it is committed; the next round plays it.
      return reply.code(202).send({ id });
    },
  );

  app.post<{ Params: { id: string } }>('/api/competitions/:id/rounds', async (req, reply) => {
    await access.requireTeacher(req);
    const c = await getCompetition(db, req.params.id);
    const format = builtinFormat(c.format);
    const needed = format ? fewestEntrants(format) : 1;
    const count = (await latestEntries(db, c.id)).length;
    if (count < needed) throw new MekongError('HUB_TOO_FEW_ENTRIES', { count, needed });
    const round = await db.transaction(async (tx) => {
      const added = await addRound(tx, c.id);
      await hub.rounds.enqueue(tx, added.id);
      return added;
    });
    return reply.code(202).send({ round: round.number });
  });

  // The newest finished round's replays: the last match with its traces (to play it).
  app.get<{ Params: { id: string } }>('/api/competitions/:id/replays', async (req) => {
    const c = await getCompetition(db, req.params.id);
    const done = (await roundsOf(db, c.id)).find((r) => r.status === 'done');
    if (!done) return { round: null, replays: [] };
    const rows = await roundReplays(db, done.id, done.total ?? 0);
    return {
      round: done.number,
      replays: rows.map((row) => {
        const replay = row.replay as { rounds: Record<string, unknown>[] };
        const traces = row.traces as unknown[] | null;
        if (!traces) return replay;
        return { ...replay, rounds: replay.rounds.map((r, i) => ({ ...r, trace: traces[i] })) };
      }),
    };
  });
}
