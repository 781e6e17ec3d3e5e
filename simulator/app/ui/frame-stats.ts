/** How many recent frames the averages cover. */
const WINDOW = 240;

export interface FrameStatsSummary {
  /** Frames drawn since the last reset (frames in which nothing changed are not drawn). */
  frames: number;
  /** Mean wall ms the worker spent stepping the world per frame. */
  stepMs: number;
  /** Mean wall ms the page spent drawing a frame. */
  renderMs: number;
  /** Mean wall ms between drawn frames (16.7 = 60 fps). */
  frameMs: number;
  /** 95th-percentile frame interval, ms. */
  frameMsP95: number;
  fps: number;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Frame timing: world step (worker) and render (page), for the bench and the test hook. */
export class FrameStats {
  private steps: number[] = [];
  private renders: number[] = [];
  private intervals: number[] = [];
  private lastFrame: number | undefined;
  private frames = 0;

  step(ms: number): void {
    this.steps.push(ms);
    if (this.steps.length > WINDOW) this.steps.shift();
  }

  frame(now: number, renderMs: number): void {
    this.frames++;
    this.renders.push(renderMs);
    if (this.renders.length > WINDOW) this.renders.shift();
    if (this.lastFrame !== undefined) {
      this.intervals.push(now - this.lastFrame);
      if (this.intervals.length > WINDOW) this.intervals.shift();
    }
    this.lastFrame = now;
  }

  reset(): void {
    this.steps = [];
    this.renders = [];
    this.intervals = [];
    this.lastFrame = undefined;
    this.frames = 0;
  }

  summary(): FrameStatsSummary {
    const sorted = [...this.intervals].sort((a, b) => a - b);
    const frameMs = mean(this.intervals);
    return {
      frames: this.frames,
      stepMs: mean(this.steps),
      renderMs: mean(this.renders),
      frameMs,
      frameMsP95: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
      fps: frameMs > 0 ? 1000 / frameMs : 0,
    };
  }
}
