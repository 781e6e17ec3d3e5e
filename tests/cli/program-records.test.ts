import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startSandbox } from '../../cli/runtime/sandbox-thread.ts';
import { getKit } from '../../robot/index.ts';
import { builtinWorld, type WorldSpec } from '../../simulator/world/index.ts';
import { mekong } from './cli-harness.ts';

const dir = mkdtempSync(join(tmpdir(), 'mekong-records-'));

/**
 * Programs of issue 19: before, `mekong run --max-time 1` ran the first two for minutes
 * and died of "JavaScript heap out of memory" with no JSON; the others grew the process
 * by gigabytes. Each must now end with its program's error, as JSON.
 */
const HOSTILE: [string, string, string[]][] = [
  [
    'refused-forward',
    'while (true) { try { await robot.forward("a"); } catch (e) {} }',
    ['NEVER_WAITS'],
  ],
  ['refused-wait', 'while (true) { try { await robot.wait(-5); } catch (e) {} }', ['NEVER_WAITS']],
  [
    'drive-flood',
    'for (;;) { for (let i = 0; i < 20000; i++) robot.drive(i % 2 ? 50 : 0, 50); await robot.wait(1); }',
    // 20 000 changes per slice: the changes' limit, or the time budget on a busy machine.
    ['TOO_MANY_CHANGES', 'NEVER_WAITS'],
  ],
  [
    'print-flood',
    "for (;;) { for (let i = 0; i < 100; i++) console.log('x'.repeat(1900)); await robot.wait(1); }",
    ['TOO_MUCH_OUTPUT', 'NEVER_WAITS'],
  ],
];

describe('mekong run bounds what it keeps of a program', () => {
  it.each(HOSTILE)(
    '%s ends with its error',
    async (name, source, codes) => {
      const file = join(dir, `${name}.js`);
      writeFileSync(file, `${source}\n`);
      const r = await mekong('run', file, '--sim', '--json', '--max-time', '60');
      expect(r.code).toBe(1);
      const json = JSON.parse(r.stdout);
      expect(json.stoppedBy).toBe('failed');
      expect(codes).toContain(json.error.code);
    },
    60_000,
  );

  it('a run whose thread outgrows its heap fails with HOST_OUT_OF_MEMORY; the process lives on', async () => {
    const sandbox = startSandbox({
      now: () => performance.now(),
      workerUrl: new URL('./fixtures/heap-eating-sandbox.js', import.meta.url),
    });
    const ran = await sandbox.run({
      kind: 'sim',
      world: builtinWorld('playground') as WorldSpec,
      kit: getKit('l298n-2wd'),
      program: { source: 'await robot.wait(1);', language: 'js', fileName: 'p.js' },
      seed: 1,
      realism: 'ideal',
      maxTimeMs: 1000,
    });
    expect(ran.kind).toBe('stopped');
    if (ran.kind !== 'stopped') return;
    expect(ran.error.code).toBe('HOST_OUT_OF_MEMORY');
    expect(ran.error.text('lo').message).toContain('256 MB');
  }, 60_000);
});
