/** The 3-D view (three.js): draws world snapshots, never steps the world. */
export { type ArenaView, buildArena } from './arena-view.ts';
export { CAMERA_MODES, type CameraMode, CameraRig } from './camera-rig.ts';
export { headingToRotationY, toScene } from './coords.ts';
export { RobotAssets } from './robot-assets.ts';
export { RobotView } from './robot-view.ts';
export { type FrameCost, SceneView, type SceneViewOptions } from './scene-view.ts';
export { CONE_HALF_ANGLE_DEG, ULTRASONIC_RANGE_CM } from './sensor-limits.ts';
export type { SensorViews } from './sensor-overlay.ts';
export {
  type MovableSnapshot,
  type RobotSnapshot,
  snapshotWorld,
  type WorldSnapshot,
} from './snapshot.ts';
export { blendSnapshots, lerpAngleDeg, SnapshotBuffer } from './snapshot-buffer.ts';
