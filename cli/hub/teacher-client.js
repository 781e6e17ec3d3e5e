// The teacher page's script (served by the hub as it is, no build): signs in with the PIN,
// adds names to a class, shows the students × lessons grid (refreshed every few seconds;
// a cell opens the newest hand-in in the simulator), sets blocks or code per lesson and
// whether students may type their name, re-grades a lesson, and links the grade reports. Every name is shown as text, never as HTML.

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
  /** The class chosen, as /api/classes gave it. */
  const chosen = () => classes.find((/** @type {{ name: string }} */ c) => c.name === select.value);
  const newName = /** @type {HTMLInputElement} */ (el('input', { id: 'new-class' }));
  const names = /** @type {HTMLTextAreaElement} */ (el('textarea', { id: 'names' }));
  const save = el('button', { type: 'button' }, [words.save ?? '']);
  const open = /** @type {HTMLInputElement} */ (
    el('input', { id: 'open-roster', type: 'checkbox' })
  );
  const grid = el('div', { id: 'grid', 'aria-live': 'polite' });
  const lessonPick = /** @type {HTMLSelectElement} */ (el('select', { id: 'report-lesson' }));
  for (const id of lessons) lessonPick.append(el('option', { value: id }, [id]));
  const mode = /** @type {HTMLSelectElement} */ (el('select', { id: 'lesson-mode' }));
  for (const value of ['free', 'blocks', 'code']) {
    const key = `mode${value[0]?.toUpperCase()}${value.slice(1)}`;
    mode.append(el('option', { value }, [words[key] ?? value]));
  }
  const regrade = el('button', { type: 'button', id: 'regrade' }, [words.regrade ?? '']);
  const note = el('p', { id: 'lesson-note', role: 'status' });
  const csv = el('a', { id: 'report-csv' }, ['CSV']);
  const html = el('a', { id: 'report-html' }, ['HTML']);
  const links = () => {
    const q = `class=${encodeURIComponent(select.value)}&lesson=${encodeURIComponent(lessonPick.value)}&lang=${lang}`;
    csv.setAttribute('href', `/api/report?${q}&format=csv`);
    html.setAttribute('href', `/api/report?${q}&format=html`);
    open.checked = chosen()?.open === true;
    mode.value = chosen()?.modes?.[lessonPick.value] ?? 'free';
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
      const picked = /** @type {HTMLSelectElement} */ (document.getElementById('class'));
      picked.value = name;
      picked.dispatchEvent(new Event('change'));
    } catch (e) {
      showError(e);
    }
  });
  /** Sends a setting of the class; `done` changes what the page holds once it is saved. */
  const setting = async (
    /** @type {string} */ path,
    /** @type {unknown} */ body,
    /** @type {() => void} */ done,
  ) => {
    try {
      await api(path, body);
      done();
      note.textContent = words.saved ?? '';
    } catch (e) {
      showError(e);
      links();
    }
  };
  open.addEventListener('change', () => {
    const c = chosen();
    if (!c) return;
    void setting('/api/roster', { class: c.name, open: open.checked }, () => {
      c.open = open.checked;
    });
  });
  mode.addEventListener('change', () => {
    const c = chosen();
    if (!c) return;
    const lesson = lessonPick.value;
    const value = mode.value;
    void setting('/api/modes', { class: c.name, lesson, mode: value }, () => {
      c.modes = { ...c.modes };
      if (value === 'free') delete c.modes[lesson];
      else c.modes[lesson] = value;
    });
  });
  regrade.addEventListener('click', async () => {
    try {
      const { queued } = await api('/api/regrade', {
        class: select.value,
        lesson: lessonPick.value,
      });
      note.textContent = (words.regrading ?? '').replace('{count}', String(queued));
      await refresh();
    } catch (e) {
      showError(e);
    }
  });
  select.addEventListener('change', () => void refresh());
  lessonPick.addEventListener('change', () => {
    note.textContent = '';
    links();
  });
  root.replaceChildren(
    el('section', {}, [
      el('label', {}, [words.className ?? '', ' ', select]),
      el('label', {}, [open, ' ', words.openRoster ?? '']),
      grid,
    ]),
    el('section', {}, [
      el('label', {}, [words.newClass ?? '', ' ', newName]),
      el('label', {}, [words.names ?? '', names]),
      save,
    ]),
    el('section', { id: 'lesson-settings' }, [
      el('h2', {}, [words.lessonSettings ?? '']),
      el('label', {}, [words.lesson ?? '', ' ', lessonPick]),
      el('label', {}, [words.mode ?? '', ' ', mode]),
      regrade,
      el('p', {}, [words.export ?? '', ': ', csv, ' ', html]),
      note,
    ]),
    error,
  );
  clearInterval(timer);
  timer = setInterval(() => void refresh(), REFRESH_MS);
  await refresh();
}

/**
 * @param {{ students: string[]; lessons: string[]; cells: { student: string; lesson: string; state: string; best: number | null; waiting: number; last: string; lastId: string }[] }} progress
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
        // The newest hand-in, opened in the simulator (the app replays its graded run).
        const open = el(
          'a',
          {
            href: `/?handin=${encodeURIComponent(cell.lastId)}`,
            target: '_blank',
            rel: 'noopener',
            title: words.openRun ?? '',
          },
          [`${state}${score} · ${when}`],
        );
        return el('td', { class: cell.state, 'data-lesson': lesson }, [open]);
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
