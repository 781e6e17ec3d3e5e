import type { Lesson } from '../../lessons/lesson-files.ts';
import { LANGS, type Lang } from '../../robot/i18n/lang.ts';
import { say } from '../../robot/i18n/localize.ts';
import { DEFAULT_KIT_ID } from '../../robot/kits/default-kit.ts';
import type { Kit } from '../../robot/kits/kit-schema.ts';
import { MISSING_AWAIT_TEXT } from '../../robot/program/missing-await-text.ts';
import type { CameraMode } from '../render/camera-rig.ts';
import { isSoftwareWebGl } from '../render/gl-caps.ts';
import { SceneView } from '../render/scene-view.ts';
import type { Realism } from '../world/realism.ts';
import type { WorldSpec } from '../world/world-schema.ts';
import { textIn } from '../world/world-text.ts';
import { BlockMode } from './blocks/block-mode.ts';
import { ClassroomSlot } from './classroom/classroom-slot.ts';
import type { ReviewedHandin } from './classroom/review.ts';
import { applyTexts, byId } from './dom-text.ts';
import { EditorSlot } from './editor/editor-slot.ts';
import { initialLang, LANGUAGE_NAMES, rememberLang } from './i18n/lang-choice.ts';
import { t } from './i18n/ui-text.ts';
import { CheckPanel } from './lessons/check-panel.ts';
import { LessonsPanel, PLAYGROUND_ID } from './lessons/lessons-panel.ts';
import type { ReplayViewer } from './replays/replay-viewer.ts';
import { RobotLink, type SerialLike } from './robot-link/robot-link.ts';
import type {
  ErrorInfo,
  FromWorker,
  KitInfo,
  RunStatus,
  Setup,
  Speed,
  WorldInfo,
} from './sim/protocol.ts';
import { SimClient } from './sim/sim-client.ts';
import { playgroundStarter } from './starter.ts';
import { CodeStore, type KeyValueStore } from './storage/code-store.ts';
import { Settings } from './storage/settings.ts';
import { Beeper } from './ui/beeper.ts';
import { FrameStats } from './ui/frame-stats.ts';
import { errorText, OutputPanel } from './ui/output-panel.ts';
import { SensorPanel } from './ui/sensor-panel.ts';

/** Playground runs stop after this much robot time, ms. */
const PLAYGROUND_TIME_LIMIT_MS = 300_000;
/** The sensor read-out redraws at most this often, ms. */
const READOUT_EVERY_MS = 100;

type Frame = Extract<FromWorker, { type: 'frame' }>;

export interface AppEnvironment {
  store: KeyValueStore;
  browserLanguages: readonly string[];
  createWorker: () => Worker;
  /** The buzzer's sound; undefined where the browser has no Web Audio. */
  createAudio: () => AudioContext | undefined;
  /** The emulated robot's worker (robot-link/emulator-worker.ts). */
  createEmulatorWorker: () => Worker;
  /** `navigator.serial` where the browser has Web Serial. */
  serial: SerialLike | undefined;
}

/** At "as fast as possible" a beep sounds this long at most, wall ms. */
const MAX_SPEED_BEEP_MS = 50;

/** What the simulator shows: world, kit of each robot and realism. */
export interface Choice {
  world: string | WorldSpec;
  kits: string[];
  realism: Realism;
  seed: number;
  poses?: Setup['poses'];
  maxTimeMs: number;
}

/**
 * The web app: wires the editor, the controls, the panels, the 3-D view and the
 * simulation worker together. Every piece it wires lives in its own module.
 */
export class App {
  lang: Lang;
  readonly client: SimClient;
  readonly scene: SceneView;
  readonly editor: EditorSlot;
  readonly stats = new FrameStats();
  readonly lessons: LessonsPanel;
  readonly checks: CheckPanel;
  /** Blocks or code, and the block editor (Blockly loads after the first frame). */
  readonly blocks: BlockMode;
  /** Connect a robot; while one is connected, Run drives it (robot-link/). */
  readonly robot: RobotLink;
  /** Hands the program in to the classroom hub, when the page comes from one. */
  readonly handIn: ClassroomSlot;
  kits: Kit[] = [];
  catalog: { worlds: WorldInfo[]; kits: KitInfo[] } = { worlds: [], kits: [] };
  choice: Choice = {
    world: 'playground',
    kits: [DEFAULT_KIT_ID],
    realism: 'ideal',
    seed: 1,
    maxTimeMs: PLAYGROUND_TIME_LIMIT_MS,
  };
  latest: Frame | undefined;
  /** Resolves when the first frame of a world has been drawn. */
  readonly firstFrame: Promise<void>;
  /**
   * Resolves when what the first frame did not need has loaded too: the editor, the
   * lesson list (and the lesson open before a reload), the sandbox that runs programs.
   */
  readonly loaded: Promise<void>;
  /** performance.now() when the first frame was drawn. */
  firstFrameAt: number | undefined;
  /** Measure render cost including the GPU's work (gl.finish): slower, for benchmarks. */
  syncRender = false;
  /** The emulated robot's world is on screen instead of the simulator's. */
  private robotView = false;
  private markFirstFrame: () => void = () => undefined;
  private markLoaded: () => void = () => undefined;
  /** Whether the language picker offers every language yet (see fillLanguages). */
  private allLanguages = false;
  private readonly code: CodeStore;
  private readonly settings: Settings;
  private readonly beeper: Beeper;
  private speed: Speed = 1;
  private readonly output: OutputPanel;
  private readonly sensors: SensorPanel;
  private readonly worldWaiters: (() => void)[] = [];
  private worldReady = false;
  /**
   * The error of a program the hard stop ended (the worker was replaced): shown as the
   * run's failure until the student runs, steps, checks or resets.
   */
  hardStop: ErrorInfo | null = null;
  /** The replay viewer, once opened. */
  private replays: Promise<ReplayViewer> | undefined;
  private status: RunStatus = 'idle';
  /** Id of the run or check last started (0: none since the world was loaded). */
  private runId = 0;
  private shownLine: number | null = null;
  private shownError: ErrorInfo | null = null;
  private lastReadout = 0;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * Whose code the editor holds (a lesson id or the playground's). Not the lesson panel's
   * current id: the panel has already moved on when it asks the App to open a lesson.
   */
  private codeId = PLAYGROUND_ID;
  /** A student's hand-in is on show (the teacher opened it): the editor's text is not saved. */
  private reviewing = false;

  constructor(private readonly env: AppEnvironment) {
    this.lang = initialLang(env.store, env.browserLanguages);
    this.code = new CodeStore(env.store);
    this.settings = new Settings(env.store);
    this.beeper = new Beeper(env.createAudio);
    this.setMuted(this.settings.get('muted') === 'true');
    if (this.settings.get('projector') === 'true') this.setProjector(true);
    this.firstFrame = new Promise((resolve) => {
      this.markFirstFrame = () => {
        this.firstFrameAt ??= performance.now();
        resolve();
      };
    });
    this.loaded = new Promise((resolve) => {
      this.markLoaded = resolve;
    });
    this.output = new OutputPanel(byId('output'), (line) => this.goToLine(line), this.lang);
    this.sensors = new SensorPanel(byId('sensor-readout'));
    this.editor = new EditorSlot({
      parent: byId('editor'),
      doc: this.code.load(PLAYGROUND_ID) ?? playgroundStarter(this.lang),
      lang: () => this.lang,
      label: t('editor', this.lang),
      onChange: (text) => this.scheduleSave(text),
      onRun: () => this.pressRun(),
      missingAwaitText: (method) => say(MISSING_AWAIT_TEXT, 'missingAwait', this.lang, { method }),
    });
    this.lessons = new LessonsPanel(
      byId('lesson-list'),
      byId('lesson-text'),
      (lesson) => this.openLesson(lesson),
      (box, blocks) => this.blocks.showLessonBlocks(box, blocks),
    );
    this.checks = new CheckPanel(
      {
        section: byId('mission-check'),
        button: byId('check'),
        result: byId('check-result'),
      },
      this.lang,
      (line) => this.goToLine(line),
      () => void this.pressCheck(),
    );
    this.blocks = new BlockMode({
      store: env.store,
      toolbar: byId('editor').parentElement?.querySelector('.toolbar') as HTMLElement,
      codeEditor: byId('editor'),
      lang: this.lang,
      firstFrame: this.firstFrame,
      openAsCode: (code) => {
        this.editor.setText(code);
        this.saveNow();
      },
      showError: (error) => this.output.error(error),
    });
    this.handIn = new ClassroomSlot(
      byId('hand-in'),
      {
        lessonId: () => (this.codeId === PLAYGROUND_ID ? undefined : this.codeId),
        program: () => {
          const blocks = this.blocks.mode === 'blocks' ? this.blocks.blocksFile() : undefined;
          return blocks === undefined
            ? { kind: 'ts', source: this.editor.text }
            : { kind: 'blocks', source: blocks };
        },
        modesChanged: () => this.applyTeacherMode(),
      },
      this.lang,
      env.store,
    );
    // After the first frame: the hub's answer is not needed to draw the arena.
    void this.firstFrame.then(() => this.handIn.connect());
    this.scene = new SceneView({ canvas: byId('view'), antialias: !isSoftwareWebGl() });
    this.client = new SimClient(env.createWorker);
    this.client.on('catalog', (m) => {
      this.catalog = { worlds: m.worlds, kits: m.kits };
      this.restoreChoice();
      this.fillPickers();
    });
    this.client.on('world', (m) => {
      this.kits = m.kits;
      if (m.kits[0]) this.blocks.setKit(m.kits[0]);
      this.scene.setWorld(m.spec, m.kits);
      this.worldReady = true;
      // Also when Stop replaced a wedged worker: the new world has had no run yet.
      this.runId = 0;
      // The world a hard stop reloaded: the program's failure stays on show.
      if (!this.hardStop) this.setStatus('idle', null);
      for (const resolve of this.worldWaiters.splice(0)) resolve();
    });
    this.client.on('frame', (m) => this.onFrame(m));
    this.robot = new RobotLink(byId('robot-link'), {
      client: this.client,
      lang: () => this.lang,
      kit: () => this.kits[0],
      seed: () => this.choice.seed,
      selectKit: (kit) => {
        if (kit === this.choice.kits[0] || !this.catalog.kits.some((k) => k.id === kit)) return;
        void this.load({ ...this.choice, kits: [kit] });
        this.fillPickers();
      },
      output: (lines) => this.output.log(lines),
      ended: (error) =>
        this.setStatus(error?.code === 'STOPPED' ? 'stopped' : error ? 'failed' : 'done', error),
      draw: (snapshot) => {
        this.robotView = snapshot !== null;
        if (snapshot) this.scene.push(snapshot, performance.now());
      },
      createEmulatorWorker: env.createEmulatorWorker,
      serial: env.serial,
    });
    this.client.on('hard-stop', (m) => {
      this.checks.interrupt();
      this.worldReady = false;
      this.hardStop = m.error;
      this.setStatus('failed', m.error);
    });
    this.client.on('fatal', (m) => {
      this.checks.interrupt();
      this.output.log([t('workerFailed', this.lang, { detail: m.message })]);
    });
    this.wireControls();
    this.setLang(this.lang);
    this.setStatus('idle', null);
    byId('status').textContent = t('statusLoading', this.lang);
  }

  /**
   * Starts the frame loop and loads the default world. What the first frame does not need
   * loads after it (see loadTheRest).
   */
  start(): void {
    this.load(this.choice);
    void this.firstFrame.then(() => this.loadTheRest());
    const wrap = byId('view').parentElement as HTMLElement;
    const fitCanvas = () => this.scene.resize(wrap.clientWidth, wrap.clientHeight);
    new ResizeObserver(fitCanvas).observe(wrap);
    fitCanvas();
    const frame = (now: number) => {
      this.drawFrame(now);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }

  /**
   * After the first frame, in the order a student needs them: the editor and the lessons
   * (with the lesson open before a reload), the other languages in the picker (their fonts
   * come with them), then the sandbox that runs programs. A Run pressed earlier waits for
   * the sandbox in the worker; nothing is lost.
   */
  private async loadTheRest(): Promise<void> {
    const lessons = this.lessons.load().then(async () => {
      // Back in the lesson the student had open (the playground needs no reload).
      const lesson = this.settings.get('lesson');
      if (lesson && this.lessons.has(lesson)) {
        byId<HTMLDetailsElement>('lesson-picker').open = false;
        await this.lessons.open(lesson);
      }
      this.lessons.render(this.lang);
    });
    await Promise.all([this.editor.load(), lessons]);
    this.allLanguages = true;
    this.fillLanguages();
    await this.client.prepare();
    this.markLoaded();
  }

  /** Loads a world; resolves once the worker has built it. */
  load(choice: Choice): Promise<void> {
    this.checks.interrupt();
    this.choice = choice;
    this.worldReady = false;
    this.runId = 0;
    const ready = new Promise<void>((resolve) => this.worldWaiters.push(resolve));
    this.client.load({ ...choice });
    return ready;
  }

  private drawFrame(now: number): void {
    if (this.worldReady) this.client.tick(now);
    const cost = this.scene.render(now);
    if (cost.drawn) {
      let renderMs = cost.renderMs;
      if (this.syncRender) {
        const started = performance.now();
        this.scene.renderer.getContext().finish();
        renderMs += performance.now() - started;
      }
      this.stats.frame(now, renderMs);
    }
    const drawn = this.scene.drawn;
    if (drawn) this.markFirstFrame();
    if (drawn && now - this.lastReadout >= READOUT_EVERY_MS) {
      this.lastReadout = now;
      const usb = this.robot.connected && !this.robot.board;
      if (usb) this.sensors.show(this.robot.readingRows(this.kits[0], this.lang));
      else this.sensors.update(drawn.robots[0], this.kits[0], drawn.time, this.lang);
    }
  }

  private onFrame(frame: Frame): void {
    this.stats.step(frame.stepMs);
    if (!this.robotView) this.scene.push(frame.snapshot, performance.now());
    // A frame sent before the last Run, Step or Check reports on an older run.
    if (frame.runId !== this.runId) return;
    this.latest = frame;
    if (frame.output.length > 0 || frame.outputDropped > 0)
      this.output.log(frame.output, frame.outputDropped);
    // A buzzer sounds one pitch at a time: of a frame's beeps, the last one is heard.
    const beep = frame.beeps.at(-1);
    if (beep) {
      const ms = this.speed === 'max' ? Math.min(beep.ms, MAX_SPEED_BEEP_MS) : beep.ms / this.speed;
      this.beeper.play(beep.hz, ms);
    }
    if (frame.tries) this.checks.trying(frame.tries);
    else if (frame.checking) this.checks.progress(frame.snapshot.time);
    if (frame.check) this.checks.done(frame.check);
    // The fresh worker after a hard stop has no program: its 'idle' is that failure.
    const status = this.hardStop && frame.status === 'idle' ? 'failed' : frame.status;
    if (status !== this.status) this.setStatus(status, frame.error, frame.line);
    const live = status === 'running' || status === 'paused';
    const line = live ? (frame.line ?? null) : null;
    if (line !== this.shownLine) {
      this.shownLine = line;
      this.editor.showRunningLine(line, frame.status === 'paused');
      this.blocks.showRunningLine(line, frame.status === 'paused');
    }
  }

  setStatus(status: RunStatus, error: ErrorInfo | null, line?: number): void {
    const changed = status !== this.status;
    this.status = status;
    const live = status === 'running' || status === 'paused';
    byId<HTMLButtonElement>('stop').disabled = !live;
    const el = byId('status');
    el.dataset.kind = status;
    el.textContent = this.statusText(status, line);
    if (changed && status === 'failed' && error) {
      this.output.error(error);
      this.markError(error);
    }
  }

  /** Shows `error` on its line in the editor, in the current language (null clears). */
  private markError(error: ErrorInfo | null): void {
    this.shownError = error;
    if (!error) this.hardStop = null;
    if (!error || error.line === undefined) {
      this.editor.showErrors([]);
      this.blocks.showError(null, null);
      return;
    }
    const { message, suggestion } = errorText(error, this.lang);
    const at = { line: error.line, ...(error.column ? { column: error.column } : {}) };
    this.editor.showErrors([{ ...at, message: `${message}\n→ ${suggestion}` }]);
    this.blocks.showError(error.line, `${message}\n→ ${suggestion}`);
  }

  private statusText(status: RunStatus, line?: number): string {
    const lang = this.lang;
    switch (status) {
      case 'idle':
        return t('statusIdle', lang);
      case 'running':
        return t('statusRunning', lang);
      case 'paused':
        return t('statusPaused', lang, { line: line ?? '?' });
      case 'done':
        return t('statusDone', lang);
      case 'failed':
        return t('statusFailed', lang);
      case 'stopped':
        return t('statusStopped', lang);
      case 'time-limit':
        return t('statusTimeLimit', lang, { seconds: Math.round(this.choice.maxTimeMs / 1000) });
      case 'checked':
        return t('statusChecked', lang);
    }
  }

  /** The program to run: the code editor's, or the TypeScript of the blocks (none while they load). */
  private program() {
    const source = this.blocks.mode === 'blocks' ? this.blocks.code() : this.editor.text;
    if (source === undefined) return undefined;
    return { source, language: 'ts' as const, fileName: 'program.ts' };
  }

  /** Shows line `line` of the program: in the code editor, or its block. */
  private goToLine(line: number): void {
    if (this.blocks.mode === 'blocks') this.blocks.goToLine(line);
    else this.editor.goToLine(line);
  }

  /** Run: continue a paused step-by-step run, else start the program from the start. */
  pressRun(): void {
    if (!this.worldReady) return;
    if (this.status === 'paused') {
      this.client.continue();
      return;
    }
    this.runFromStart(false);
  }

  /**
   * Runs the editor's program from the start, a check in progress interrupted: on the
   * connected robot, else in the simulator, there step by step when `stepping`.
   */
  private runFromStart(stepping: boolean): void {
    const program = this.program();
    if (!program) return;
    this.checks.interrupt();
    this.startRun();
    if (this.robot.connected && !stepping) this.robot.run(program, this.runId);
    else this.client.run(program, stepping, this.runId);
  }

  /**
   * A new run or check starts: a fresh output, no error, "Running…", so whatever the run
   * ends with (even the very error the last one ended with) is shown again.
   */
  private startRun(): void {
    this.beeper.unlock();
    this.beeper.silence();
    this.runId++;
    this.output.clear();
    this.markError(null);
    this.setStatus('running', null);
  }

  /**
   * Check my mission: runs the editor's program on the open lesson as `mekong run --lesson`
   * does (the worker's LiveRun#check), shown as it drives. The editor is only read.
   */
  async pressCheck(): Promise<void> {
    const lesson = this.lessons.find(this.lessons.currentId);
    const program = this.program();
    if (!lesson || !program || !this.worldReady || this.checks.running) return;
    if (this.robot.board && this.robot.state === 'connected') {
      // The emulated robot: the mission checked as `mekong run --lesson --emulate` checks it.
      this.checks.interrupt();
      this.startRun();
      this.checks.start(lesson.timeLimitMs);
      this.robot.checkMission(lesson, program, {
        progress: (timeMs, label) => this.checks.progress(timeMs, label),
        done: (report) => {
          this.checks.done(report);
          this.setStatus('checked', null);
        },
        failed: (error, message) => {
          this.checks.interrupt();
          if (!error) this.output.log([t('workerFailed', this.lang, { detail: message })]);
          this.setStatus('failed', error);
        },
        stopped: () => {
          this.checks.interrupt();
          this.setStatus('stopped', null);
        },
      });
      return;
    }
    if (this.robot.connected && !this.robot.board) {
      // A USB robot's arena cannot be seen from here: say so, and run it to show what can be.
      this.checks.interrupt();
      this.startRun();
      this.robot.runForCheck(program, this.runId);
      return;
    }
    // Show the world and the kit the check runs on (the lesson's, as opened: no reload).
    const world = this.lessons.checkedWorld(lesson);
    const wanted = this.choice.kits[0] ?? '';
    const kit = lesson.kits.includes(wanted) ? wanted : (lesson.kits[0] as string);
    const { choice } = this;
    if (choice.world !== world || choice.kits.length !== 1 || wanted !== kit || choice.poses) {
      const { poses: _, ...rest } = choice;
      await this.load({ ...rest, world, kits: [kit], maxTimeMs: lesson.timeLimitMs });
    }
    this.startRun();
    this.checks.start(lesson.timeLimitMs);
    this.client.check(lesson, kit, program, this.runId);
  }

  pressStep(): void {
    if (!this.worldReady) return;
    if (this.status === 'running' || this.status === 'paused') {
      this.client.step();
      return;
    }
    this.runFromStart(true);
  }

  /** Stop (button or Esc): the robot's motors stop at once, or the simulator's run. */
  private pressStop(): void {
    if (!this.robot.busy) return;
    this.robot.stop();
  }

  private wireControls(): void {
    byId('run').addEventListener('click', () => this.pressRun());
    byId('step').addEventListener('click', () => this.pressStep());
    byId('stop').addEventListener('click', () => this.pressStop());
    window.addEventListener('keydown', (e: KeyboardEvent) => {
      if (e.key === 'Escape' && this.robot.busy) this.pressStop();
    });
    byId('stop').addEventListener('click', () => {
      if (this.robot.busy) return;
      this.beeper.silence();
      this.checks.interrupt();
      this.client.stop(performance.now());
    });
    byId('reset').addEventListener('click', () => {
      this.beeper.silence();
      this.markError(null);
      void this.load(this.choice);
    });
    byId<HTMLSelectElement>('speed').addEventListener('change', (e) => {
      const value = (e.target as HTMLSelectElement).value;
      this.speed = (value === 'max' ? 'max' : Number(value)) as Speed;
      this.client.setSpeed(this.speed);
    });
    byId<HTMLSelectElement>('lang').addEventListener('change', (e) => {
      this.setLang((e.target as HTMLSelectElement).value as Lang);
    });
    byId<HTMLSelectElement>('camera').addEventListener('change', (e) => {
      this.scene.setCamera((e.target as HTMLSelectElement).value as CameraMode);
    });
    const views = () => {
      this.scene.sensorViews = {
        ultrasonic: byId<HTMLInputElement>('show-cone').checked,
        line: byId<HTMLInputElement>('show-line').checked,
      };
    };
    byId('show-cone').addEventListener('change', views);
    byId('show-line').addEventListener('change', views);
    views();
    byId<HTMLSelectElement>('world').addEventListener('change', (e) => {
      const value = (e.target as HTMLSelectElement).value;
      if (value.startsWith('lesson:')) return;
      void this.lessons.open(PLAYGROUND_ID);
      this.settings.set('world', value);
      void this.load({ ...this.choice, world: value });
    });
    byId<HTMLSelectElement>('kit').addEventListener('change', (e) => {
      const kit = (e.target as HTMLSelectElement).value;
      this.settings.set('kit', kit);
      void this.load({ ...this.choice, kits: [kit] });
    });
    byId<HTMLSelectElement>('realism').addEventListener('change', (e) => {
      const realism = (e.target as HTMLSelectElement).value as Realism;
      this.settings.set('realism', realism);
      void this.load({ ...this.choice, realism });
    });
    byId('restore-code').addEventListener('click', () => this.confirmRestore());
    byId('teacher').addEventListener('click', () => void this.openTeacherView());
    byId('projector').addEventListener('click', () => this.setProjector(!this.projector));
    byId('open-replays').addEventListener('click', () => void this.openReplays());
    window.addEventListener('keydown', (e: KeyboardEvent) => {
      if (e.key !== 'F9' || e.repeat) return;
      e.preventDefault();
      this.setProjector(!this.projector);
    });
    byId('mute').addEventListener('click', () => {
      this.setMuted(!this.beeper.isMuted);
      this.settings.set('muted', this.beeper.isMuted ? 'true' : undefined);
    });
    addEventListener('pagehide', () => {
      this.saveNow();
      this.blocks.saveNow();
    });
  }

  /**
   * Opens the replay viewer (competitions), loading it the first time: it is a chunk of
   * its own, so the app's first load does not carry it.
   */
  openReplays(): Promise<ReplayViewer> {
    this.replays ??= import('./replays/replay-viewer.ts').then(
      ({ ReplayViewer }) => new ReplayViewer(this.lang),
    );
    return this.replays.then((viewer) => {
      viewer.open();
      return viewer;
    });
  }

  private get projector(): boolean {
    return document.body.classList.contains('projector');
  }

  /** Projector mode: the program and a large arena in large type (see styles.css). */
  private setProjector(on: boolean): void {
    document.body.classList.toggle('projector', on);
    byId('projector').setAttribute('aria-pressed', String(on));
    this.settings.set('projector', on ? 'true' : undefined);
  }

  /**
   * The playground's world, the kit and the realism chosen before a reload, where they still
   * exist (the worker's catalog says) and the open lesson allows them.
   */
  private restoreChoice(): void {
    const lesson = this.lessons.find(this.lessons.currentId);
    const world = this.settings.get('world');
    const kit = this.settings.get('kit');
    const realism = this.settings.get('realism');
    const next = { ...this.choice };
    if (!lesson && world && this.catalog.worlds.some((w) => w.id === world)) next.world = world;
    if (
      kit &&
      this.catalog.kits.some((k) => k.id === kit) &&
      (!lesson || lesson.kits.includes(kit))
    )
      next.kits = [kit];
    if (realism === 'ideal' || realism === 'classroom') next.realism = realism;
    const { choice } = this;
    if (
      next.world !== choice.world ||
      next.kits[0] !== choice.kits[0] ||
      next.realism !== choice.realism
    ) {
      void this.load(next);
      byId<HTMLSelectElement>('realism').value = next.realism;
    }
  }

  private setMuted(muted: boolean): void {
    this.beeper.setMuted(muted);
    byId('mute').setAttribute('aria-pressed', String(muted));
  }

  private confirmRestore(): void {
    const dialog = byId<HTMLDialogElement>('confirm-restore');
    dialog.addEventListener(
      'close',
      () => {
        if (dialog.returnValue !== 'yes') return;
        if (this.blocks.mode === 'blocks') {
          this.blocks.restore();
          return;
        }
        this.editor.setText(this.starterCode());
        this.saveNow();
      },
      { once: true },
    );
    dialog.returnValue = '';
    dialog.showModal();
  }

  /**
   * The teacher view: the open lesson's notes for teachers and the course's, in a dialog
   * (its code and the notes are lazy chunks, fetched now).
   */
  private async openTeacherView(): Promise<void> {
    const dialog = byId<HTMLDialogElement>('teacher-view');
    const notes = byId('teacher-notes');
    notes.setAttribute('aria-busy', 'true');
    if (!dialog.open) dialog.showModal();
    try {
      const { renderTeacherView } = await import('./lessons/teacher-view.ts');
      const lesson = this.lessons.find(this.lessons.currentId);
      await renderTeacherView(notes, lesson, this.lessons.entryList, this.lang);
    } catch (error) {
      notes.textContent = t('teacherNotesFailed', this.lang, { detail: String(error) });
    } finally {
      notes.removeAttribute('aria-busy');
    }
  }

  private starterCode(): string {
    return (
      this.lessons.find(this.lessons.currentId)?.starter[this.lang] ?? playgroundStarter(this.lang)
    );
  }

  /** The starters of the lesson `id` (or the playground) by language; undefined if not loaded. */
  private startersOf(id: string): Readonly<Record<Lang, string>> | undefined {
    if (id !== PLAYGROUND_ID) return this.lessons.find(id)?.starter;
    return {
      en: playgroundStarter('en'),
      vi: playgroundStarter('vi'),
      lo: playgroundStarter('lo'),
    };
  }

  /** `code`, unless it is a starter the student has not changed: then the one in `lang`. */
  private inLang(id: string, code: string, lang: Lang): string {
    const starters = this.startersOf(id);
    return starters && Object.values(starters).includes(code) ? starters[lang] : code;
  }

  private scheduleSave(text: string): void {
    clearTimeout(this.saveTimer);
    if (this.reviewing) return;
    const id = this.codeId;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      if (this.code.save(id, text)) byId('saved').textContent = t('saved', this.lang);
    }, 300);
  }

  private saveNow(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (!this.reviewing) this.code.save(this.codeId, this.editor.text);
  }

  /** The open lesson in the mode the teacher chose for the student's class (if they chose). */
  private applyTeacherMode(): void {
    if (this.reviewing || this.codeId === PLAYGROUND_ID) return;
    const mode = this.handIn.modeOf(this.codeId);
    if (mode && mode !== this.blocks.mode) this.blocks.setMode(mode);
  }

  /**
   * Opens a student's hand-in from the teacher page (`/?handin=<id>`, the teacher's session):
   * its lesson, its program in its mode (saved nowhere), and replays its graded run: the
   * check of the lesson runs the program on the grader's first seed, on screen, then the
   * grader's other seeds, so the teacher sees what the grader saw.
   */
  async openHandin(id: string): Promise<void> {
    await this.loaded;
    let handin: ReviewedHandin;
    try {
      handin = await this.handIn.fetchHandin(id, this.lang);
    } catch (error) {
      this.output.log([error instanceof Error ? error.message : String(error)]);
      return;
    }
    byId<HTMLDetailsElement>('lesson-picker').open = false;
    await this.lessons.open(handin.lesson);
    this.lessons.render(this.lang);
    this.reviewing = true;
    await this.handIn.showReview(handin);
    if (handin.program.kind === 'ts') this.editor.setText(handin.program.source);
    await this.blocks.review(handin.program);
    if (!this.worldReady) await new Promise<void>((resolve) => this.worldWaiters.push(resolve));
    await this.pressCheck();
  }

  private openLesson(lesson: Lesson | undefined): void {
    this.saveNow();
    this.reviewing = false;
    const id = lesson?.id ?? PLAYGROUND_ID;
    this.codeId = id;
    this.settings.set('lesson', lesson?.id);
    const saved = this.code.load(id);
    // A program shows in the mode it was left in; a lesson opened for the first time, in the
    // mode its text says.
    const fresh = lesson && saved === undefined && !this.blocks.hasSaved(id);
    const mode =
      (lesson && this.handIn.modeOf(id)) ??
      this.blocks.modeOf(id) ??
      (fresh ? lesson.mode : undefined);
    this.editor.setText(
      saved === undefined
        ? (lesson?.starter[this.lang] ?? playgroundStarter(this.lang))
        : this.inLang(id, saved, this.lang),
    );
    this.blocks.open(id, lesson?.starterBlocks);
    if (mode) this.blocks.setMode(mode);
    this.output.clear();
    this.markError(null);
    this.checks.show(lesson);
    this.handIn.lessonChanged();
    const kit =
      lesson && !lesson.kits.includes(this.choice.kits[0] ?? '')
        ? lesson.kits[0]
        : this.choice.kits[0];
    void this.load({
      ...this.choice,
      world: lesson?.worlds[0] ?? 'playground',
      kits: [kit ?? DEFAULT_KIT_ID],
      maxTimeMs: lesson?.timeLimitMs ?? PLAYGROUND_TIME_LIMIT_MS,
    });
    this.fillPickers();
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    rememberLang(this.env.store, lang);
    document.documentElement.lang = lang;
    this.fillLanguages();
    applyTexts(document, lang);
    this.editor.setLabel(t('editor', lang));
    const code = this.inLang(this.codeId, this.editor.text, lang);
    if (code !== this.editor.text) this.editor.setText(code);
    this.scene.setLang(lang);
    this.blocks.setLang(lang);
    this.output.setLang(lang);
    this.checks.setLang(lang);
    void this.replays?.then((viewer) => viewer.setLang(lang));
    this.robot?.setLang();
    this.handIn.setLang(lang);
    this.markError(this.shownError);
    this.lessons.render(lang);
    this.fillPickers();
    byId('status').textContent = this.statusText(this.status, this.latest?.line);
    const drawn = this.scene.drawn;
    this.sensors.update(drawn?.robots[0], this.kits[0], drawn?.time ?? 0, lang);
    if (byId('saved').textContent) byId('saved').textContent = t('saved', lang);
  }

  /**
   * The language picker, each language named in itself. Until the rest of the app has
   * loaded it offers only the page's language: the other names would fetch their fonts
   * before the first frame.
   */
  private fillLanguages(): void {
    const select = byId<HTMLSelectElement>('lang');
    const langs = this.allLanguages ? LANGS : [this.lang];
    select.replaceChildren(
      ...langs.map((lang) => {
        const option = new Option(LANGUAGE_NAMES[lang], lang);
        option.lang = lang;
        return option;
      }),
    );
    select.value = this.lang;
  }

  private fillPickers(): void {
    const worldSelect = byId<HTMLSelectElement>('world');
    const lesson = this.lessons.find(this.lessons.currentId);
    const worlds = this.catalog.worlds.map((w) => [w.id, textIn(w.name, this.lang)] as const);
    if (lesson) worlds.unshift([`lesson:${lesson.id}`, lesson.title[this.lang]]);
    worldSelect.replaceChildren(...worlds.map(([value, label]) => new Option(label, value)));
    worldSelect.value = lesson
      ? `lesson:${lesson.id}`
      : typeof this.choice.world === 'string'
        ? this.choice.world
        : '';
    const kitSelect = byId<HTMLSelectElement>('kit');
    const kits = this.catalog.kits.filter((k) => !lesson || lesson.kits.includes(k.id));
    kitSelect.replaceChildren(...kits.map((k) => new Option(k.name[this.lang], k.id)));
    kitSelect.value = this.choice.kits[0] ?? '';
  }
}
