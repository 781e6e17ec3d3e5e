// The teacher page (/teacher): an HTML shell in the teacher's language, its words for the
// script as JSON data, and the script (teacher-client.js) and style from the hub itself, so
// the page keeps the strict Content-Security-Policy (no inline script or style).
import { readFileSync } from 'node:fs';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import qrcode from 'qrcode';
import type { Lang } from '../../robot/i18n/lang.ts';
import { competitionWords, TEACHER_TEXT } from '../texts/teacher-page-words.ts';

const CLIENT = readFileSync(new URL('./teacher-client.js', import.meta.url), 'utf8');
const HELPERS = readFileSync(new URL('./page-helpers.js', import.meta.url), 'utf8');
const STYLE = readFileSync(new URL('./teacher.css', import.meta.url), 'utf8');

/** `text` safe inside HTML text and inside a <script type="application/json">. */
function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The page's HTML in `lang`; `address` is what students type (shown with its QR code). */
export function teacherPageHtml(lang: Lang, address: string): string {
  // As written: the script fills a text's {slots} itself.
  const words = Object.fromEntries(
    Object.entries(TEACHER_TEXT).map(([key, entry]) => [key, entry[lang]]),
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
<section id="join">
<p>${esc(words.joinAt as string)} <strong id="address">${esc(address)}</strong></p>
<img id="qr" src="/teacher/qr.svg" width="160" height="160" alt="${esc(words.qrAlt as string).replace(/"/g, '&quot;')}">
</section>
<main id="teacher"></main>
<section id="competitions" hidden></section>
</body>
</html>
`;
}

/** The address students type: the hub's LAN address, else the one this request came to. */
function addressFor(req: FastifyRequest, known: string | undefined): string {
  if (known) return known;
  const host = String(req.headers.host ?? 'localhost').replace(/[^\w.:[\]-]/g, '');
  return `http://${host}/`;
}

/**
 * Adds /teacher, its script and style, and the QR code of the address students type
 * (`address()`: the hub's, once `mekong start` knows it) to `app`.
 */
export function teacherRoutes(
  app: FastifyInstance,
  langOf: (req: FastifyRequest) => Lang,
  address: () => string | undefined,
) {
  app.get('/teacher', async (req, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('Cache-Control', 'no-cache')
      .send(teacherPageHtml(langOf(req), addressFor(req, address()))),
  );
  app.get('/teacher/qr.svg', async (req, reply) =>
    reply
      .type('image/svg+xml')
      .header('Cache-Control', 'no-cache')
      .send(await qrcode.toString(addressFor(req, address()), { type: 'svg', margin: 2 })),
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
