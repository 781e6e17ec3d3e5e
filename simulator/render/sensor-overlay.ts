import {
  BufferGeometry,
  CircleGeometry,
  DoubleSide,
  Float32BufferAttribute,
  Group,
  Line,
  LineBasicMaterial,
  Mesh,
  MeshBasicMaterial,
  SphereGeometry,
} from 'three';
import type { Kit } from '../../robot/index.ts';
// The motion model directly: robot/index.ts would pull the kit schema and zod into the
// page's first load.
import {
  inUltrasonicRange,
  ULTRASONIC_HALF_ANGLE_DEG,
  ULTRASONIC_RANGE_CM,
} from '../../robot/motion/index.ts';
import type { RobotSnapshot } from './snapshot.ts';

/** Which sensor views a teacher has switched on. */
export interface SensorViews {
  /** The ultrasonic cone (±ULTRASONIC_HALF_ANGLE_DEG) and the echo at the measured distance. */
  ultrasonic: boolean;
  /** A spot under each line sensor, lit while it sees the line (drawn through the robot). */
  line: boolean;
}

const HALF = (ULTRASONIC_HALF_ANGLE_DEG * Math.PI) / 180;
const LINE_ON = '#00e676';
const LINE_OFF = '#546e7a';

/** Points of a unit arc across the cone, in the scene's local x/z plane (x = axis). */
function arcPoints(withApex: boolean): number[] {
  const pts: number[] = withApex ? [0, 0, 0] : [];
  const n = 16;
  for (let i = 0; i <= n; i++) {
    const a = -HALF + (2 * HALF * i) / n;
    pts.push(Math.cos(a), 0, -Math.sin(a));
  }
  if (withApex) pts.push(0, 0, 0);
  return pts;
}

function lineFrom(points: number[], material: LineBasicMaterial): Line {
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(points, 3));
  return new Line(g, material);
}

/**
 * The ultrasonic cone and echo (children of the sensor's pivot, so they turn with the
 * servo) and the line-sensor spots (children of the robot). Everything is drawn on top,
 * never hidden by the robot, so a top view shows what the sensors see.
 */
export class SensorOverlay {
  /** Add to the ultrasonic pivot, at the sensor's height. */
  readonly cone = new Group();
  /** Add to the robot's root. */
  readonly spots = new Group();
  private readonly fan: Mesh;
  private readonly outline: Line;
  private readonly echo: Line;
  private readonly hit: Mesh;
  private readonly spotMeshes = new Map<string, Mesh<CircleGeometry, MeshBasicMaterial>>();

  constructor(kit: Kit) {
    this.fan = new Mesh(
      new CircleGeometry(1, 24, -HALF, 2 * HALF),
      new MeshBasicMaterial({
        color: '#ffd54f',
        transparent: true,
        opacity: 0.22,
        depthWrite: false,
        side: DoubleSide,
      }),
    );
    this.fan.rotation.x = -Math.PI / 2;
    this.outline = lineFrom(arcPoints(true), new LineBasicMaterial({ color: '#ffb300' }));
    this.echo = lineFrom(arcPoints(false), new LineBasicMaterial({ color: '#e53935' }));
    this.hit = new Mesh(new SphereGeometry(1, 12, 8), new MeshBasicMaterial({ color: '#e53935' }));
    this.cone.add(this.fan, this.outline, this.echo, this.hit);
    this.cone.name = 'ultrasonic-cone';
    this.spots.name = 'line-spots';
    for (const sensor of kit.lineSensors?.sensors ?? []) {
      const spot = new Mesh(
        new CircleGeometry(0.9, 16),
        new MeshBasicMaterial({ color: LINE_OFF, depthTest: false, transparent: true }),
      );
      spot.rotation.x = -Math.PI / 2;
      spot.position.set(sensor.x, 0.3, -sensor.y);
      spot.renderOrder = 10;
      this.spots.add(spot);
      this.spotMeshes.set(sensor.id, spot);
    }
    for (const node of [this.fan, this.outline, this.echo, this.hit]) node.renderOrder = 9;
  }

  update(robot: RobotSnapshot, views: SensorViews): void {
    this.cone.visible = views.ultrasonic;
    if (views.ultrasonic) {
      const seen = inUltrasonicRange(robot.distanceCm);
      const length = seen ? Math.max(robot.distanceCm, 0.5) : ULTRASONIC_RANGE_CM.max;
      this.fan.scale.set(length, length, 1);
      this.outline.scale.set(length, 1, length);
      this.echo.visible = seen;
      this.hit.visible = seen;
      this.echo.scale.set(length, 1, length);
      this.hit.position.set(length, 0, 0);
    }
    this.spots.visible = views.line;
    if (views.line) {
      for (const [id, spot] of this.spotMeshes) {
        const dark = robot.lineDark[id] ?? false;
        spot.material.color.set(dark ? LINE_ON : LINE_OFF);
        spot.material.opacity = dark ? 1 : 0.75;
        spot.scale.setScalar(dark ? 1.25 : 1);
      }
    }
  }
}
