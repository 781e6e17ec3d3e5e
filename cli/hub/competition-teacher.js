// The competitions section of the teacher page (served by the hub as it is, no build): for
// the class chosen on the page, open a competition in a format, see how many programs are
// handed in and how its round goes, press "Run round", open the projector. Shown once the
// teacher is signed in; refreshed every few seconds. Every name is shown as text.

import { api, el } from './page-helpers.js';

/** @type {Record<string, string>} */
const words = JSON.parse(document.getElementById('competition-words')?.textContent ?? '{}');
const section = /** @type {HTMLElement} */ (document.getElementById('competitions'));
/** How often the section is refreshed, ms. */
const REFRESH_MS = 2000;

/**
 * @param {string} key
 * @param {Record<string, number | null>} values
 */
function filled(key, values) {
  return (words[key] ?? '').replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? '?'));
}

const error = el('p', { class: 'error', role: 'alert' });
const formatPick = /** @type {HTMLSelectElement} */ (el('select', { id: 'competition-format' }));
const open = el('button', { type: 'button', id: 'competition-open' }, [words.open ?? '']);
const list = el('ul', { id: 'competition-list', 'aria-live': 'polite' });
/** The class the list shows. */
let shown = '';

/** @param {unknown} e */
function showError(e) {
  error.textContent = e instanceof Error ? e.message : String(e);
}

function className() {
  return /** @type {HTMLSelectElement | null} */ (document.getElementById('class'))?.value ?? '';
}

/**
 * @param {any} c a competition as GET /api/competitions gives it
 */
function item(c) {
  const round = c.round;
  const status = round
    ? filled(round.status, { number: round.number, played: round.played, total: round.total })
    : (words.noRound ?? '');
  const run = el('button', { type: 'button', 'data-run': String(c.id) }, [words.runRound ?? '']);
  run.addEventListener('click', async () => {
    try {
      error.textContent = '';
      await api(`/api/competitions/${c.id}/rounds`, {});
      await refresh();
    } catch (e) {
      showError(e);
    }
  });
  const projector = el('a', { href: `/competitions/${c.id}/projector`, target: '_blank' }, [
    words.projector ?? '',
  ]);
  return el('li', { 'data-competition': String(c.id) }, [
    `${c.format.title} #${c.id} · ${words.entrants ?? ''} `,
    el('span', { class: 'entrants' }, [String(c.entrants)]),
    ' · ',
    el('span', { class: 'round-status' }, [status]),
    ' ',
    run,
    ' ',
    projector,
  ]);
}

async function refresh() {
  const name = className();
  if (!name) return;
  const { formats, competitions } = await api(
    `/api/competitions?class=${encodeURIComponent(name)}`,
  );
  if (formatPick.options.length === 0)
    for (const f of formats) formatPick.append(el('option', { value: f.id }, [f.title]));
  shown = name;
  list.replaceChildren(...competitions.map(item));
}

open.addEventListener('click', async () => {
  try {
    error.textContent = '';
    await api('/api/competitions', { class: className(), format: formatPick.value });
    await refresh();
  } catch (e) {
    showError(e);
  }
});

section.replaceChildren(
  el('h2', {}, [words.heading ?? '']),
  el('label', {}, [words.format ?? '', ' ', formatPick]),
  ' ',
  open,
  list,
  error,
);

// The section shows once the teacher page has signed in (it draws the class list then).
setInterval(async () => {
  const signedIn = document.getElementById('class') !== null;
  section.hidden = !signedIn;
  if (!signedIn) return;
  try {
    if (shown !== className()) list.replaceChildren();
    await refresh();
  } catch (e) {
    showError(e);
  }
}, REFRESH_MS);
