import '../no-eval.ts';
import { parseReplay, type Replay, type Verdict } from '../../../lessons/competitions/replay.ts';
import {
  competitionHeader,
  matchSummary,
  standingsTable,
} from '../../../lessons/competitions/standings-view.ts';
import { competeText } from '../../../lessons/competitions/texts/compete-texts.ts';
import { standingsOf } from '../../../lessons/competitions/tournament.ts';
import { isMekongError } from '../../../robot/errors.ts';
import type { Lang } from '../../../robot/i18n/lang.ts';
import type { Kit } from '../../../robot/kits/kit-schema.ts';
import { SceneView } from '../../render/scene-view.ts';
import {
  competitionKey,
  driversOf,
  durationOf,
  ROBOT_COLOURS,
  recordOf,
  shortNames,
  snapshotAt,
} from './replay-playback.ts';
import { VIEWER_HTML } from './viewer-layout.ts';
import './replay-viewer.css';

/** The most wall time one drawn frame moves the playhead (times the speed). */
const MAX_FRAME_MS = 100;

/**
 * The replay viewer: open replay files written by `mekong compete`, watch a match with its
 * robots in their colours, play, pause, change speed, scrub the timeline, follow a robot,
 * see the standings of the competition, and verify the match in this browser. Loaded only
 * when it is opened (a dynamic import), so the app's first load does not carry it.
 */

const SPEEDS = [0.5, 1, 2, 4, 8] as const;

/** What a test (or a curious teacher in the console) can read of the viewer. */
export interface ReplayViewerHook {
  state(): {
    matches: number;
    match: number;
    round: number;
    playheadMs: number;
    durationMs: number;
    playing: boolean;
    follow: number;
  };
  /** Plays the selected match again in a worker: its verdict (trace hashes when it verifies). */
  verify(): Promise<Verdict>;
}

declare global {
  interface Window {
    __mekongReplays?: ReplayViewerHook;
  }
}

interface Loaded {
  name: string;
  replay: Replay;
  raw: unknown;
}

function el<T extends HTMLElement>(root: ParentNode, id: string): T {
  const found = root.querySelector<T>(`#${id}`);
  if (!found) throw new Error(`the replay viewer has no #${id}`);
  return found;
}

export class ReplayViewer {
  readonly root: HTMLElement;
  private readonly scene: SceneView;
  private lang: Lang;
  private loaded: Loaded[] = [];
  private match = 0;
  private round = 0;
  private playhead = 0;
  private playing = false;
  private speed = 1;
  private follow = -1;
  private lastFrame: number | undefined;
  private frame = 0;
  private worker: Worker | undefined;

  constructor(lang: Lang) {
    this.lang = lang;
    this.root = document.createElement('section');
    this.root.id = 'replay-viewer';
    this.root.className = 'replay-viewer';
    this.root.hidden = true;
    this.root.innerHTML = VIEWER_HTML;
    document.body.append(this.root);
    this.scene = new SceneView({ canvas: el(this.root, 'replay-view') });
    this.wire();
    this.setLang(lang);
    window.__mekongReplays = {
      state: () => ({
        matches: this.loaded.length,
        match: this.match,
        round: this.round,
        playheadMs: this.playhead,
        durationMs: this.duration(),
        playing: this.playing,
        follow: this.follow,
      }),
      verify: () => this.verify(),
    };
  }

  open(): void {
    this.root.hidden = false;
    this.tick();
  }

  close(): void {
    this.root.hidden = true;
    this.playing = false;
    cancelAnimationFrame(this.frame);
    this.worker?.terminate();
    this.worker = undefined;
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    for (const node of this.root.querySelectorAll<HTMLElement>('[data-text]')) {
      node.textContent = competeText(node.dataset.text as 'play', lang);
    }
    this.fillMatches();
    this.showRound();
  }

  /** Reads replay files; a file that is no replay is named, the others are still shown. */
  async openFiles(files: readonly File[]): Promise<void> {
    const read: { name: string; raw: () => Promise<unknown> }[] = files
      .filter((file) => file.name !== 'standings.json')
      .map((file) => ({ name: file.name, raw: async () => JSON.parse(await file.text()) }));
    await this.add(read);
    this.selectMatch(0);
  }

  /**
   * Shows `replays` (a competition's round, from the hub) in place of those open, the last
   * match selected and playing when `play`.
   */
  async showReplays(replays: readonly { name: string; raw: unknown }[], play: boolean) {
    this.loaded = [];
    await this.add(replays.map(({ name, raw }) => ({ name, raw: async () => raw })));
    this.selectMatch(this.loaded.length - 1);
    if (play) this.setPlaying(true);
  }

  /** The projector view: the match large, the standings beside it in large type. */
  setProjector(on: boolean): void {
    this.root.classList.toggle('projector', on);
    el(this.root, 'replay-projector').setAttribute('aria-pressed', String(on));
  }

  private async add(items: readonly { name: string; raw: () => Promise<unknown> }[]) {
    const problems: string[] = [];
    for (const item of items) {
      try {
        const raw = await item.raw();
        this.loaded.push({ name: item.name, replay: parseReplay(raw, item.name), raw });
      } catch (error) {
        const problem = isMekongError(error)
          ? error.text(this.lang).message
          : error instanceof Error
            ? error.message
            : String(error);
        problems.push(competeText('notAReplay', this.lang, { file: item.name, problem }));
      }
    }
    this.loaded.sort((a, b) => a.replay.competition.match - b.replay.competition.match);
    el(this.root, 'replay-problems').textContent = problems.join('\n');
  }

  private wire(): void {
    const input = el<HTMLInputElement>(this.root, 'replay-files');
    input.addEventListener('change', () => void this.openFiles([...(input.files ?? [])]));
    el(this.root, 'replay-close').addEventListener('click', () => this.close());
    el(this.root, 'replay-play').addEventListener('click', () => this.setPlaying(!this.playing));
    el<HTMLSelectElement>(this.root, 'replay-match').addEventListener('change', (e) =>
      this.selectMatch(Number((e.target as HTMLSelectElement).value)),
    );
    el<HTMLSelectElement>(this.root, 'replay-round').addEventListener('change', (e) =>
      this.selectRound(Number((e.target as HTMLSelectElement).value)),
    );
    const timeline = el<HTMLInputElement>(this.root, 'replay-timeline');
    timeline.addEventListener('input', () => {
      this.playhead = Number(timeline.value);
      this.draw(performance.now());
    });
    const speed = el<HTMLSelectElement>(this.root, 'replay-speed');
    speed.innerHTML = SPEEDS.map((s) => `<option value="${s}">${s}×</option>`).join('');
    speed.value = '1';
    speed.addEventListener('change', () => {
      this.speed = Number(speed.value);
    });
    el<HTMLSelectElement>(this.root, 'replay-follow').addEventListener('change', (e) => {
      this.follow = Number((e.target as HTMLSelectElement).value);
      this.scene.followIndex = Math.max(0, this.follow);
      this.scene.setCamera(this.follow < 0 ? 'top' : 'chase');
    });
    el(this.root, 'replay-projector').addEventListener('click', () =>
      this.setProjector(!this.root.classList.contains('projector')),
    );
    el(this.root, 'replay-verify').addEventListener('click', () => void this.verify());
  }

  private get current(): Loaded | undefined {
    return this.loaded[this.match];
  }

  private trace() {
    return this.current?.replay.rounds[this.round]?.trace;
  }

  private duration(): number {
    const trace = this.trace();
    return trace ? durationOf(trace) : 0;
  }

  /** The programs of a match by the names shown (their shared folder left out). */
  private names(replay: Replay): string[] {
    const short = shortNames(replay.competition.entrants.map((e) => e.program));
    return replay.programs.map((p) => short.get(p.program) ?? p.program);
  }

  private fillMatches(): void {
    const select = el<HTMLSelectElement>(this.root, 'replay-match');
    select.replaceChildren(
      ...this.loaded.map((l, i) => {
        const { replay } = l;
        const names = this.names(replay);
        const who =
          names.length === 2
            ? competeText('against', this.lang, { a: names[0] ?? '', b: names[1] ?? '' })
            : (names[0] ?? '');
        const result = matchSummary(
          names,
          replay.rounds.map((r) => r.result),
          replay.stopped,
          this.lang,
        );
        const option = new Option(`${replay.competition.match}. ${who}: ${result}`, String(i));
        option.selected = i === this.match;
        return option;
      }),
    );
  }

  private selectMatch(index: number): void {
    this.match = Math.max(0, Math.min(index, this.loaded.length - 1));
    this.fillMatches();
    this.showStandings();
    const replay = this.current?.replay;
    const rounds = el<HTMLSelectElement>(this.root, 'replay-round');
    rounds.replaceChildren(
      ...(replay?.rounds ?? []).map(
        (r, i) =>
          new Option(
            competeText('round', this.lang, { round: i + 1, seed: r.result.seed }),
            String(i),
          ),
      ),
    );
    el(this.root, 'replay-verdict').textContent = '';
    this.selectRound(0);
  }

  private selectRound(index: number): void {
    this.round = index;
    const replay = this.current?.replay;
    if (!replay) return;
    const drivers = driversOf(replay, index);
    const kits: Kit[] = drivers.map((program, r) => {
      const kit = replay.kits[replay.programs[program]?.kit ?? ''] as Kit;
      const color = ROBOT_COLOURS[r % ROBOT_COLOURS.length] as string;
      return { ...kit, id: `${kit.id}~${r}`, body: { ...kit.body, color } };
    });
    this.scene.setWorld(replay.world, kits);
    const follow = el<HTMLSelectElement>(this.root, 'replay-follow');
    follow.replaceChildren(
      new Option(competeText('nobody', this.lang), '-1'),
      ...drivers.map((p, r) => new Option(this.names(replay)[p] ?? '', String(r))),
    );
    this.follow = -1;
    this.scene.setCamera('top');
    el(this.root, 'replay-robots').replaceChildren(
      ...drivers.map((p, r) => {
        const item = document.createElement('li');
        const swatch = document.createElement('span');
        swatch.className = 'swatch';
        swatch.style.background = ROBOT_COLOURS[r % ROBOT_COLOURS.length] as string;
        item.append(swatch, ` ${this.names(replay)[p] ?? ''}`);
        return item;
      }),
    );
    const timeline = el<HTMLInputElement>(this.root, 'replay-timeline');
    timeline.max = String(this.duration());
    this.playhead = 0;
    this.showRound();
    this.draw(performance.now());
  }

  /** The selected round's outcome in words. */
  private showRound(): void {
    const replay = this.current?.replay;
    const result = replay?.rounds[this.round]?.result;
    const out = el(this.root, 'replay-result');
    if (!replay || !result) {
      out.textContent = '';
      return;
    }
    const names = this.names(replay);
    if (result.kind !== 'sumo') {
      out.textContent = matchSummary(names, [result], null, this.lang);
      return;
    }
    const how = { out: 'howOut', time: 'howTime', forfeit: 'howForfeit' } as const;
    out.textContent =
      result.winner === null
        ? competeText('roundDraw', this.lang)
        : competeText('roundWinner', this.lang, {
            winner: names[result.winner] ?? '',
            how: competeText(how[result.how], this.lang),
          });
  }

  /** The standings of the selected match's competition, from the replays of it that are open. */
  private showStandings(): void {
    const replay = this.current?.replay;
    const table = el<HTMLTableElement>(this.root, 'replay-standings');
    if (!replay) {
      table.replaceChildren();
      return;
    }
    const key = competitionKey(replay);
    const group = this.loaded.filter((l) => competitionKey(l.replay) === key);
    const { mode, entrants } = replay.competition;
    const short = shortNames(entrants.map((e) => e.program));
    const shown = entrants.map((e) => ({ ...e, program: short.get(e.program) ?? e.program }));
    const records = group.map((l) => recordOf(l.replay));
    const standings = standingsOf(mode, shown, records);
    const view = standingsTable(mode, standings, this.lang);
    el(this.root, 'replay-header').textContent = competitionHeader(
      replay.format,
      mode,
      entrants.length,
      replay.seeds.length,
      this.lang,
    );
    const row = (cells: string[], tag: 'th' | 'td') => {
      const tr = document.createElement('tr');
      for (const cell of cells) {
        const c = document.createElement(tag);
        c.textContent = cell;
        tr.append(c);
      }
      return tr;
    };
    const head = document.createElement('thead');
    head.append(row(view.columns, 'th'));
    const body = document.createElement('tbody');
    body.append(...view.rows.map((r) => row(r, 'td')));
    table.replaceChildren(head, body);
  }

  private setPlaying(on: boolean): void {
    if (on && this.playhead >= this.duration()) this.playhead = 0;
    this.playing = on;
    this.lastFrame = undefined;
    el(this.root, 'replay-play').textContent = competeText(on ? 'pause' : 'play', this.lang);
  }

  private tick = (): void => {
    if (this.root.hidden) return;
    const now = performance.now();
    if (this.playing) {
      // A stall (a hidden tab, a busy machine) slows the match down instead of skipping it.
      const dt = this.lastFrame === undefined ? 0 : Math.min(MAX_FRAME_MS, now - this.lastFrame);
      this.playhead = Math.min(this.duration(), this.playhead + dt * this.speed);
      if (this.playhead >= this.duration()) this.setPlaying(false);
      el<HTMLInputElement>(this.root, 'replay-timeline').value = String(this.playhead);
    }
    this.lastFrame = now;
    this.draw(now);
    this.frame = requestAnimationFrame(this.tick);
  };

  private draw(now: number): void {
    const replay = this.current?.replay;
    const trace = this.trace();
    if (!replay || !trace) return;
    const canvas = this.scene.renderer.domElement;
    this.scene.resize(canvas.clientWidth, canvas.clientHeight);
    this.scene.push(snapshotAt(replay.world, trace, this.playhead), now);
    this.scene.render(now);
    el(this.root, 'replay-clock').textContent = competeText('seconds', this.lang, {
      s: (this.playhead / 1000).toFixed(1),
    });
  }

  /** Plays the selected match again in a worker and shows whether it verifies. */
  private verify(): Promise<Verdict> {
    const current = this.current;
    const out = el(this.root, 'replay-verdict');
    if (!current) return Promise.reject(new Error('no replay is open'));
    out.textContent = competeText('verifying', this.lang);
    this.worker?.terminate();
    const worker = new Worker(new URL('./replay-verify-worker.ts', import.meta.url), {
      type: 'module',
    });
    this.worker = worker;
    return new Promise<Verdict>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<{ verdict?: Verdict; error?: string }>) => {
        worker.terminate();
        const { verdict, error } = event.data;
        if (!verdict) {
          out.textContent = error ?? '';
          reject(new Error(error));
          return;
        }
        const file = current.name;
        out.textContent = verdict.ok
          ? competeText('verified', this.lang, { file, rounds: verdict.traceHashes.length })
          : competeText('notVerified', this.lang, {
              file,
              field: verdict.field,
              recorded: JSON.stringify(verdict.recorded),
              replayed: JSON.stringify(verdict.replayed),
            });
        resolve(verdict);
      };
      worker.postMessage({ name: current.name, raw: current.raw });
    });
  }
}
