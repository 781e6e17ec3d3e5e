/**
 * 2-D geometry for the world: convex polygons (robot bodies, boxes, walls as 2-point
 * polygons) and circles (cans), separating-axis overlap tests, and the ultrasonic cone.
 * Plain arithmetic only (see det-math.ts).
 */

export interface Vec {
  x: number;
  y: number;
}

export interface Aabb {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export type Shape = { kind: 'poly'; points: Vec[] } | { kind: 'circle'; c: Vec; r: number };

/** Minimum translation that moves shape A out of shape B: A += normal * depth. */
export interface Contact {
  nx: number;
  ny: number;
  depth: number;
}

/** The four sides of a `width` × `height` arena (cm) with a corner at the origin, in order. */
export function arenaSides(width: number, height: number): [Vec, Vec][] {
  const corners = [
    { x: 0, y: 0 },
    { x: width, y: 0 },
    { x: width, y: height },
    { x: 0, y: height },
  ];
  return corners.map((c, i) => [c, corners[(i + 1) % 4] as Vec]);
}

export function aabbOf(shape: Shape): Aabb {
  if (shape.kind === 'circle') {
    return {
      minX: shape.c.x - shape.r,
      minY: shape.c.y - shape.r,
      maxX: shape.c.x + shape.r,
      maxY: shape.c.y + shape.r,
    };
  }
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const p of shape.points) {
    if (p.x < minX) minX = p.x;
    if (p.y < minY) minY = p.y;
    if (p.x > maxX) maxX = p.x;
    if (p.y > maxY) maxY = p.y;
  }
  return { minX, minY, maxX, maxY };
}

export function aabbOverlap(a: Aabb, b: Aabb): boolean {
  return a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;
}

/** Corners of a rectangle centred at (cx, cy), `length` along heading (cos, sin), counter-clockwise. */
export function rectPoints(
  cx: number,
  cy: number,
  length: number,
  width: number,
  cos: number,
  sin: number,
): Vec[] {
  const hx = length / 2;
  const hy = width / 2;
  return [
    { x: cx + cos * hx - sin * hy, y: cy + sin * hx + cos * hy },
    { x: cx - cos * hx - sin * hy, y: cy - sin * hx + cos * hy },
    { x: cx - cos * hx + sin * hy, y: cy - sin * hx - cos * hy },
    { x: cx + cos * hx + sin * hy, y: cy + sin * hx - cos * hy },
  ];
}

function centroidX(points: readonly Vec[]): number {
  let x = 0;
  for (const p of points) x += p.x;
  return x / points.length;
}

function centroidY(points: readonly Vec[]): number {
  let y = 0;
  for (const p of points) y += p.y;
  return y / points.length;
}

// Results of `project`, kept in module scope so the hot collision path allocates nothing.
let projMin = 0;
let projMax = 0;

function project(points: readonly Vec[], ax: number, ay: number): void {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const p of points) {
    const d = p.x * ax + p.y * ay;
    if (d < min) min = d;
    if (d > max) max = d;
  }
  projMin = min;
  projMax = max;
}

/** Tests one axis; returns the overlap (<= 0 means separated). */
function axisOverlap(a: readonly Vec[], b: readonly Vec[], ax: number, ay: number): number {
  project(a, ax, ay);
  const amin = projMin;
  const amax = projMax;
  project(b, ax, ay);
  return Math.min(amax - projMin, projMax - amin);
}

function polyPoly(a: readonly Vec[], b: readonly Vec[]): Contact | null {
  let bestDepth = Number.POSITIVE_INFINITY;
  let bestX = 0;
  let bestY = 0;
  for (let k = 0; k < 2; k++) {
    const poly = k === 0 ? a : b;
    const n = poly.length;
    for (let i = 0; i < n; i++) {
      const p = poly[i] as Vec;
      const q = poly[(i + 1) % n] as Vec;
      const ex = q.x - p.x;
      const ey = q.y - p.y;
      const len = Math.sqrt(ex * ex + ey * ey);
      if (len === 0) continue;
      const ax = -ey / len;
      const ay = ex / len;
      const overlap = axisOverlap(a, b, ax, ay);
      if (overlap <= 0) return null;
      if (overlap < bestDepth) {
        bestDepth = overlap;
        bestX = ax;
        bestY = ay;
      }
    }
  }
  if (bestDepth === Number.POSITIVE_INFINITY) return null;
  const dx = centroidX(a) - centroidX(b);
  const dy = centroidY(a) - centroidY(b);
  return dx * bestX + dy * bestY < 0
    ? { nx: -bestX, ny: -bestY, depth: bestDepth }
    : { nx: bestX, ny: bestY, depth: bestDepth };
}

/** Overlap of `poly` and the circle on axis (ax, ay) (<= 0 means separated). */
function circleAxisOverlap(
  poly: readonly Vec[],
  c: Vec,
  r: number,
  ax: number,
  ay: number,
): number {
  project(poly, ax, ay);
  const d = c.x * ax + c.y * ay;
  return Math.min(projMax - (d - r), d + r - projMin);
}

function polyCircle(poly: readonly Vec[], c: Vec, r: number): Contact | null {
  // Allocation-free: the best axis so far is kept in locals.
  const n = poly.length;
  let closest: Vec = poly[0] as Vec;
  let closestD2 = Number.POSITIVE_INFINITY;
  for (const p of poly) {
    const d2 = (p.x - c.x) ** 2 + (p.y - c.y) ** 2;
    if (d2 < closestD2) {
      closestD2 = d2;
      closest = p;
    }
  }
  let found = false;
  let bestX = 0;
  let bestY = 0;
  let bestDepth = 0;
  // The axes: each edge's normal, then the line from the closest corner to the centre.
  for (let i = 0; i <= n; i++) {
    let ex: number;
    let ey: number;
    if (i < n) {
      const p = poly[i] as Vec;
      const q = poly[(i + 1) % n] as Vec;
      ex = p.y - q.y;
      ey = q.x - p.x;
    } else {
      ex = c.x - closest.x;
      ey = c.y - closest.y;
    }
    const len = Math.sqrt(ex * ex + ey * ey);
    if (len === 0) continue;
    const ax = ex / len;
    const ay = ey / len;
    const overlap = circleAxisOverlap(poly, c, r, ax, ay);
    if (overlap <= 0) return null;
    if (!found || overlap < bestDepth) {
      found = true;
      bestX = ax;
      bestY = ay;
      bestDepth = overlap;
    }
  }
  if (!found) return null;
  if ((centroidX(poly) - c.x) * bestX + (centroidY(poly) - c.y) * bestY < 0) {
    return { nx: -bestX, ny: -bestY, depth: bestDepth };
  }
  return { nx: bestX, ny: bestY, depth: bestDepth };
}

/** How to move A out of B, or null when they do not overlap. */
export function collide(a: Shape, b: Shape): Contact | null {
  if (a.kind === 'poly' && b.kind === 'poly') return polyPoly(a.points, b.points);
  if (a.kind === 'poly' && b.kind === 'circle') return polyCircle(a.points, b.c, b.r);
  if (a.kind === 'circle' && b.kind === 'poly') {
    const c = polyCircle(b.points, a.c, a.r);
    return c && { nx: -c.nx, ny: -c.ny, depth: c.depth };
  }
  if (a.kind === 'circle' && b.kind === 'circle') {
    const dx = a.c.x - b.c.x;
    const dy = a.c.y - b.c.y;
    const d = Math.sqrt(dx * dx + dy * dy);
    const depth = a.r + b.r - d;
    if (depth <= 0) return null;
    return d > 0 ? { nx: dx / d, ny: dy / d, depth } : { nx: 1, ny: 0, depth };
  }
  return null;
}

export function translateShape(shape: Shape, dx: number, dy: number): void {
  if (shape.kind === 'circle') {
    shape.c.x += dx;
    shape.c.y += dy;
  } else {
    for (const p of shape.points) {
      p.x += dx;
      p.y += dy;
    }
  }
}

/**
 * The ultrasonic cone: apex `o`, axis (ax, ay) unit, half-angle given by its edge
 * directions `e1` (left) and `e2` (right), both unit vectors.
 */
export interface Cone {
  o: Vec;
  ax: number;
  ay: number;
  e1: Vec;
  e2: Vec;
  /** cos of the half-angle. */
  cosHalf: number;
}

function inCone(cone: Cone, dx: number, dy: number): boolean {
  const len = Math.sqrt(dx * dx + dy * dy);
  if (len === 0) return true;
  return (dx * cone.ax + dy * cone.ay) / len >= cone.cosHalf - 1e-12;
}

/** Distance along unit ray (dx, dy) from o to segment pq, or Infinity. */
function raySegment(o: Vec, dx: number, dy: number, p: Vec, q: Vec): number {
  const ex = q.x - p.x;
  const ey = q.y - p.y;
  const denom = dx * ey - dy * ex;
  if (denom === 0) return Number.POSITIVE_INFINITY;
  const wx = p.x - o.x;
  const wy = p.y - o.y;
  const t = (wx * ey - wy * ex) / denom;
  const u = (wx * dy - wy * dx) / denom;
  return t >= 0 && u >= 0 && u <= 1 ? t : Number.POSITIVE_INFINITY;
}

/** Distance along unit ray from o to the circle, or Infinity. */
function rayCircle(o: Vec, dx: number, dy: number, c: Vec, r: number): number {
  const fx = o.x - c.x;
  const fy = o.y - c.y;
  const b = fx * dx + fy * dy;
  const cc = fx * fx + fy * fy - r * r;
  const disc = b * b - cc;
  if (disc < 0) return Number.POSITIVE_INFINITY;
  const s = Math.sqrt(disc);
  const t1 = -b - s;
  if (t1 >= 0) return t1;
  const t2 = -b + s;
  return t2 >= 0 ? 0 : Number.POSITIVE_INFINITY;
}

/** Nearest distance from the cone's apex to segment pq, counting only points inside the cone. */
function coneSegment(cone: Cone, p: Vec, q: Vec): number {
  const o = cone.o;
  let best = Number.POSITIVE_INFINITY;
  for (const e of [p, q]) {
    const dx = e.x - o.x;
    const dy = e.y - o.y;
    if (inCone(cone, dx, dy)) best = Math.min(best, Math.sqrt(dx * dx + dy * dy));
  }
  const ex = q.x - p.x;
  const ey = q.y - p.y;
  const len2 = ex * ex + ey * ey;
  if (len2 > 0) {
    const t = ((o.x - p.x) * ex + (o.y - p.y) * ey) / len2;
    if (t > 0 && t < 1) {
      const fx = p.x + ex * t - o.x;
      const fy = p.y + ey * t - o.y;
      if (inCone(cone, fx, fy)) best = Math.min(best, Math.sqrt(fx * fx + fy * fy));
    }
  }
  best = Math.min(best, raySegment(o, cone.e1.x, cone.e1.y, p, q));
  return Math.min(best, raySegment(o, cone.e2.x, cone.e2.y, p, q));
}

/** Nearest distance from the cone's apex to `shape` inside the cone, or Infinity. */
export function coneDistance(cone: Cone, shape: Shape): number {
  if (shape.kind === 'circle') {
    const dx = shape.c.x - cone.o.x;
    const dy = shape.c.y - cone.o.y;
    const d = Math.sqrt(dx * dx + dy * dy);
    if (d <= shape.r) return 0;
    if (inCone(cone, dx, dy)) return d - shape.r;
    return Math.min(
      rayCircle(cone.o, cone.e1.x, cone.e1.y, shape.c, shape.r),
      rayCircle(cone.o, cone.e2.x, cone.e2.y, shape.c, shape.r),
    );
  }
  const pts = shape.points;
  let best = Number.POSITIVE_INFINITY;
  const n = pts.length;
  const edges = n === 2 ? 1 : n;
  for (let i = 0; i < edges; i++) {
    best = Math.min(best, coneSegment(cone, pts[i] as Vec, pts[(i + 1) % n] as Vec));
  }
  return best;
}

/** Distance from point (px, py) to segment pq. */
export function pointSegmentDistance(px: number, py: number, p: Vec, q: Vec): number {
  const ex = q.x - p.x;
  const ey = q.y - p.y;
  const len2 = ex * ex + ey * ey;
  let t = len2 > 0 ? ((px - p.x) * ex + (py - p.y) * ey) / len2 : 0;
  if (t < 0) t = 0;
  else if (t > 1) t = 1;
  const dx = p.x + ex * t - px;
  const dy = p.y + ey * t - py;
  return Math.sqrt(dx * dx + dy * dy);
}

/** Whether the point is inside the convex polygon (counter-clockwise or clockwise). */
export function pointInPoly(px: number, py: number, points: readonly Vec[]): boolean {
  let sign = 0;
  const n = points.length;
  for (let i = 0; i < n; i++) {
    const p = points[i] as Vec;
    const q = points[(i + 1) % n] as Vec;
    const cross = (q.x - p.x) * (py - p.y) - (q.y - p.y) * (px - p.x);
    if (cross !== 0) {
      const s = cross > 0 ? 1 : -1;
      if (sign === 0) sign = s;
      else if (s !== sign) return false;
    }
  }
  return true;
}
