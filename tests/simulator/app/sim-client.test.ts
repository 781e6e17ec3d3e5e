import { describe, expect, it } from 'vitest';
import type { FromWorker, Setup, ToWorker } from '../../../simulator/app/sim/protocol.ts';
import { HARD_STOP_AFTER_MS, SimClient } from '../../../simulator/app/sim/sim-client.ts';

/** A worker that answers only when the test says so. */
class FakeWorker {
  onmessage: ((event: { data: FromWorker }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  readonly sent: ToWorker[] = [];
  terminated = false;

  postMessage(message: ToWorker): void {
    this.sent.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }

  answer(message: FromWorker): void {
    this.onmessage?.({ data: message });
  }
}

const SETUP: Setup = {
  world: 'playground',
  kits: ['l298n-2wd'],
  seed: 1,
  realism: 'ideal',
  maxTimeMs: 10_000,
};

function frame(runId: number, status: 'idle' | 'running' | 'done'): FromWorker {
  return {
    type: 'frame',
    runId,
    snapshot: {} as never,
    stepMs: 0,
    status,
    line: undefined,
    output: [],
    outputDropped: 0,
    beeps: [],
    error: null,
    checking: false,
    tries: null,
    check: null,
  };
}

function client() {
  const workers: FakeWorker[] = [];
  const sim = new SimClient(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker as unknown as Worker;
  });
  const hardStops: unknown[] = [];
  sim.on('hard-stop', (m) => hardStops.push(m.error));
  sim.load(SETUP);
  return { sim, workers, hardStops, worker: () => workers.at(-1) as FakeWorker };
}

const program = { source: 'robot.drive(50, 50);', language: 'ts' as const, fileName: 'p.ts' };

describe('SimClient: the page’s hard stop', () => {
  it('leaves a worker with no program alone however late its frame (the computer is busy)', () => {
    const { sim, workers, hardStops } = client();
    sim.tick(0);
    sim.tick(HARD_STOP_AFTER_MS * 5);
    expect(hardStops).toEqual([]);
    expect(workers).toHaveLength(1);
    expect(workers[0]?.terminated).toBe(false);
  });

  it('replaces the worker when a running program’s frame is late, even if an older frame said idle', () => {
    const { sim, workers, hardStops, worker } = client();
    sim.run(program, false, 1);
    worker().answer(frame(0, 'idle'));
    sim.tick(0);
    sim.tick(HARD_STOP_AFTER_MS + 1);
    expect(hardStops).toHaveLength(1);
    expect(workers[0]?.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    // The new worker gets the same world again.
    expect(worker().sent[0]).toEqual({ type: 'load', setup: SETUP });
  });

  it('stands down once the program’s own frame says it is over', () => {
    const { sim, hardStops, worker } = client();
    sim.run(program, false, 1);
    sim.tick(0);
    worker().answer(frame(1, 'done'));
    sim.tick(10);
    sim.tick(10 + HARD_STOP_AFTER_MS * 5);
    expect(hardStops).toEqual([]);
  });
});
