/**
 * Seeded random numbers that give the same sequence in every JavaScript engine:
 * sfc32 on 32-bit integers (Math.imul and bit operations are exact everywhere).
 */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, stream = 0) {
    this.a = 0x9e3779b9;
    this.b = seed | 0;
    this.c = (stream * 0x85ebca6b) | 0;
    this.d = 1;
    for (let i = 0; i < 15; i++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform in [min, max). */
  range(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Approximately normal, mean 0, standard deviation `sd` (Irwin-Hall of 12; no Math.log). */
  gaussian(sd: number): number {
    let sum = 0;
    for (let i = 0; i < 12; i++) sum += this.next();
    return (sum - 6) * sd;
  }
}
