import { Vector3 } from 'three';

/**
 * World → scene. The world is a top view in cm (x right, y up, headings counter-clockwise
 * from +x); the scene stands on three.js's x/z ground plane with +y up, 1 unit = 1 cm:
 * scene x = world x, scene z = -world y, scene y = height above the floor.
 */
export function toScene(x: number, y: number, heightCm = 0, out = new Vector3()): Vector3 {
  return out.set(x, heightCm, -y);
}

/** A world heading (degrees counter-clockwise from +x) as a rotation about scene +y, radians. */
export function headingToRotationY(headingDeg: number): number {
  return (headingDeg * Math.PI) / 180;
}
