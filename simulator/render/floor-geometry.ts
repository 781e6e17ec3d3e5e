import { BufferGeometry, Float32BufferAttribute } from 'three';
import type { LineSpec } from '../world/world-schema.ts';

/** Segments of each round joint between two line pieces. */
const JOINT_SEGMENTS = 12;

/**
 * A floor line (world cm) as one flat ribbon lying at height `y`: a quad per segment and a
 * round disc at every corner, so joints look like tape laid on the floor.
 */
export function lineRibbonGeometry(line: LineSpec, y: number): BufferGeometry {
  const pts = line.closed ? [...line.points, line.points[0]] : line.points;
  const hw = line.width / 2;
  const positions: number[] = [];
  const push = (x: number, wy: number) => {
    positions.push(x, y, -wy);
  };
  for (let i = 0; i + 1 < pts.length; i++) {
    const p = pts[i];
    const q = pts[i + 1];
    if (!p || !q) continue;
    const dx = q.x - p.x;
    const dy = q.y - p.y;
    const len = Math.hypot(dx, dy);
    if (len === 0) continue;
    const nx = (-dy / len) * hw;
    const ny = (dx / len) * hw;
    // Two triangles, counter-clockwise seen from above.
    push(p.x - nx, p.y - ny);
    push(q.x - nx, q.y - ny);
    push(q.x + nx, q.y + ny);
    push(p.x - nx, p.y - ny);
    push(q.x + nx, q.y + ny);
    push(p.x + nx, p.y + ny);
  }
  for (const p of line.points) {
    for (let k = 0; k < JOINT_SEGMENTS; k++) {
      const a0 = (k / JOINT_SEGMENTS) * Math.PI * 2;
      const a1 = ((k + 1) / JOINT_SEGMENTS) * Math.PI * 2;
      push(p.x, p.y);
      push(p.x + Math.cos(a0) * hw, p.y + Math.sin(a0) * hw);
      push(p.x + Math.cos(a1) * hw, p.y + Math.sin(a1) * hw);
    }
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3));
  geometry.computeVertexNormals();
  return geometry;
}

/** Faint grid lines every `stepCm` over a `width` × `height` cm floor, at height `y`. */
export function gridGeometry(width: number, height: number, stepCm: number, y: number) {
  const positions: number[] = [];
  for (let x = stepCm; x < width; x += stepCm) positions.push(x, y, 0, x, y, -height);
  for (let v = stepCm; v < height; v += stepCm) positions.push(0, y, -v, width, y, -v);
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3));
  return geometry;
}
