import { BufferAttribute, BufferGeometry, DoubleSide, Mesh, MeshBasicMaterial } from 'three';

/** Height of the pen's ink above the floor, cm: over zones and floor lines. */
const INK_HEIGHT_CM = 0.2;
/** Moves shorter than this between two samples draw nothing (a robot standing still), cm. */
const MIN_STEP_CM = 0.05;
/** Vertex floats per drawn piece: two triangles of three (x, y, z) points. */
const FLOATS_PER_PIECE = 18;

/**
 * One robot's pen trail: a flat ribbon along the positions the world's trace sampled,
 * appended as the samples arrive (TrailSnapshot). What it draws depends only on the
 * samples, never on how often frames came.
 */
export class TrailView {
  readonly mesh: Mesh<BufferGeometry, MeshBasicMaterial>;
  /** Samples received so far (the `from` the next batch should have). */
  private samples = 0;
  private pieces = 0;
  private last: [number, number] | undefined;
  private positions = new Float32Array(FLOATS_PER_PIECE * 256);

  constructor(
    color: string,
    private readonly widthCm: number,
  ) {
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(this.positions, 3));
    geometry.setDrawRange(0, 0);
    this.mesh = new Mesh(geometry, new MeshBasicMaterial({ color, side: DoubleSide }));
    this.mesh.name = 'pen-trail';
    this.mesh.frustumCulled = false;
  }

  /** How many pieces of ink are drawn. */
  get pieceCount(): number {
    return this.pieces;
  }

  /**
   * Adds samples `from`, `from + 1`, ... given as x0, y0, x1, y1, ... (world cm). A batch
   * from sample 0 is a new run: the old trail is wiped. Samples already drawn are skipped.
   */
  append(from: number, flat: readonly number[]): void {
    if (from === 0 && this.samples > 0) this.clear();
    const skip = Math.max(0, this.samples - from);
    for (let i = skip * 2; i + 1 < flat.length; i += 2) {
      this.addPoint(flat[i] as number, flat[i + 1] as number);
    }
    this.samples = Math.max(this.samples, from + flat.length / 2);
    const geometry = this.mesh.geometry;
    geometry.setDrawRange(0, this.pieces * 6);
    (geometry.getAttribute('position') as BufferAttribute).needsUpdate = true;
  }

  /** Wipes the trail. */
  clear(): void {
    this.samples = 0;
    this.pieces = 0;
    this.last = undefined;
    this.mesh.geometry.setDrawRange(0, 0);
  }

  dispose(): void {
    this.mesh.geometry.dispose();
    this.mesh.material.dispose();
  }

  private addPoint(x: number, y: number): void {
    const last = this.last;
    if (last && Math.hypot(x - last[0], y - last[1]) < MIN_STEP_CM) return;
    this.last = [x, y];
    if (!last) return;
    this.grow();
    const dx = x - last[0];
    const dy = y - last[1];
    const len = Math.hypot(dx, dy);
    // A square cap at each end hides the gaps where the path turns.
    const hw = this.widthCm / 2;
    const ux = (dx / len) * hw;
    const uy = (dy / len) * hw;
    const ax = last[0] - ux;
    const ay = last[1] - uy;
    const bx = x + ux;
    const by = y + uy;
    const nx = -uy;
    const ny = ux;
    const corners = [
      [ax - nx, ay - ny],
      [bx - nx, by - ny],
      [bx + nx, by + ny],
      [ax - nx, ay - ny],
      [bx + nx, by + ny],
      [ax + nx, ay + ny],
    ] as const;
    let at = this.pieces * FLOATS_PER_PIECE;
    for (const [cx, cy] of corners) {
      // World (x, y) → scene (x, height, -y), as coords.ts.
      this.positions[at++] = cx;
      this.positions[at++] = INK_HEIGHT_CM;
      this.positions[at++] = -cy;
    }
    this.pieces++;
  }

  /** Makes room for one more piece, doubling the buffer when it is full. */
  private grow(): void {
    if ((this.pieces + 1) * FLOATS_PER_PIECE <= this.positions.length) return;
    const bigger = new Float32Array(this.positions.length * 2);
    bigger.set(this.positions);
    this.positions = bigger;
    this.mesh.geometry.setAttribute('position', new BufferAttribute(bigger, 3));
  }
}
