import { DEFAULT_KIT_ID } from '../../robot/kits/default-kit.ts';
import type { WorldSnapshot } from '../render/snapshot.ts';
import type { WorldSpec } from '../world/world-schema.ts';
import type { App } from './app.ts';
import type { EmulatedBoard, EmulatedSerialPort } from './robot-link/emulated-port.ts';
import { emulatedBoard, type LinkState } from './robot-link/robot-link.ts';
import type { ErrorInfo, HeadlessResult, RunStatus } from './sim/protocol.ts';
import type { FrameStatsSummary } from './ui/frame-stats.ts';

/** Which world and robots to load (defaults: the current choice). */
export interface HookLoadOptions {
  world?: string | WorldSpec;
  kit?: string;
  /** Number of robots, all of `kit`; more than one are spread on a grid. */
  robots?: number;
  realism?: 'ideal' | 'classroom';
  seed?: number;
  maxTimeMs?: number;
}

export interface HookRunOptions extends HookLoadOptions {
  source: string;
  language?: 'ts' | 'js';
  trackLines?: boolean;
}

export interface HookState {
  status: RunStatus;
  /** Simulated ms of the latest frame. */
  time: number;
  line: number | undefined;
  robots: { x: number; y: number; headingDeg: number }[];
  error: ErrorInfo | null;
}

export interface DrawnRobot {
  x: number;
  y: number;
  headingDeg: number;
  /** 'off', 'on' or '#rrggbb'. */
  led: string;
}

/**
 * `window.__mekong`: a small, stable hook for the end-to-end tests and the benchmark (see
 * simulator/app/README.md). It drives the same worker and SimSession the buttons do.
 */
export interface MekongHook {
  /** Resolves when the first frame with the world in it has been drawn. */
  ready: Promise<void>;
  /** Resolves when the rest has loaded too: the editor, the lessons, the sandbox (App#loaded). */
  loaded: Promise<void>;
  /** performance.now() when the first frame was drawn; undefined before. */
  firstFrameAt(): number | undefined;
  state(): HookState;
  /** The robots as the 3-D view last drew them (pose and LED), empty before the first frame. */
  drawn(): DrawnRobot[];
  /** Loads a world (robots at their start, no program); resolves when it is built. */
  load(options?: HookLoadOptions): Promise<void>;
  /** Presses Run, with `source` put into the editor first when given. */
  run(source?: string): void;
  /** Runs a program to its end in the page's worker, unpaced; the page's world is untouched. */
  runHeadless(options: HookRunOptions): Promise<HeadlessResult>;
  stats(): FrameStatsSummary;
  resetStats(): void;
  /** Count the GPU's work (gl.finish) in the render time: slower, for benchmarks. */
  setSyncRender(on: boolean): void;
  /** Draws the view now and reads its pixels back: how varied the picture is, and a fingerprint. */
  pixels(): PixelSummary;
  /** The words written on each zone of the arena drawn, by zone id. */
  zoneLabels(): Record<string, string>;
  /** The connected robot, as the header shows it, and its emulated board's world if any. */
  robot(): HookRobot;
  /**
   * A board with our firmware in avr8js behind a Web Serial port (its clock on the port): what the
   * end-to-end tests' fake `navigator.serial` hands out as a "USB robot". The world, kit and
   * seed are the page's; `identity` is stored on the board. With `bootloader` (Intel HEX of
   * optiboot) the board has that bootloader and no firmware yet, to be flashed.
   */
  usbBoard(
    identity?: { name: string; kitId: string },
    bootloader?: string,
  ): Promise<EmulatedSerialPort>;
  /** The emulated robot's states since `sinceMs` (emulated), in order (the last 500 kept). */
  robotHistory(sinceMs: number): HookBoard[];
  /** The board behind the last `usbBoard()` port (its world as last reported). */
  usbBoardState(): HookBoard | null;
}

/** An emulated board's robot, as its worker last reported it. */
export interface HookBoard {
  /** Emulated ms. */
  time: number;
  x: number;
  y: number;
  headingDeg: number;
  powerLeft: number;
  powerRight: number;
}

export interface HookRobot {
  link: LinkState;
  name: string | null;
  kit: string | null;
  /** What the header says about the robot. */
  label: string;
  /** The robot's clock, ms (emulated on an emulated board). */
  clockMs: number | undefined;
  board: HookBoard | null;
}

export interface PixelSummary {
  width: number;
  height: number;
  /** Variance of the luminance over all pixels (0 = one flat colour). */
  variance: number;
  /** Distinct colours among every 16th pixel. */
  colours: number;
  /** FNV-1a hash of the RGB bytes: two different pictures differ here. */
  fingerprint: string;
}

function summarise({
  width,
  height,
  data,
}: {
  width: number;
  height: number;
  data: Uint8Array;
}): PixelSummary {
  let sum = 0;
  let sumSq = 0;
  let hash = 0x811c9dc5;
  const colours = new Set<number>();
  for (let i = 0; i < data.length; i += 4) {
    const r = data[i] ?? 0;
    const g = data[i + 1] ?? 0;
    const b = data[i + 2] ?? 0;
    const luma = 0.299 * r + 0.587 * g + 0.114 * b;
    sum += luma;
    sumSq += luma * luma;
    if (i % 64 === 0) colours.add((r << 16) | (g << 8) | b);
    hash = Math.imul(hash ^ r ^ (g << 8) ^ (b << 16), 0x01000193);
  }
  const n = data.length / 4;
  const mean = sum / n;
  return {
    width,
    height,
    variance: sumSq / n - mean * mean,
    colours: colours.size,
    fingerprint: (hash >>> 0).toString(16),
  };
}

function boardState(snapshot: WorldSnapshot | null): HookBoard | null {
  const robot = snapshot?.robots[0];
  if (!snapshot || !robot) return null;
  const { x, y, headingDeg, powerLeft, powerRight } = robot;
  return { time: snapshot.time, x, y, headingDeg, powerLeft, powerRight };
}

export function createTestHook(app: App): MekongHook {
  let usb: { board: EmulatedBoard; snapshot: WorldSnapshot | null } | undefined;
  const history: HookBoard[] = [];
  app.robot.watchWorld((snapshot) => {
    const state = boardState(snapshot);
    if (state) history.push(state);
    if (history.length > 500) history.shift();
  });
  const setup = (options: HookLoadOptions) => {
    const robots = options.robots ?? 1;
    const kit = options.kit ?? app.choice.kits[0] ?? DEFAULT_KIT_ID;
    return {
      ...app.choice,
      world: options.world ?? app.choice.world,
      kits: Array.from({ length: robots }, () => kit),
      realism: options.realism ?? app.choice.realism,
      seed: options.seed ?? app.choice.seed,
      maxTimeMs: options.maxTimeMs ?? app.choice.maxTimeMs,
      spread: robots > 1,
    };
  };
  return {
    ready: app.firstFrame,
    loaded: app.loaded,
    firstFrameAt: () => app.firstFrameAt,
    state: () => {
      const frame = app.latest;
      return {
        status: app.hardStop ? 'failed' : (frame?.status ?? 'idle'),
        time: frame?.snapshot.time ?? 0,
        line: frame?.line,
        robots: (frame?.snapshot.robots ?? []).map((r) => ({
          x: r.x,
          y: r.y,
          headingDeg: r.headingDeg,
        })),
        error: app.hardStop ?? frame?.error ?? null,
      };
    },
    drawn: () =>
      (app.scene.drawn?.robots ?? []).map((r) => ({
        x: r.x,
        y: r.y,
        headingDeg: r.headingDeg,
        led: r.led,
      })),
    load: (options = {}) => app.load(setup(options)),
    run: (source) => {
      // A program given as code runs from the code editor, whatever mode the lesson opened in.
      if (source !== undefined) {
        app.blocks.setMode('code');
        app.editor.setText(source);
      }
      app.pressRun();
    },
    runHeadless: (options) =>
      app.client.headless(
        setup(options),
        { source: options.source, language: options.language ?? 'ts', fileName: 'program.ts' },
        options.trackLines ?? false,
      ),
    stats: () => app.stats.summary(),
    resetStats: () => app.stats.reset(),
    setSyncRender: (on) => {
      app.syncRender = on;
    },
    pixels: () => summarise(app.scene.readPixels()),
    robot: () => ({
      link: app.robot.state,
      name: app.robot.name,
      kit: app.robot.kitId,
      label: document.getElementById('robot-name')?.textContent ?? '',
      clockMs: app.robot.clockMs,
      board: boardState(app.robot.snapshot),
    }),
    usbBoard: async (identity, bootloader) => {
      // Through the robot chunk, which turns zod's eval off before the kits load.
      const { builtinKits } = await import('./robot-link/robot-connection.ts');
      const kit = builtinKits().find((k) => k.id === identity?.kitId) ?? app.kits[0];
      const world = app.robot.worldSpec;
      if (!kit || !world) throw new Error('no world loaded yet');
      const board = await emulatedBoard({
        kit,
        world,
        seed: app.choice.seed,
        // In lockstep, as the emulated robot: a busy machine slows it, never loses it.
        lockstep: true,
        createWorker: () =>
          new Worker(new URL('./robot-link/emulator-worker.ts', import.meta.url), {
            type: 'module',
          }),
        ...(identity ? { identity } : {}),
        ...(bootloader ? { bootloader } : {}),
      });
      const current = { board, snapshot: null as WorldSnapshot | null };
      board.onSnapshot = (snapshot) => {
        current.snapshot = snapshot;
      };
      usb?.board.dispose();
      usb = current;
      return board.port;
    },
    robotHistory: (sinceMs) => history.filter((s) => s.time >= sinceMs),
    usbBoardState: () => boardState(usb?.snapshot ?? null),
    zoneLabels: () => {
      const labels: Record<string, string> = {};
      app.scene.scene.traverse((node) => {
        if (node.name.startsWith('zone:')) labels[node.name.slice(5)] = String(node.userData.label);
      });
      return labels;
    },
  };
}
