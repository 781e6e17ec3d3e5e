import {
  AmbientLight,
  Color,
  DirectionalLight,
  HemisphereLight,
  type Object3D,
  Scene,
  Vector2,
  WebGLRenderer,
} from 'three';
import type { Kit, Lang } from '../../robot/index.ts';
import type { WorldSpec } from '../world/world-schema.ts';
import { type ArenaView, buildArena } from './arena-view.ts';
import { type CameraMode, CameraRig } from './camera-rig.ts';
import { toScene } from './coords.ts';
import { RobotAssets } from './robot-assets.ts';
import { RobotView } from './robot-view.ts';
import type { SensorViews } from './sensor-overlay.ts';
import type { WorldSnapshot } from './snapshot.ts';
import { SnapshotBuffer } from './snapshot-buffer.ts';
import { TrailView } from './trail-view.ts';

export interface SceneViewOptions {
  canvas: HTMLCanvasElement;
  /** Smooth edges; costs fill rate on old integrated GPUs. Default true. */
  antialias?: boolean;
  /** Cap on device pixels per CSS pixel. Default 2. */
  maxPixelRatio?: number;
}

/** What drawing one frame cost. */
export interface FrameCost {
  /** Wall ms spent (0 when nothing had changed and the frame was skipped). */
  renderMs: number;
  /** False when nothing had changed since the last frame, so nothing was drawn. */
  drawn: boolean;
}

/**
 * The 3-D view of one world: arena, robots and sensor views, drawn from snapshots that
 * something else (a worker running the world) sends. It never steps the world. Model
 * objects map to drawn ones by identity: robots by their index in the world, movable
 * objects by their world id.
 */
export class SceneView {
  readonly renderer: WebGLRenderer;
  readonly scene = new Scene();
  readonly rig: CameraRig;
  /** Which robot the chase camera follows (index in the world). */
  followIndex = 0;
  private readonly buffer = new SnapshotBuffer();
  private readonly assets = new RobotAssets();
  private arena: ArenaView | undefined;
  private robots: RobotView[] = [];
  /** Each robot's pen trail, in a world with a pen. */
  private trails: TrailView[] = [];
  private lastFrameAt: number | undefined;
  private shown: WorldSnapshot | undefined;
  private views: SensorViews = { ultrasonic: false, line: false };
  /** Something other than the world changed (camera, views, size): draw the next frame. */
  private dirty = true;
  private drawnTime: number | undefined;
  /** A snapshot that differs from the one before it arrived and has not been drawn yet. */
  private changed = false;
  /** The latest snapshot's content, to tell a changed world from a repeated frame. */
  private latestKey = '';
  private readonly size = new Vector2();
  /** The language zone labels are written in. */
  private lang: Lang = 'en';

  constructor(options: SceneViewOptions) {
    const { canvas } = options;
    this.renderer = new WebGLRenderer({
      canvas,
      antialias: options.antialias ?? true,
    });
    this.renderer.setPixelRatio(
      Math.min(globalThis.devicePixelRatio ?? 1, options.maxPixelRatio ?? 2),
    );
    this.scene.background = new Color('#dfe6ee');
    this.scene.add(new HemisphereLight('#ffffff', '#8d8d8d', 1.6));
    this.scene.add(new AmbientLight('#ffffff', 0.4));
    const sun = new DirectionalLight('#ffffff', 1.8);
    sun.position.set(60, 200, 80);
    this.scene.add(sun);
    this.rig = new CameraRig(canvas, () => {
      this.dirty = true;
    });
  }

  /** Shows a new world with one robot per kit (robot i drawn from kits[i]). */
  setWorld(spec: WorldSpec, kits: readonly Kit[]): void {
    if (this.arena) {
      this.scene.remove(this.arena.group);
      this.arena.dispose();
    }
    for (const view of this.robots) {
      this.scene.remove(view.object);
      view.dispose();
    }
    for (const trail of this.trails) {
      this.scene.remove(trail.mesh);
      trail.dispose();
    }
    const { pen } = spec;
    this.trails = pen ? kits.map(() => new TrailView(pen.color, pen.widthCm)) : [];
    for (const trail of this.trails) this.scene.add(trail.mesh);
    this.arena = buildArena(spec, this.lang, () => {
      this.dirty = true;
    });
    this.scene.add(this.arena.group);
    this.robots = kits.map((kit) => {
      const view = new RobotView(kit, this.assets);
      const start = spec.start;
      view.object.position.copy(toScene(start.x, start.y));
      this.scene.add(view.object);
      return view;
    });
    this.rig.setWorld(spec);
    // The old world's snapshots must never be drawn on the new one, nor blended into it.
    this.buffer.clear();
    this.latestKey = '';
    this.shown = undefined;
    this.drawnTime = undefined;
    this.dirty = true;
  }

  /** A new state of the world arrived at wall time `atMs` (the page's clock). */
  push(snapshot: WorldSnapshot, atMs: number): void {
    this.buffer.push(snapshot, atMs);
    // The pen draws what the trace sampled: the trail is not blended, only extended.
    const trail = snapshot.trail;
    if (trail) {
      this.trails.forEach((view, i) => {
        view.append(trail.from, trail.points[i] ?? []);
      });
    }
    // Things change without time passing (an LED switched by a program that never waits,
    // a new world also at 0 ms): compare what the snapshot says, not only its time.
    const key = JSON.stringify(snapshot);
    if (key !== this.latestKey) this.changed = true;
    this.latestKey = key;
  }

  /** The state most recently drawn (interpolated), for read-outs. */
  get drawn(): WorldSnapshot | undefined {
    return this.shown;
  }

  /** Writes the zone labels in `lang` (now, and in the worlds shown next). */
  setLang(lang: Lang): void {
    this.lang = lang;
    this.arena?.setLang(lang);
    this.dirty = true;
  }

  setCamera(mode: CameraMode): void {
    this.rig.setMode(mode);
    this.dirty = true;
  }

  get sensorViews(): SensorViews {
    return this.views;
  }

  /** Switches the sensor views a teacher wants to show. */
  set sensorViews(views: SensorViews) {
    this.views = { ...views };
    this.dirty = true;
  }

  /** Matches the drawing buffer to the canvas's CSS size. */
  resize(width: number, height: number): void {
    if (width <= 0 || height <= 0) return;
    // Setting a canvas's size clears it: only do so when the size really changed.
    const now = this.renderer.getSize(this.size);
    if (now.x === width && now.y === height) return;
    this.renderer.setSize(width, height, false);
    this.rig.setAspect(width / height);
    this.dirty = true;
  }

  /**
   * Draws the frame for wall time `nowMs`. A frame in which neither the world, nor the
   * camera, nor the view changed is skipped: an idle classroom laptop stays cool.
   */
  render(nowMs: number, clock: () => number = () => performance.now()): FrameCost {
    const started = clock();
    const dt = this.lastFrameAt === undefined ? 16 : nowMs - this.lastFrameAt;
    this.lastFrameAt = nowMs;
    const snapshot = this.buffer.sample(nowMs);
    const worldMoved = snapshot !== undefined && (this.changed || snapshot.time !== this.drawnTime);
    if (snapshot && (worldMoved || this.dirty)) {
      this.pose(snapshot);
      this.changed = false;
    }
    const cameraMoved = this.rig.update(snapshot?.robots[this.followIndex], dt);
    if (!worldMoved && !cameraMoved && !this.dirty) return { renderMs: 0, drawn: false };
    this.dirty = false;
    this.drawnTime = snapshot?.time;
    this.renderer.render(this.scene, this.rig.camera);
    return { renderMs: clock() - started, drawn: true };
  }

  private pose(snapshot: WorldSnapshot): void {
    this.shown = snapshot;
    const count = Math.min(snapshot.robots.length, this.robots.length);
    for (let i = 0; i < count; i++) {
      (this.robots[i] as RobotView).update(
        snapshot.robots[i] as (typeof snapshot.robots)[number],
        snapshot.time,
        this.views,
      );
    }
    const movables = this.arena?.movables;
    if (movables) {
      for (const m of snapshot.movables) {
        const drawn: Object3D | undefined = movables.get(m.id);
        if (drawn) toScene(m.x, m.y, drawn.position.y, drawn.position);
      }
    }
  }

  /**
   * Draws the current state now and reads the picture back: RGBA rows, bottom row first
   * (tests and benchmarks check that something real is on screen).
   */
  readPixels(): { width: number; height: number; data: Uint8Array } {
    this.renderer.render(this.scene, this.rig.camera);
    const gl = this.renderer.getContext();
    const width = gl.drawingBufferWidth;
    const height = gl.drawingBufferHeight;
    const data = new Uint8Array(width * height * 4);
    gl.readPixels(0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, data);
    return { width, height, data };
  }

  /** The pen trail views (one per robot in a world with a pen), for tests. */
  get penTrails(): readonly TrailView[] {
    return this.trails;
  }

  dispose(): void {
    this.arena?.dispose();
    for (const view of this.robots) view.dispose();
    for (const trail of this.trails) trail.dispose();
    this.assets.dispose();
    this.rig.dispose();
    this.renderer.dispose();
  }
}
