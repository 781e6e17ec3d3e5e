import type { ReplayViewer } from './replay-viewer.ts';

/**
 * The projector of a competition run on the classroom hub (`/competitions/:id/projector`
 * opens the app here): the replay viewer in projector view, showing the newest finished
 * round's standings and playing its last match, and doing so again each time a round
 * finishes (the hub is asked every few seconds).
 */

/** How often the projector asks the hub whether a round has finished, ms. */
const POLL_MS = 2000;

interface HubReplays {
  round: number | null;
  replays: unknown[];
}

/** Starts watching competition `id` on the page's hub; returns a stop function. */
export function watchCompetition(viewer: ReplayViewer, id: string): () => void {
  let shown: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const base = `/api/competitions/${encodeURIComponent(id)}`;
  const tick = async () => {
    try {
      const view = (await (await fetch(base)).json()) as { done?: { number: number } | null };
      const done = view.done?.number ?? null;
      if (done !== null && done !== shown) {
        const { round, replays } = (await (await fetch(`${base}/replays`)).json()) as HubReplays;
        if (round !== null && !stopped) {
          shown = round;
          const named = replays.map((raw, i) => ({ name: `${id}-${round}-${i + 1}.json`, raw }));
          await viewer.showReplays(named, true);
        }
      }
    } catch {
      // The hub restarting or the network gone for a moment: the next poll asks again.
    }
    if (!stopped) timer = setTimeout(() => void tick(), POLL_MS);
  };
  viewer.setProjector(true);
  void tick();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
