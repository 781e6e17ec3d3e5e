// The browser simulator's entry point: builds the app, starts it, registers the offline
// service worker and exposes the test hook (window.__mekong).
import './fonts.css';
import './styles.css';
import { App } from './app.ts';
import type { SerialLike } from './robot-link/robot-link.ts';
import { createTestHook, type MekongHook } from './test-hook.ts';

declare global {
  interface Window {
    __mekong: MekongHook;
  }
}

const app = new App({
  store: window.localStorage,
  browserLanguages: navigator.languages,
  createAudio: () => (typeof AudioContext === 'function' ? new AudioContext() : undefined),
  createWorker: () =>
    new Worker(new URL('./sim/sim-worker.ts', import.meta.url), { type: 'module' }),
  createEmulatorWorker: () =>
    new Worker(new URL('./robot-link/emulator-worker.ts', import.meta.url), { type: 'module' }),
  serial: 'serial' in navigator ? (navigator.serial as SerialLike) : undefined,
});
app.start();
window.__mekong = createTestHook(app);
// Opened from the teacher page: a student's hand-in, its graded run replayed.
const handin = new URLSearchParams(location.search).get('handin');
if (handin) void app.openHandin(handin);

// A competition's projector on the classroom hub (/competitions/:id/projector comes here).
const competition = new URLSearchParams(location.search).get('competition');
if (competition) {
  void Promise.all([app.openReplays(), import('./replays/hub-competition.ts')]).then(
    ([viewer, { watchCompetition }]) => watchCompetition(viewer, competition),
  );
}

// The service worker precaches the whole app (QuickJS's WASM and the fonts included), so
// the second visit works with no network. Only the built app has one. It registers once the
// app has loaded what it uses: it then takes those files from the browser's cache and
// fetches only the rest (other lessons, fonts), never competing with the first frame.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  void app.loaded.then(() => navigator.serviceWorker.register('./sw.js')).catch(() => undefined);
}
