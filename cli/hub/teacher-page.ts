// The teacher page (/teacher): an HTML shell in the teacher's language, its words for the
// script as JSON data, and the script (teacher-client.js) and style from the hub itself, so
// the page keeps the strict Content-Security-Policy (no inline script or style).
import { readFileSync } from 'node:fs';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Lang } from '../../robot/i18n/lang.ts';
import { say } from '../../robot/i18n/localize.ts';
import { competitionWords } from './competition-text.ts';
import { TEACHER_CATALOG, TEACHER_TEXT } from './teacher-text.ts';

const CLIENT = readFileSync(new URL('./teacher-client.js', import.meta.url), 'utf8');
const HELPERS = readFileSync(new URL('./page-helpers.js', import.meta.url), 'utf8');
const STYLE = readFileSync(new URL('./teacher.css', import.meta.url), 'utf8');

/** `text` safe inside HTML text and inside a <script type="application/json">. */
function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The page's HTML in `lang`. */
export function teacherPageHtml(lang: Lang): string {
  const words = Object.fromEntries(
    Object.keys(TEACHER_TEXT).map((key) => [
      key,
      say(TEACHER_CATALOG, key as keyof typeof TEACHER_TEXT, lang),
    ]),
  );
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(words.title as string)} · Mekong Robotics</title>
<link rel="stylesheet" href="/teacher/teacher.css">
<script type="application/json" id="words">${esc(JSON.stringify(words))}</script>
<script type="module" src="/teacher/teacher.js"></script>
<script type="application/json" id="competition-words">${esc(JSON.stringify(competitionWords(lang)))}</script>
<script type="module" src="/teacher/competitions.js"></script>
</head>
<body>
<h1>${esc(words.title as string)}</h1>
<main id="teacher"></main>
<section id="competitions" hidden></section>
</body>
</html>
`;
}

/** Adds /teacher and its script and style to `app`. */
export function teacherRoutes(app: FastifyInstance, langOf: (req: FastifyRequest) => Lang) {
  app.get('/teacher', async (req, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('Cache-Control', 'no-cache')
      .send(teacherPageHtml(langOf(req))),
  );
  app.get('/teacher/teacher.js', async (_req, reply) =>
    reply.type('text/javascript; charset=utf-8').header('Cache-Control', 'no-cache').send(CLIENT),
  );
  app.get('/teacher/page-helpers.js', async (_req, reply) =>
    reply.type('text/javascript; charset=utf-8').header('Cache-Control', 'no-cache').send(HELPERS),
  );
  app.get('/teacher/teacher.css', async (_req, reply) =>
    reply.type('text/css; charset=utf-8').header('Cache-Control', 'no-cache').send(STYLE),
  );
}
