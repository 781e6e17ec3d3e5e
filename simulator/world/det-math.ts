/**
 * Deterministic trigonometry. V8 versions differ in the last bit of Math.sin/cos/atan2
 * (Node 20 vs Chromium, measured), so the world uses only + - * / and Math.sqrt, which
 * IEEE 754 rounds exactly the same everywhere.
 */

export const PI = Math.PI;
export const TAU = 2 * Math.PI;
export const HALF_PI = Math.PI / 2;
const QUARTER_PI = Math.PI / 4;

// Cody-Waite split of pi/2 so that x - k*pi/2 stays exact for |x| up to ~1e5.
const PIO2_HI = 1.5707963267341256;
const PIO2_LO = 6.077100506506192e-11;
const TWO_OVER_PI = 0.6366197723675814;

function sinKernel(x: number): number {
  const x2 = x * x;
  // Taylor series to x^17 on |x| <= pi/4: error below 1e-16.
  return (
    x *
    (1 +
      x2 *
        (-1 / 6 +
          x2 *
            (1 / 120 +
              x2 *
                (-1 / 5040 +
                  x2 *
                    (1 / 362880 +
                      x2 *
                        (-1 / 39916800 +
                          x2 *
                            (1 / 6227020800 +
                              x2 * (-1 / 1307674368000 + x2 / 355687428096000))))))))
  );
}

function cosKernel(x: number): number {
  const x2 = x * x;
  return (
    1 +
    x2 *
      (-1 / 2 +
        x2 *
          (1 / 24 +
            x2 *
              (-1 / 720 +
                x2 *
                  (1 / 40320 +
                    x2 *
                      (-1 / 3628800 +
                        x2 * (1 / 479001600 + x2 * (-1 / 87178291200 + x2 / 20922789888000)))))))
  );
}

/** sin(x + quarters·π/2), x in radians: one argument reduction, the quadrant picks the kernel. */
function sinShifted(x: number, quarters: 0 | 1): number {
  const k = Math.round(x * TWO_OVER_PI);
  const r = x - k * PIO2_HI - k * PIO2_LO;
  switch ((k + quarters) & 3) {
    case 0:
      return sinKernel(r);
    case 1:
      return cosKernel(r);
    case 2:
      return -sinKernel(r);
    default:
      return -cosKernel(r);
  }
}

/** sin(x), x in radians. */
export function sin(x: number): number {
  return sinShifted(x, 0);
}

/** cos(x), x in radians: sin(x + π/2), with the same bits as the kernels give. */
export function cos(x: number): number {
  return sinShifted(x, 1);
}

/** sin(x) and cos(x) at once into `out`: the same bits as sin() and cos(), one reduction. */
export function sinCos(x: number, out: { sin: number; cos: number }): void {
  const k = Math.round(x * TWO_OVER_PI);
  const r = x - k * PIO2_HI - k * PIO2_LO;
  const s = sinKernel(r);
  const c = cosKernel(r);
  switch (k & 3) {
    case 0:
      out.sin = s;
      out.cos = c;
      return;
    case 1:
      out.sin = c;
      out.cos = -s;
      return;
    case 2:
      out.sin = -s;
      out.cos = -c;
      return;
    default:
      out.sin = -c;
      out.cos = s;
  }
}

/** atan(x) for |x| <= 1 by argument halving and a series: error below 1e-15. */
function atanSmall(x: number): number {
  // atan(x) = 2 atan(x / (1 + sqrt(1 + x^2))): twice brings |x| below 0.2.
  const h1 = x / (1 + Math.sqrt(1 + x * x));
  const h2 = h1 / (1 + Math.sqrt(1 + h1 * h1));
  const x2 = h2 * h2;
  let term = h2;
  let sum = h2;
  for (let n = 1; n <= 12; n++) {
    term *= -x2;
    sum += term / (2 * n + 1);
  }
  return 4 * sum;
}

/** atan2(y, x) in radians, (-pi, pi]. */
export function atan2(y: number, x: number): number {
  if (x === 0 && y === 0) return 0;
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  let a = ay <= ax ? atanSmall(ay / ax) : HALF_PI - atanSmall(ax / ay);
  if (x < 0) a = PI - a;
  return y < 0 ? -a : a;
}

export function degToRad(deg: number): number {
  return (deg * PI) / 180;
}

export function radToDeg(rad: number): number {
  return (rad * 180) / PI;
}

/** The same angle in (-pi, pi]. */
export function wrapRad(a: number): number {
  let r = a - TAU * Math.round(a / TAU);
  if (r <= -PI) r += TAU;
  return r;
}

/** The same angle in (-180, 180]. */
export function wrapDeg(a: number): number {
  let r = a - 360 * Math.round(a / 360);
  if (r <= -180) r += 360;
  return r;
}

export { QUARTER_PI };
