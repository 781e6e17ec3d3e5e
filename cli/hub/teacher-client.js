// The teacher page's script (served by the hub as it is, no build): signs in with the PIN,
// adds names to a class, shows the students × lessons grid (refreshed every few seconds)
// and links the grade reports. Every name is shown as text, never as HTML.

import { api, el } from './page-helpers.js';

/** @type {Record<string, string>} */
const words = JSON.parse(document.getElementById('words')?.textContent ?? '{}');
const root = /** @type {HTMLElement} */ (document.getElementById('teacher'));
const lang = document.documentElement.lang;
/** How often the grid is refreshed, ms. */
const REFRESH_MS = 3000;

const error = el('p', { class: 'error', role: 'alert' });

/** @param {unknown} e */
function showError(e) {
  error.textContent = e instanceof Error ? e.message : String(e);
}

function signInForm() {
  const pin = /** @type {HTMLInputElement} */ (
    el('input', { id: 'pin', type: 'password', inputmode: 'numeric', autocomplete: 'off' })
  );
  const button = el('button', { type: 'button' }, [words.signIn ?? '']);
  button.addEventListener('click', async () => {
    try {
      await api('/api/teacher/session', { pin: pin.value });
      void showClasses();
    } catch (e) {
      showError(e);
    }
  });
  root.replaceChildren(el('label', {}, [words.pin ?? '', ' ', pin]), button, error);
}

/** @type {ReturnType<typeof setInterval> | undefined} */
let timer;

async function showClasses() {
  const { classes, lessons } = await api('/api/classes');
  const select = /** @type {HTMLSelectElement} */ (el('select', { id: 'class' }));
  for (const c of classes) select.append(el('option', { value: c.name }, [c.name]));
  const newName = /** @type {HTMLInputElement} */ (el('input', { id: 'new-class' }));
  const names = /** @type {HTMLTextAreaElement} */ (el('textarea', { id: 'names' }));
  const save = el('button', { type: 'button' }, [words.save ?? '']);
  const grid = el('div', { id: 'grid', 'aria-live': 'polite' });
  const lessonPick = /** @type {HTMLSelectElement} */ (el('select', { id: 'report-lesson' }));
  for (const id of lessons) lessonPick.append(el('option', { value: id }, [id]));
  const csv = el('a', { id: 'report-csv' }, ['CSV']);
  const html = el('a', { id: 'report-html' }, ['HTML']);
  const links = () => {
    const q = `class=${encodeURIComponent(select.value)}&lesson=${encodeURIComponent(lessonPick.value)}&lang=${lang}`;
    csv.setAttribute('href', `/api/report?${q}&format=csv`);
    html.setAttribute('href', `/api/report?${q}&format=html`);
  };
  const refresh = async () => {
    links();
    if (!select.value) return;
    try {
      grid.replaceChildren(
        gridTable(await api(`/api/progress?class=${encodeURIComponent(select.value)}`)),
      );
    } catch (e) {
      showError(e);
    }
  };
  save.addEventListener('click', async () => {
    const name = newName.value.trim() || select.value;
    const students = names.value
      .split('\n')
      .map((n) => n.trim())
      .filter(Boolean);
    try {
      await api('/api/classes', { name, students });
      await showClasses();
      /** @type {HTMLSelectElement} */ (document.getElementById('class')).value = name;
    } catch (e) {
      showError(e);
    }
  });
  select.addEventListener('change', () => void refresh());
  lessonPick.addEventListener('change', links);
  root.replaceChildren(
    el('section', {}, [el('label', {}, [words.className ?? '', ' ', select]), grid]),
    el('section', {}, [
      el('label', {}, [words.newClass ?? '', ' ', newName]),
      el('label', {}, [words.names ?? '', names]),
      save,
    ]),
    el('section', {}, [
      words.export ?? '',
      ': ',
      el('label', {}, [words.lesson ?? '', ' ', lessonPick]),
      ' ',
      csv,
      ' ',
      html,
    ]),
    error,
  );
  clearInterval(timer);
  timer = setInterval(() => void refresh(), REFRESH_MS);
  await refresh();
}

/**
 * @param {{ students: string[]; lessons: string[]; cells: { student: string; lesson: string; state: string; best: number | null; waiting: number; last: string }[] }} progress
 */
function gridTable(progress) {
  const byKey = new Map(progress.cells.map((c) => [`${c.student}\n${c.lesson}`, c]));
  const head = el('tr', {}, [
    el('th', {}, [words.student ?? '']),
    ...progress.lessons.map((l) => el('th', {}, [l])),
  ]);
  const rows = progress.students.map((student) =>
    el('tr', { 'data-student': student }, [
      el('th', {}, [student]),
      ...progress.lessons.map((lesson) => {
        const cell = byKey.get(`${student}\n${lesson}`);
        if (!cell) return el('td', {}, [words.notStarted ?? '']);
        const state =
          cell.waiting > 0 && cell.state !== 'passed' ? words.waiting : words[cell.state];
        const score = cell.best === null ? '' : ` ${Math.round(cell.best)}`;
        const when = new Date(cell.last).toLocaleTimeString(lang);
        return el('td', { class: cell.state, 'data-lesson': lesson }, [
          `${state}${score} · ${when}`,
        ]);
      }),
    ]),
  );
  return el('table', {}, [head, ...rows]);
}

try {
  await api('/api/teacher/session');
} catch {
  signInForm();
}
if (!document.getElementById('pin')) await showClasses();
