import type { Kit } from '../../robot/index.ts';
import { cos, degToRad, sin } from './det-math.ts';
import {
  type Aabb,
  aabbOf,
  aabbOverlap,
  arenaSides,
  type Cone,
  collide,
  coneDistance,
  pointInPoly,
  pointSegmentDistance,
  rectPoints,
  type Shape,
  translateShape,
  type Vec,
} from './geometry.ts';
import { REALISM, type Realism, type RealismSpec } from './realism.ts';
import { Rng } from './rng.ts';
import { SimBody } from './sim-body.ts';
import type { Trace, TraceEvent } from './trace.ts';
import type { Pose, WorldSpec } from './world-schema.ts';

/** World step, ms. Every robot-call cost is a whole number of ms, so calls end on a step. */
export const STEP_MS = 1;

/** Pose samples go into the trace this often, ms. */
export const SAMPLE_MS = 50;

/** Shared empty contact set, so a step without contacts allocates nothing. */
const NO_CONTACTS: Set<string> = new Set();

/**
 * False when nothing in `aabb` can be seen nearer than `best`: the box is at least `best`
 * away from the sensor, or wholly behind it (the cone is narrower than a half-plane).
 */
function coneMayReach(cone: Cone, aabb: Aabb, best: number): boolean {
  const { o } = cone;
  const dx = Math.max(aabb.minX - o.x, 0, o.x - aabb.maxX);
  const dy = Math.max(aabb.minY - o.y, 0, o.y - aabb.maxY);
  if (dx * dx + dy * dy >= best * best) return false;
  const ahead = (x: number, y: number) => (x - o.x) * cone.ax + (y - o.y) * cone.ay >= 0;
  return (
    ahead(aabb.minX, aabb.minY) ||
    ahead(aabb.maxX, aabb.minY) ||
    ahead(aabb.minX, aabb.maxY) ||
    ahead(aabb.maxX, aabb.maxY)
  );
}

/** Distance from (x, y) to the nearest point of `box`, cm (0 inside it). */
function gapToBox(x: number, y: number, box: Aabb): number {
  const dx = Math.max(box.minX - x, 0, x - box.maxX);
  const dy = Math.max(box.minY - y, 0, y - box.maxY);
  return Math.sqrt(dx * dx + dy * dy);
}

/** Side of the floor cells that index line segments, cm. */
const LINE_CELL_CM = 8;

function cellOf(v: number): number {
  return Math.floor(v / LINE_CELL_CM);
}

/** One number per cell; arenas are far smaller than 2^20 cells a side. */
function cellKey(cx: number, cy: number): number {
  return (cx + 0x80000) * 0x100000 + (cy + 0x80000);
}

/** The times the scripted button goes down and up; overlapping presses are one long press. */
export function buttonEdges(
  presses: WorldSpec['buttonPresses'],
): { t: number; pressed: boolean }[] {
  const sorted = [...presses].sort((a, b) => a.atMs - b.atMs);
  const edges: { t: number; pressed: boolean }[] = [];
  for (const press of sorted) {
    const last = edges.at(-1);
    if (last && last.t >= press.atMs) {
      last.t = Math.max(last.t, press.atMs + press.holdMs);
      continue;
    }
    edges.push({ t: press.atMs, pressed: true }, { t: press.atMs + press.holdMs, pressed: false });
  }
  return edges;
}

/** Half the diameter of the spot a line sensor sees on the floor, cm. */
const LINE_SPOT_CM = 0.4;

interface StaticBody {
  what: 'wall' | 'obstacle';
  id: string;
  shape: Shape;
  aabb: Aabb;
}

export interface MovableBody {
  id: string;
  kind: 'box' | 'cylinder';
  shape: Shape;
  aabb: Aabb;
  /** Centre, cm. */
  x: number;
  y: number;
}

interface LineSegment {
  p: Vec;
  q: Vec;
  halfWidth: number;
  reflectance: number;
  aabb: Aabb;
}

export interface WorldOptions {
  seed: number;
  realism: Realism;
}

/**
 * The headless, deterministic, fixed-step world: arena, obstacles, floor lines, zones and
 * robots built from kit profiles. It never reads a clock and never draws.
 */
export class World {
  readonly spec: WorldSpec;
  readonly seed: number;
  readonly realism: Realism;
  readonly realismSpec: RealismSpec;
  /** Simulated ms since the start. */
  time = 0;
  readonly robots: SimBody[] = [];
  readonly movables: MovableBody[] = [];
  readonly trace: Trace = { events: [], samples: [] };
  private readonly statics: StaticBody[] = [];
  private readonly lineSegments: LineSegment[] = [];
  /** Line segments by floor cell (LINE_CELL_CM square), so a sensor reads only nearby ones. */
  private readonly lineCells = new Map<number, LineSegment[]>();
  private readonly zoneInside: boolean[][] = [];
  private nextSample = 0;
  /** When the scripted button (spec.buttonPresses) goes down and up, in time order. */
  private readonly buttonEdges: readonly { t: number; pressed: boolean }[];
  private nextEdge = 0;
  /** Scratch for quietSteps: each robot's largest move per step, cm. */
  private glideScratch: number[] = [];

  constructor(spec: WorldSpec, options: WorldOptions) {
    this.spec = spec;
    this.seed = options.seed;
    this.realism = options.realism;
    this.realismSpec = REALISM[options.realism];
    this.buttonEdges = buttonEdges(spec.buttonPresses);
    arenaSides(spec.size.width, spec.size.height).forEach(([from, to], i) => {
      this.addWall(`boundary-${i}`, from, to);
    });
    spec.walls.forEach((wall, i) => {
      this.addWall(`wall-${i}`, wall.from, wall.to);
    });
    spec.obstacles.forEach((ob, i) => {
      const id = ob.id ?? `${ob.type}-${i}`;
      const shape: Shape =
        ob.type === 'cylinder'
          ? { kind: 'circle', c: { x: ob.x, y: ob.y }, r: ob.radius }
          : {
              kind: 'poly',
              points: rectPoints(
                ob.x,
                ob.y,
                ob.width,
                ob.height,
                cos(degToRad(ob.rotationDeg)),
                sin(degToRad(ob.rotationDeg)),
              ),
            };
      if (ob.movable)
        this.movables.push({ id, kind: ob.type, shape, aabb: aabbOf(shape), x: ob.x, y: ob.y });
      else this.statics.push({ what: 'obstacle', id, shape, aabb: aabbOf(shape) });
    });
    for (const line of spec.lines) {
      const pts = line.closed ? [...line.points, line.points[0] as Vec] : line.points;
      for (let i = 0; i + 1 < pts.length; i++) {
        const p = pts[i] as Vec;
        const q = pts[i + 1] as Vec;
        const hw = line.width / 2;
        this.lineSegments.push({
          p,
          q,
          halfWidth: hw,
          reflectance: line.reflectance,
          aabb: {
            minX: Math.min(p.x, q.x) - hw - LINE_SPOT_CM,
            minY: Math.min(p.y, q.y) - hw - LINE_SPOT_CM,
            maxX: Math.max(p.x, q.x) + hw + LINE_SPOT_CM,
            maxY: Math.max(p.y, q.y) + hw + LINE_SPOT_CM,
          },
        });
      }
    }
    for (const seg of this.lineSegments) {
      for (let cx = cellOf(seg.aabb.minX); cx <= cellOf(seg.aabb.maxX); cx++) {
        for (let cy = cellOf(seg.aabb.minY); cy <= cellOf(seg.aabb.maxY); cy++) {
          const key = cellKey(cx, cy);
          const list = this.lineCells.get(key);
          if (list) list.push(seg);
          else this.lineCells.set(key, [seg]);
        }
      }
    }
  }

  private addWall(id: string, from: Vec, to: Vec): void {
    const shape: Shape = { kind: 'poly', points: [{ ...from }, { ...to }] };
    this.statics.push({ what: 'wall', id, shape, aabb: aabbOf(shape) });
  }

  /** Adds a robot built from `kit` at `pose` (default: the world's start for that robot number). */
  addRobot(kit: Kit, pose?: Pose): SimBody {
    const index = this.robots.length;
    const start =
      pose ?? (index === 0 ? this.spec.start : this.spec.starts[index - 1]) ?? this.spec.start;
    const body = new SimBody(index, kit, start, this.realismSpec, new Rng(this.seed, index + 1));
    this.robots.push(body);
    this.zoneInside.push(this.spec.zones.map(() => false));
    return body;
  }

  record(event: TraceEvent): void {
    this.trace.events.push(event);
  }

  /**
   * Presses (`pressed`) or lets go of robot `index`'s button, as a hand on the robot would;
   * the trace records it. The world's scripted presses come through here too.
   */
  pressButton(index: number, pressed: boolean): void {
    const body = this.robots[index];
    if (!body || body.buttonPressed === pressed) return;
    body.buttonPressed = pressed;
    this.record({ t: this.time, robot: index, type: 'button', pressed });
  }

  /** Applies the scripted button changes due by now to every robot. */
  private pressScripted(): void {
    const edges = this.buttonEdges;
    while (this.nextEdge < edges.length && (edges[this.nextEdge]?.t ?? 0) <= this.time) {
      const edge = edges[this.nextEdge++] as { pressed: boolean };
      for (const body of this.robots) this.pressButton(body.index, edge.pressed);
    }
  }

  /** Advances the world by one step of STEP_MS. */
  step(): void {
    this.pressScripted();
    if (this.time >= this.nextSample) this.sample();
    for (const robot of this.robots) {
      robot.stepServo(STEP_MS);
      robot.integrate(STEP_MS);
    }
    this.resolveContacts();
    this.time += STEP_MS;
    this.updateZones();
  }

  /** Steps until `time` reaches `untilMs`. The result is the same as calling step() each ms. */
  advanceTo(untilMs: number): void {
    while (this.time < untilMs) {
      this.pressScripted();
      const quiet = this.quietSteps(untilMs);
      if (quiet > 1) this.glide(quiet);
      else this.step();
    }
    // A program that reads the button now must see a press due now.
    this.pressScripted();
  }

  /**
   * How many steps from now (at most up to `untilMs` and the next trace sample) can only
   * move the robots: none can touch anything or each other, enter or leave a zone, and no
   * servo turns. Proved from speed bounds, so gliding over them changes nothing.
   */
  private quietSteps(untilMs: number): number {
    const edge = this.buttonEdges[this.nextEdge]?.t ?? Number.POSITIVE_INFINITY;
    let steps = Math.min(untilMs, this.nextSample, edge) - this.time;
    if (steps < 2) return 0;
    const robots = this.robots;
    const zones = this.spec.zones;
    const perStep = this.glideScratch;
    for (let i = 0; i < robots.length; i++) {
      const robot = robots[i] as SimBody;
      if (robot.servoMoving() || robot.clearanceCm <= 0) return 0;
      // cm per step the robot's centre can move, with room for |dx| + |dy| (<= 1.42 x).
      const cm = (robot.speedBound() * STEP_MS * 1.5) / 1000;
      perStep[i] = cm;
      if (cm === 0) continue;
      let room = robot.clearanceCm - robot.movedSinceClearance();
      for (const zone of zones) {
        room = Math.min(
          room,
          Math.abs(Math.abs(robot.x - zone.x) - zone.width / 2),
          Math.abs(Math.abs(robot.y - zone.y) - zone.height / 2),
        );
      }
      steps = Math.min(steps, Math.floor(room / cm) - 1);
      if (steps < 2) return 0;
    }
    // Two robots close in on each other by at most the sum of their steps.
    for (let i = 0; i < robots.length; i++) {
      const a = robots[i] as SimBody;
      for (let j = i + 1; j < robots.length; j++) {
        const b = robots[j] as SimBody;
        const closing = (perStep[i] as number) + (perStep[j] as number);
        if (closing === 0) continue;
        const reach = a.reachCm + b.reachCm;
        const dx = a.x - b.x;
        const dy = a.y - b.y;
        const need = reach + closing * (steps + 1);
        if (dx * dx + dy * dy >= need * need) continue;
        steps = Math.min(steps, Math.floor((Math.sqrt(dx * dx + dy * dy) - reach) / closing) - 1);
        if (steps < 2) return 0;
      }
    }
    return steps;
  }

  /** Advances `steps` quiet steps (see quietSteps): motion only. */
  private glide(steps: number): void {
    for (const robot of this.robots) {
      robot.contacts = NO_CONTACTS;
      robot.nextContacts = NO_CONTACTS;
      for (let i = 0; i < steps; i++) {
        robot.integrate(STEP_MS);
      }
    }
    this.time += steps * STEP_MS;
  }

  private sample(): void {
    this.trace.samples.push({
      t: this.time,
      robots: this.robots.map((r) => [r.x, r.y, r.headingDeg]),
      objects: this.movables.map((m) => [m.x, m.y]),
    });
    this.nextSample = this.time + SAMPLE_MS;
  }

  private resolveContacts(): void {
    const robots = this.robots;
    for (const robot of robots) {
      if (this.clearOfScenery(robot)) {
        robot.nextContacts = NO_CONTACTS;
        continue;
      }
      let touching: Set<string> | undefined;
      for (let pass = 0; pass < 3; pass++) {
        let moved = false;
        for (const body of this.statics) {
          if (!aabbOverlap(robot.aabb, body.aabb)) continue;
          const c = collide(robot.shape, body.shape);
          if (!c) continue;
          robot.shift(c.nx * c.depth, c.ny * c.depth);
          touching ??= new Set();
          touching.add(`${body.what}:${body.id}`);
          moved = true;
        }
        for (const m of this.movables) {
          if (!aabbOverlap(robot.aabb, m.aabb)) continue;
          const c = collide(m.shape, robot.shape);
          if (!c) continue;
          this.moveMovable(m, c.nx * c.depth, c.ny * c.depth);
          const back = collide(robot.shape, m.shape);
          if (back) {
            robot.shift(back.nx * back.depth, back.ny * back.depth);
            moved = true;
          }
        }
        if (!moved) break;
      }
      robot.nextContacts = touching ?? NO_CONTACTS;
      this.measureClearance(robot);
    }
    for (let i = 0; i < robots.length; i++) {
      const a = robots[i] as SimBody;
      for (let j = i + 1; j < robots.length; j++) {
        const b = robots[j] as SimBody;
        const dx = a.x - b.x;
        const dy = a.y - b.y;
        const reach = a.reachCm + b.reachCm;
        if (dx * dx + dy * dy > reach * reach) continue;
        if (!aabbOverlap(a.aabb, b.aabb)) continue;
        const c = collide(a.shape, b.shape);
        if (!c) continue;
        const half = c.depth / 2;
        a.shift(c.nx * half, c.ny * half);
        b.shift(-c.nx * half, -c.ny * half);
        if (a.nextContacts === NO_CONTACTS) a.nextContacts = new Set();
        if (b.nextContacts === NO_CONTACTS) b.nextContacts = new Set();
        a.nextContacts.add(`robot:${b.index}`);
        b.nextContacts.add(`robot:${a.index}`);
      }
    }
    for (const robot of robots) {
      if (robot.nextContacts.size === 0 && robot.contacts.size === 0) continue;
      for (const key of robot.nextContacts) {
        if (robot.contacts.has(key)) continue;
        const [what, id] = key.split(':') as ['wall' | 'obstacle' | 'robot', string];
        this.record({ t: this.time, robot: robot.index, type: 'collision', with: what, id });
      }
      robot.contacts = robot.nextContacts;
    }
  }

  /**
   * True when `robot` cannot touch any wall, obstacle or movable object in this step: since
   * its clearance was measured it has moved less than the gap around its reach circle.
   * Exact, not an approximation: the step it can touch something is fully checked.
   */
  private clearOfScenery(robot: SimBody): boolean {
    if (robot.clearanceCm <= 0) return false;
    return robot.movedSinceClearance() < robot.clearanceCm;
  }

  /** Measures the gap between `robot`'s reach circle and every wall, obstacle and movable. */
  private measureClearance(robot: SimBody): void {
    const { x, y } = robot;
    let nearest = Number.POSITIVE_INFINITY;
    for (const body of this.statics) nearest = Math.min(nearest, gapToBox(x, y, body.aabb));
    for (const m of this.movables) nearest = Math.min(nearest, gapToBox(x, y, m.aabb));
    robot.clearanceCm = nearest - robot.reachCm;
    robot.clearX = x;
    robot.clearY = y;
  }

  /** Pushes a movable object; it slides along walls and other objects, never through them. */
  private moveMovable(m: MovableBody, dx: number, dy: number): void {
    // Every robot's clearance may have shrunk: measure again at their next step.
    for (const robot of this.robots) robot.clearanceCm = -1;
    translateShape(m.shape, dx, dy);
    for (const body of this.statics) {
      const aabb = aabbOf(m.shape);
      if (!aabbOverlap(aabb, body.aabb)) continue;
      const c = collide(m.shape, body.shape);
      if (c) translateShape(m.shape, c.nx * c.depth, c.ny * c.depth);
    }
    for (const other of this.movables) {
      if (other === m) continue;
      const c = collide(m.shape, other.shape);
      if (c) {
        translateShape(other.shape, -c.nx * c.depth, -c.ny * c.depth);
        this.refreshMovable(other);
      }
    }
    this.refreshMovable(m);
  }

  private refreshMovable(m: MovableBody): void {
    m.aabb = aabbOf(m.shape);
    if (m.shape.kind === 'circle') {
      m.x = m.shape.c.x;
      m.y = m.shape.c.y;
    } else {
      let x = 0;
      let y = 0;
      for (const p of m.shape.points) {
        x += p.x;
        y += p.y;
      }
      m.x = x / m.shape.points.length;
      m.y = y / m.shape.points.length;
    }
  }

  private updateZones(): void {
    const zones = this.spec.zones;
    if (zones.length === 0) return;
    for (const robot of this.robots) {
      const inside = this.zoneInside[robot.index] as boolean[];
      for (let z = 0; z < zones.length; z++) {
        const zone = zones[z] as (typeof zones)[number];
        const now =
          Math.abs(robot.x - zone.x) <= zone.width / 2 &&
          Math.abs(robot.y - zone.y) <= zone.height / 2;
        if (now === inside[z]) continue;
        inside[z] = now;
        this.record({ t: this.time, robot: robot.index, type: 'zone', zone: zone.id, inside: now });
      }
    }
  }

  /**
   * True distance (cm) from `robot`'s ultrasonic sensor to the nearest thing in its cone,
   * without noise or range limits; Infinity when nothing is there.
   */
  trueUltrasonicDistance(robot: SimBody): number {
    const cone = robot.ultrasonicCone();
    if (!cone) return Number.POSITIVE_INFINITY;
    let best = Number.POSITIVE_INFINITY;
    const consider = (shape: Shape, aabb: Aabb) => {
      if (!coneMayReach(cone, aabb, best)) return;
      const d = coneDistance(cone, shape);
      if (d < best) best = d;
    };
    for (const body of this.statics) consider(body.shape, body.aabb);
    for (const m of this.movables) consider(m.shape, m.aabb);
    for (const other of this.robots) {
      if (other !== robot) consider(other.shape, other.aabb);
    }
    return best;
  }

  /** Floor reflectance (0 black .. 1 white) seen by a sensor spot centred at (x, y). */
  floorAt(x: number, y: number): number {
    let value = this.spec.floor.reflectance;
    const nearby = this.lineCells.get(cellKey(cellOf(x), cellOf(y)));
    if (!nearby) return value;
    for (const seg of nearby) {
      if (x < seg.aabb.minX || x > seg.aabb.maxX || y < seg.aabb.minY || y > seg.aabb.maxY)
        continue;
      const d = pointSegmentDistance(x, y, seg.p, seg.q);
      const cover = Math.max(
        0,
        Math.min(1, (seg.halfWidth + LINE_SPOT_CM - d) / (2 * LINE_SPOT_CM)),
      );
      if (cover > 0) {
        const seen =
          this.spec.floor.reflectance + (seg.reflectance - this.spec.floor.reflectance) * cover;
        // A line darker than the floor darkens the spot; a lighter one (a sumo ring's
        // white edge on a black floor) lightens it.
        if (seg.reflectance < this.spec.floor.reflectance ? seen < value : seen > value)
          value = seen;
      }
    }
    return value;
  }

  /** Whether the point is inside zone `id`. */
  inZone(id: string, x: number, y: number): boolean {
    const zone = this.spec.zones.find((z) => z.id === id);
    if (!zone) return false;
    return Math.abs(x - zone.x) <= zone.width / 2 && Math.abs(y - zone.y) <= zone.height / 2;
  }

  /** Whether a point lies inside a static obstacle (used to check world files). */
  insideObstacle(x: number, y: number): boolean {
    return this.statics.some((b) =>
      b.shape.kind === 'circle'
        ? (x - b.shape.c.x) ** 2 + (y - b.shape.c.y) ** 2 < b.shape.r ** 2
        : b.shape.points.length > 2 && pointInPoly(x, y, b.shape.points),
    );
  }

  /** Takes the final sample (call once when a run ends). */
  finish(): void {
    this.sample();
  }
}
