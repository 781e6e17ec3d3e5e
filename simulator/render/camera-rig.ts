import { type Camera, OrthographicCamera, PerspectiveCamera, Vector3 } from 'three';
import type { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import type { WorldSpec } from '../world/world-schema.ts';
import { toScene } from './coords.ts';
import type { RobotSnapshot } from './snapshot.ts';

/** The three ways to look at the arena. */
export const CAMERA_MODES = ['top', 'chase', 'orbit'] as const;
export type CameraMode = (typeof CAMERA_MODES)[number];

/** Chase camera: this far behind and above the robot, cm. */
const CHASE_BACK_CM = 45;
const CHASE_UP_CM = 28;
/** How quickly the chase camera catches up, per second (exponential smoothing). */
const CHASE_FOLLOW_PER_S = 6;
/** Empty border around the arena in the top view, cm. */
const TOP_MARGIN_CM = 8;

/**
 * Top-down (orthographic, the whole arena fits), chase (follows one robot) and free orbit
 * (drag to turn, wheel to zoom: three's OrbitControls on the canvas). OrbitControls is a
 * chunk of its own, fetched the first time the free camera is chosen: the first frame
 * (from above) does not wait for it.
 */
export class CameraRig {
  mode: CameraMode = 'top';
  private readonly top = new OrthographicCamera(-1, 1, 1, -1, 1, 2000);
  private readonly chase = new PerspectiveCamera(55, 1, 1, 4000);
  private readonly orbit = new PerspectiveCamera(50, 1, 1, 4000);
  /** What the free camera turns around: the arena's centre. */
  private readonly orbitTarget = new Vector3();
  private controls: OrbitControls | undefined;
  private loadingControls: Promise<OrbitControls> | undefined;
  private size = { width: 200, height: 150 };
  private aspect = 1;
  private readonly chaseTarget = new Vector3();
  private chasePlaced = false;
  private disposed = false;

  /** `element` takes the free camera's drags; `changed` is called when the view must be redrawn. */
  constructor(
    private readonly element: HTMLElement,
    private readonly changed: () => void = () => undefined,
  ) {}

  get camera(): Camera {
    return this.mode === 'top' ? this.top : this.mode === 'chase' ? this.chase : this.orbit;
  }

  setMode(mode: CameraMode): void {
    this.mode = mode;
    if (mode === 'orbit') this.orbitControls().catch(() => undefined);
    if (this.controls) this.controls.enabled = mode === 'orbit';
    this.chasePlaced = false;
  }

  /**
   * The free camera's controls, loaded the first time it is chosen. Until they have come the
   * free camera looks at the arena from the south and does not turn. A failed load (the
   * network gone before the app was stored for offline use) is tried again on the next
   * choice of the free camera.
   */
  orbitControls(): Promise<OrbitControls> {
    this.loadingControls ??= import('three/examples/jsm/controls/OrbitControls.js').then(
      ({ OrbitControls }) => {
        if (this.controls) return this.controls;
        const controls = new OrbitControls(this.orbit, this.element);
        controls.enableDamping = true;
        controls.maxPolarAngle = Math.PI / 2 - 0.05;
        controls.target.copy(this.orbitTarget);
        controls.enabled = this.mode === 'orbit' && !this.disposed;
        controls.update();
        this.controls = controls;
        if (this.disposed) controls.dispose();
        this.changed();
        return controls;
      },
      (error: unknown) => {
        this.loadingControls = undefined;
        throw error;
      },
    );
    return this.loadingControls;
  }

  /** Frames a new arena: the top view fits it, the orbit view looks at it from the south. */
  setWorld(spec: WorldSpec): void {
    this.size = { ...spec.size };
    const { width, height } = spec.size;
    const centre = toScene(width / 2, height / 2, 0);
    const reach = Math.max(width, height);
    this.orbit.position.set(width / 2, reach * 0.62, reach * 0.3);
    this.orbitTarget.copy(centre);
    this.orbit.lookAt(centre);
    if (this.controls) {
      this.controls.target.copy(centre);
      this.controls.update();
    }
    this.top.position.set(centre.x, 1000, centre.z);
    this.top.up.set(0, 0, -1);
    this.top.lookAt(centre);
    this.fitTop();
    this.chasePlaced = false;
  }

  /** The drawing area's aspect ratio (width / height) changed. */
  setAspect(aspect: number): void {
    this.aspect = aspect;
    this.chase.aspect = aspect;
    this.chase.updateProjectionMatrix();
    this.orbit.aspect = aspect;
    this.orbit.updateProjectionMatrix();
    this.fitTop();
  }

  private fitTop(): void {
    const w = this.size.width + 2 * TOP_MARGIN_CM;
    const h = this.size.height + 2 * TOP_MARGIN_CM;
    const halfH = Math.max(h, w / this.aspect) / 2;
    const halfW = halfH * this.aspect;
    Object.assign(this.top, { left: -halfW, right: halfW, top: halfH, bottom: -halfH });
    this.top.updateProjectionMatrix();
  }

  /**
   * Moves the active camera for this frame; `followed` is the chased robot, `dtMs` wall ms.
   * Returns whether the camera moved (so the frame must be drawn).
   */
  update(followed: RobotSnapshot | undefined, dtMs: number): boolean {
    if (this.mode === 'orbit') return this.controls?.update(dtMs / 1000) ?? false;
    if (this.mode !== 'chase' || !followed) return false;
    const h = (followed.headingDeg * Math.PI) / 180;
    const fx = Math.cos(h);
    const fy = Math.sin(h);
    const want = toScene(
      followed.x - fx * CHASE_BACK_CM,
      followed.y - fy * CHASE_BACK_CM,
      CHASE_UP_CM,
    );
    const look = toScene(followed.x + fx * 20, followed.y + fy * 20, 0);
    const k = this.chasePlaced ? 1 - Math.exp((-CHASE_FOLLOW_PER_S * dtMs) / 1000) : 1;
    const before = this.chase.position.clone();
    this.chase.position.lerp(want, k);
    this.chaseTarget.lerp(look, k);
    this.chasePlaced = true;
    this.chase.lookAt(this.chaseTarget);
    return before.distanceToSquared(this.chase.position) > 1e-6;
  }

  dispose(): void {
    this.disposed = true;
    this.controls?.dispose();
  }
}
