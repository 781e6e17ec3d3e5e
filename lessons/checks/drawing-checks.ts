import {
  atLeast,
  type CheckContext,
  type CheckOutcome,
  firstUnmet,
  inArea,
  poseAt,
  type Requirement,
  robotEvents,
  score,
  seconds,
} from './check-context.ts';
import type { CheckOf } from './check-schema.ts';

/** A corner: the heading turns by this much or more ... */
const CORNER_DEG = 30;
/** ... while the robot moves less than this, cm (a curve turns slower than that). */
const CORNER_TRAVEL_CM = 4;

/** Heading change from a to b along the shorter way, degrees (-180..180]. */
function turnBetween(a: number, b: number): number {
  let d = (b - a) % 360;
  if (d > 180) d -= 360;
  else if (d <= -180) d += 360;
  return d;
}

/** Corners of a path of poses [x, y, heading]: CORNER_DEG of turning within CORNER_TRAVEL_CM. */
export function countCorners(poses: readonly (readonly [number, number, number])[]): number {
  let corners = 0;
  let i = 0;
  while (i < poses.length - 1) {
    let travel = 0;
    let turned = 0;
    let j = i;
    let found = false;
    while (j < poses.length - 1 && travel < CORNER_TRAVEL_CM) {
      const a = poses[j] as readonly [number, number, number];
      const b = poses[j + 1] as readonly [number, number, number];
      travel += Math.hypot(b[0] - a[0], b[1] - a[1]);
      turned += turnBetween(a[2], b[2]);
      j++;
      if (Math.abs(turned) >= CORNER_DEG && travel < CORNER_TRAVEL_CM) {
        found = true;
        break;
      }
    }
    if (!found) {
      i++;
      continue;
    }
    corners++;
    // The rest of the same turn is the same corner.
    while (j < poses.length - 1) {
      const a = poses[j] as readonly [number, number, number];
      const b = poses[j + 1] as readonly [number, number, number];
      if (Math.abs(turnBetween(a[2], b[2])) < 1) break;
      j++;
    }
    i = j;
  }
  return corners;
}

/** The surface a path surrounds (shoelace formula, closed from its end to its start), cm². */
export function enclosedArea(points: readonly (readonly [number, number, number])[]): number {
  let twice = 0;
  for (let i = 0; i < points.length; i++) {
    const a = points[i] as readonly [number, number, number];
    const b = points[(i + 1) % points.length] as readonly [number, number, number];
    twice += a[0] * b[1] - b[0] * a[1];
  }
  return Math.abs(twice) / 2;
}

/**
 * `draw-shape`: the robot's path (the pen's line) is a closed shape: it ends near its
 * start (closeCm, or a share of the line's length), surrounds at least `minAreaCm2`, has at least `minCorners` corners and stays in
 * `area`.
 */
export function drawShape(check: CheckOf<'draw-shape'>, ctx: CheckContext): CheckOutcome {
  const poses = ctx.trace.samples.map((s) => poseAt(ctx, s));
  const first = poses[0] ?? [0, 0, 0];
  const last = poses.at(-1) ?? first;
  const gap = Math.hypot(last[0] - first[0], last[1] - first[1]);
  const cm2 = enclosedArea(poses);
  const corners = countCorners(poses);
  const length = poses.reduce(
    (sum, p, i) =>
      i === 0
        ? 0
        : sum + Math.hypot(p[0] - (poses[i - 1]?.[0] ?? 0), p[1] - (poses[i - 1]?.[1] ?? 0)),
    0,
  );
  const details = { gapCm: gap, areaCm2: cm2, corners, lengthCm: length };
  const { area } = check;
  const outside = area
    ? ctx.trace.samples.find((s) => {
        const [x, y] = poseAt(ctx, s);
        return !inArea(ctx.world, area, x, y);
      })
    : undefined;
  const maxGap = Math.max(check.closeCm, check.closeShare * length);
  const requirements: Requirement[] = [
    [outside === undefined, { key: 'shapeLeft', params: { time: seconds(outside?.t ?? 0) }, area }],
    [
      gap <= maxGap,
      { key: 'shapeOpen', params: { gap: Math.round(gap), max: Math.round(maxGap) } },
    ],
    [
      cm2 >= check.minAreaCm2,
      { key: 'shapeSmall', params: { cm2: Math.round(cm2), min: check.minAreaCm2 } },
    ],
    atLeast(corners, check.minCorners, 'shapeCorners'),
  ];
  const partial = score((100 * requirements.filter(([met]) => met).length) / requirements.length);
  return firstUnmet(
    requirements,
    partial,
    { key: 'shapePassed', params: { corners, length: Math.round(length), cm2: Math.round(cm2) } },
    details,
  );
}

/** `light-show`: enough notes, in enough different pitches, and the LED changing enough. */
export function lightShow(check: CheckOf<'light-show'>, ctx: CheckContext): CheckOutcome {
  const events = robotEvents(ctx);
  const notes = events.filter((e) => e.type === 'beep');
  const pitches = new Set(notes.map((e) => Math.round(e.hz))).size;
  const changes = events.filter((e) => e.type === 'led').length;
  const details = { notes: notes.length, pitches, ledChanges: changes };
  const shares = [
    check.minNotes === 0 ? 1 : Math.min(1, notes.length / check.minNotes),
    check.minPitches === 0 ? 1 : Math.min(1, pitches / check.minPitches),
    check.minLedChanges === 0 ? 1 : Math.min(1, changes / check.minLedChanges),
  ];
  const partial = score((100 * shares.reduce((a, b) => a + b, 0)) / shares.length);
  return firstUnmet(
    [
      atLeast(notes.length, check.minNotes, 'showFewNotes'),
      atLeast(pitches, check.minPitches, 'showFewPitches'),
      atLeast(changes, check.minLedChanges, 'showFewLed'),
    ],
    partial,
    { key: 'showPassed', params: { notes: notes.length, pitches, changes } },
    details,
  );
}
