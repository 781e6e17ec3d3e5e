import {
  AdditiveBlending,
  type BufferGeometry,
  CanvasTexture,
  DataTexture,
  MeshLambertMaterial,
  RGBAFormat,
  SRGBColorSpace,
  type Texture,
} from 'three';
import type { Kit } from '../../robot/index.ts';
import { chassisGeometry, ultrasonicGeometry, wheelGeometry } from './robot-model.ts';

export interface KitGeometries {
  chassis: BufferGeometry;
  wheel: BufferGeometry;
  ultrasonic: BufferGeometry | undefined;
}

/**
 * What every robot view shares: the vertex-coloured material, the LED glow texture and
 * one set of geometries per kit, so 30 robots of one kit upload their shapes once.
 */
export class RobotAssets {
  readonly bodyMaterial = new MeshLambertMaterial({ vertexColors: true });
  readonly glow: Texture = makeGlowTexture();
  readonly glowBlending = AdditiveBlending;
  private readonly byKit = new Map<string, KitGeometries>();

  forKit(kit: Kit): KitGeometries {
    let found = this.byKit.get(kit.id);
    if (!found) {
      found = {
        chassis: chassisGeometry(kit),
        wheel: wheelGeometry(kit),
        ultrasonic: ultrasonicGeometry(kit),
      };
      this.byKit.set(kit.id, found);
    }
    return found;
  }

  dispose(): void {
    for (const g of this.byKit.values()) {
      g.chassis.dispose();
      g.wheel.dispose();
      g.ultrasonic?.dispose();
    }
    this.byKit.clear();
    this.bodyMaterial.dispose();
    this.glow.dispose();
  }
}

/** A soft round spot, bright in the middle: the halo of a lit LED. */
function makeGlowTexture(): Texture {
  const size = 64;
  if (typeof document !== 'undefined') {
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const ctx = canvas.getContext('2d');
    if (ctx) {
      const g = ctx.createRadialGradient(size / 2, size / 2, 0, size / 2, size / 2, size / 2);
      g.addColorStop(0, 'rgba(255,255,255,1)');
      g.addColorStop(0.25, 'rgba(255,255,255,0.55)');
      g.addColorStop(1, 'rgba(255,255,255,0)');
      ctx.fillStyle = g;
      ctx.fillRect(0, 0, size, size);
      const texture = new CanvasTexture(canvas);
      texture.colorSpace = SRGBColorSpace;
      return texture;
    }
  }
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x - size / 2, y - size / 2) / (size / 2);
      const a = Math.max(0, 1 - d) ** 2;
      data.set([255, 255, 255, Math.round(a * 255)], (y * size + x) * 4);
    }
  }
  const texture = new DataTexture(data, size, size, RGBAFormat);
  texture.needsUpdate = true;
  return texture;
}
