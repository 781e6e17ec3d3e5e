import { Rng } from '../simulator/world/rng.ts';
import type { WorldSpec } from '../simulator/world/world-schema.ts';

/*
 * Seeded variation of a lesson's world: every graded run after the first moves what the
 * mission depends on (how far the wall is, where the boxes and cans stand, the track's
 * shape, the start pose) by a little, so a program that knows one world by heart fails and a
 * program that reads its sensors passes. Only sfc32 integers (rng.ts), + and × are used: the
 * same seed gives the same world in Node and in every browser.
 */

/** `[min, max]`: a value drawn uniformly between the two. */
export type Range = readonly [number, number];

/** The `vary` field of a lesson.json (checked by vary-schema.ts); every part is optional. */
export interface WorldVariation {
  /** The whole world (size, start, walls, boxes, lines, zones) scaled about its centre. */
  scale?: Range;
  /** Like `scale`, each axis by its own factor (a longer hall, a wider oval). */
  stretch?: { x?: Range; y?: Range };
  /** Offsets of the start pose, cm and degrees. */
  start?: { x?: Range; y?: Range; headingDeg?: Range };
  /** Offsets of obstacles, by id, cm. */
  obstacles?: Readonly<Record<string, { x?: Range; y?: Range }>>;
}

/** The stream of the seeded generator that varies worlds (realism has its own streams). */
const VARY_STREAM = 0x77;

/** Cm and degrees kept to two decimals, so a varied world reads cleanly in the web app. */
function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * The world of a graded run with seed `seed`: `world` itself when nothing varies, otherwise
 * a copy moved and scaled as `vary` says, drawn from the seed (every range drawn in a fixed
 * order, whether or not the world uses it).
 */
export function varyWorld(world: WorldSpec, vary: WorldVariation, seed: number): WorldSpec {
  const rng = new Rng(seed, VARY_STREAM);
  const draw = (r: Range | undefined, none: number) =>
    r === undefined ? none : rng.range(r[0], r[1]);
  const uniform = draw(vary.scale, 1);
  const sx = uniform * draw(vary.stretch?.x, 1);
  const sy = uniform * draw(vary.stretch?.y, 1);
  const start = {
    x: draw(vary.start?.x, 0),
    y: draw(vary.start?.y, 0),
    headingDeg: draw(vary.start?.headingDeg, 0),
  };
  const moved = new Map<string, { x: number; y: number }>();
  for (const [id, r] of Object.entries(vary.obstacles ?? {})) {
    moved.set(id, { x: draw(r.x, 0), y: draw(r.y, 0) });
  }
  const cx = world.size.width / 2;
  const cy = world.size.height / 2;
  const px = (x: number) => round2(cx * sx + (x - cx) * sx);
  const py = (y: number) => round2(cy * sy + (y - cy) * sy);
  const point = (p: { x: number; y: number }) => ({ x: px(p.x), y: py(p.y) });
  return {
    ...world,
    size: { width: round2(world.size.width * sx), height: round2(world.size.height * sy) },
    start: {
      x: round2(px(world.start.x) + start.x),
      y: round2(py(world.start.y) + start.y),
      headingDeg: round2(world.start.headingDeg + start.headingDeg),
    },
    starts: world.starts.map((pose) => ({ ...pose, ...point(pose) })),
    walls: world.walls.map((wall) => ({ from: point(wall.from), to: point(wall.to) })),
    obstacles: world.obstacles.map((ob) => {
      const d = (ob.id !== undefined && moved.get(ob.id)) || { x: 0, y: 0 };
      const at = { x: round2(px(ob.x) + d.x), y: round2(py(ob.y) + d.y) };
      return ob.type === 'box'
        ? { ...ob, ...at, width: round2(ob.width * sx), height: round2(ob.height * sy) }
        : { ...ob, ...at };
    }),
    lines: world.lines.map((line) => ({ ...line, points: line.points.map(point) })),
    zones: world.zones.map((zone) => ({
      ...zone,
      ...point(zone),
      width: round2(zone.width * sx),
      height: round2(zone.height * sy),
    })),
  };
}
