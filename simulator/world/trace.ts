/**
 * The trace of a run: what happened, when (simulated ms), to which robot. Lesson checks
 * read it; its hash proves two runs (Node, Chromium) were the same bit for bit.
 */

export type TraceEvent =
  | { t: number; robot: number; type: 'drive'; left: number; right: number }
  | { t: number; robot: number; type: 'collision'; with: 'wall' | 'obstacle' | 'robot'; id: string }
  | { t: number; robot: number; type: 'led'; state: string }
  | { t: number; robot: number; type: 'beep'; hz: number; ms: number }
  | { t: number; robot: number; type: 'servo'; deg: number }
  | { t: number; robot: number; type: 'log'; text: string }
  | { t: number; robot: number; type: 'zone'; zone: string; inside: boolean }
  | { t: number; robot: number; type: 'button'; pressed: boolean }
  | {
      t: number;
      robot: number;
      type: 'end';
      reason: 'done' | 'failed' | 'time-limit';
      code?: string;
    };

/** Where every robot and movable object was at time `t` (sampled at a fixed period). */
export interface TraceSample {
  t: number;
  /** Per robot: x, y (cm), heading (deg). */
  robots: [number, number, number][];
  /** Per movable object: x, y (cm). */
  objects: [number, number][];
}

export interface Trace {
  events: TraceEvent[];
  samples: TraceSample[];
}

/** FNV-1a over two 32-bit lanes: a 64-bit hash as 16 hex digits, the same in every engine. */
export class TraceHasher {
  private h1 = 0x811c9dc5;
  private h2 = 0x050c5d1f;

  add(text: string): void {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h1 >>> 13);
    }
    this.h1 = h1;
    this.h2 = h2;
  }

  hex(): string {
    return (
      (this.h1 >>> 0).toString(16).padStart(8, '0') + (this.h2 >>> 0).toString(16).padStart(8, '0')
    );
  }
}

/** Hash of a whole trace (numbers in full precision: the shortest round-trip form). */
export function hashTrace(trace: Trace): string {
  const h = new TraceHasher();
  for (const event of trace.events) h.add(JSON.stringify(event));
  for (const sample of trace.samples) h.add(JSON.stringify(sample));
  return h.hex();
}
