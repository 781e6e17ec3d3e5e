import {
  BoxGeometry,
  type BufferGeometry,
  Color,
  CylinderGeometry,
  Euler,
  Float32BufferAttribute,
  Matrix4,
  Quaternion,
  SphereGeometry,
  Vector3,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { Kit } from '../../robot/index.ts';

/**
 * The shapes of a robot, built from its kit profile (the same file the simulator and the
 * hardware bridge read). Robot frame: x forward, y left, z up, cm, origin at the middle
 * of the drive axle on the floor; in the scene that is local (x, z, -y).
 * Static parts are merged into one vertex-coloured mesh so a class of 30 robots stays
 * a few draw calls each.
 */

/** Width of a drive wheel's tyre, cm (TT-motor wheels). */
export const WHEEL_WIDTH_CM = 2.6;
/** Gap between the floor and the chassis plate, cm. */
const CLEARANCE_CM = 1.2;

/** Heights of the robot's layers, cm above the floor. */
export interface RobotLayout {
  wheelRadius: number;
  /** Top of the chassis plate, where boards and sensors sit. */
  deckHeight: number;
  chassisWidth: number;
  /** Height of the ultrasonic sensor's axis. */
  sensorHeight: number;
}

export function robotLayout(kit: Kit): RobotLayout {
  const wheelRadius = kit.drive.wheelDiameterCm / 2;
  const plate = Math.max(1, kit.body.heightCm * 0.3);
  const deckHeight = CLEARANCE_CM + plate;
  const chassisWidth = Math.max(
    4,
    Math.min(kit.body.widthCm, kit.drive.trackWidthCm - WHEEL_WIDTH_CM - 0.4),
  );
  const sensorHeight = Math.max(deckHeight + 2.5, kit.body.heightCm - 1.2);
  return { wheelRadius, deckHeight, chassisWidth, sensorHeight };
}

/** One coloured piece placed in the robot frame (x forward, y left, z up, cm). */
function part(
  geometry: BufferGeometry,
  color: string,
  x: number,
  y: number,
  z: number,
  rotation = new Euler(),
): BufferGeometry {
  const g = geometry;
  g.applyMatrix4(
    new Matrix4().compose(
      new Vector3(x, z, -y),
      new Quaternion().setFromEuler(rotation),
      new Vector3(1, 1, 1),
    ),
  );
  const c = new Color(color);
  const count = g.getAttribute('position').count;
  const colors = new Float32Array(count * 3);
  for (let i = 0; i < count; i++) colors.set([c.r, c.g, c.b], i * 3);
  g.setAttribute('color', new Float32BufferAttribute(colors, 3));
  return g;
}

/** Box of size (along x, along y, along z) in the robot frame, centred at (x, y, z). */
function box(lx: number, ly: number, lz: number, color: string, x: number, y: number, z: number) {
  return part(new BoxGeometry(lx, lz, ly), color, x, y, z);
}

const BOARD_SIZE = {
  uno: [6.9, 5.3],
  nano: [4.5, 1.8],
  mega: [10.2, 5.3],
} as const satisfies Record<Kit['board'], readonly [number, number]>;

/** Chassis, deck, board, motors, caster and line-sensor modules: one merged geometry. */
export function chassisGeometry(kit: Kit): BufferGeometry {
  const { deckHeight, chassisWidth } = robotLayout(kit);
  const { lengthCm, centerOffsetCm, color, heightCm } = kit.body;
  const plate = deckHeight - CLEARANCE_CM;
  const pieces: BufferGeometry[] = [];
  pieces.push(
    box(lengthCm, chassisWidth, plate, color, centerOffsetCm, 0, CLEARANCE_CM + plate / 2),
  );
  // A darker rim shows the body's outline from above.
  const rim = new Color(color).multiplyScalar(0.6).getStyle();
  pieces.push(
    box(lengthCm, 0.5, 0.6, rim, centerOffsetCm, chassisWidth / 2 - 0.25, deckHeight + 0.3),
  );
  pieces.push(
    box(lengthCm, 0.5, 0.6, rim, centerOffsetCm, -chassisWidth / 2 + 0.25, deckHeight + 0.3),
  );
  const [bl, bw] = BOARD_SIZE[kit.board];
  const boardX = centerOffsetCm - lengthCm / 2 + bl / 2 + 1;
  pieces.push(box(bl, bw, 0.4, '#0f6e8c', boardX, 0, deckHeight + 1));
  pieces.push(box(bl * 0.25, bw * 0.3, 0.5, '#222222', boardX, 0, deckHeight + 1.4));
  // Gear motors sit under the plate, between the wheels.
  const motorLen = Math.max(1, (kit.drive.trackWidthCm - WHEEL_WIDTH_CM) / 2 - 0.3);
  for (const side of [1, -1]) {
    pieces.push(
      box(2.2, motorLen, 1.9, '#f2c230', 0, side * (motorLen / 2 + 0.2), CLEARANCE_CM + 0.2),
    );
  }
  const casterX = centerOffsetCm - lengthCm / 2 + 1.8;
  pieces.push(part(new SphereGeometry(1, 12, 8), '#b0b0b0', casterX, 0, 1));
  for (const sensor of kit.lineSensors?.sensors ?? []) {
    pieces.push(box(1.2, 1, 0.6, '#263238', sensor.x, sensor.y, CLEARANCE_CM - 0.3));
  }
  if (kit.buzzer) {
    pieces.push(
      part(
        new CylinderGeometry(0.6, 0.6, 0.8, 12),
        '#111111',
        boardX + bl / 2 + 0.9,
        -1.5,
        deckHeight + 0.4,
      ),
    );
  }
  if (kit.button) {
    pieces.push(box(0.8, 0.8, 0.5, '#444444', boardX - bl / 2 - 0.2, 2, deckHeight + 0.25));
  }
  if (heightCm > deckHeight + 3) {
    // Kits with a second deck (mBot's case, the car's upper plate) get four pillars.
    const px = lengthCm / 2 - 1.5;
    const py = chassisWidth / 2 - 1;
    for (const [sx, sy] of [
      [1, 1],
      [1, -1],
      [-1, 1],
      [-1, -1],
    ] as const) {
      pieces.push(
        part(
          new CylinderGeometry(0.3, 0.3, heightCm - deckHeight - 2.4, 6),
          '#c0c0c0',
          centerOffsetCm + sx * px,
          sy * py,
          (heightCm + deckHeight - 2.4) / 2,
        ),
      );
    }
  }
  return mergeGeometries(pieces.map(stripUv));
}

/** A drive wheel centred on its axle (the scene's local z), spinning about it. */
export function wheelGeometry(kit: Kit): BufferGeometry {
  const r = kit.drive.wheelDiameterCm / 2;
  const turn = new Euler(Math.PI / 2, 0, 0);
  return mergeGeometries(
    [
      part(new CylinderGeometry(r, r, WHEEL_WIDTH_CM, 24), '#2b2b2b', 0, 0, 0, turn),
      part(
        new CylinderGeometry(r * 0.62, r * 0.62, WHEEL_WIDTH_CM + 0.1, 16),
        '#f2c230',
        0,
        0,
        0,
        turn,
      ),
      // A spoke, so that turning shows.
      part(new BoxGeometry(r * 1.3, r * 0.25, WHEEL_WIDTH_CM + 0.2), '#8a6d00', 0, 0, 0),
    ].map(stripUv),
  );
}

/** The ultrasonic sensor (and its servo horn where fitted), facing +x from its pivot. */
export function ultrasonicGeometry(kit: Kit): BufferGeometry | undefined {
  const us = kit.ultrasonic;
  if (!us) return undefined;
  const { deckHeight, sensorHeight } = robotLayout(kit);
  const pieces: BufferGeometry[] = [];
  const along = new Euler(0, 0, Math.PI / 2);
  const h = sensorHeight - deckHeight;
  if (us.onServo) {
    pieces.push(box(2.3, 1.2, 2.2, '#1565c0', -0.6, 0, 1.1));
    pieces.push(box(1.6, 0.6, 0.3, '#ffffff', -0.2, 0, 2.3));
  } else {
    pieces.push(box(0.8, 2, h - 1, '#9e9e9e', -0.4, 0, (h - 1) / 2));
  }
  const pcb = us.type === 'hc-sr04' ? '#1f5fa8' : '#e0e0e0';
  pieces.push(box(0.2, 4.5, 2, pcb, 0, 0, h));
  for (const side of [1, -1]) {
    pieces.push(
      part(new CylinderGeometry(0.8, 0.8, 1.2, 16), '#cfd8dc', 0.7, side * 1.3, h, along),
    );
  }
  return mergeGeometries(pieces.map(stripUv));
}

function stripUv(g: BufferGeometry): BufferGeometry {
  g.deleteAttribute('uv');
  return g;
}
