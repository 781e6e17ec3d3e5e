import { describe, expect, it } from 'vitest';
import { loadQuickJs } from '../../../cli/quickjs-node.ts';
import { getKit } from '../../../robot/index.ts';
import { RECORD_LIMITS } from '../../../robot/program/index.ts';
import { builtinWorld, SimSession, type WorldSpec } from '../../../simulator/world/index.ts';

/**
 * What the simulator keeps for a program is bounded, and a program that would go past a
 * bound ends with an error naming it, instead of growing the host (issue 19: a loop on a
 * failing call ran forever and kept every failure; toggling the LED or the wheels
 * 20 000 times per slice grew the host to gigabytes).
 */
async function run(source: string, maxTimeMs = 60_000, now = () => performance.now()) {
  const session = new SimSession({
    world: builtinWorld('playground') as WorldSpec,
    entries: [{ kit: getKit('l298n-2wd'), source, language: 'js', fileName: 'hostile.js' }],
    seed: 1,
    realism: 'ideal',
    maxTimeMs,
    quickjs: await loadQuickJs(),
    now,
  });
  try {
    session.runToEnd();
    const outcome = session.outcomes[0];
    if (!outcome) throw new Error('no outcome');
    return { outcome, events: session.world.trace.events, time: session.world.time };
  } finally {
    session.dispose();
  }
}

/**
 * A slice clock that stands still, for the tests of the change limit: on a loaded machine
 * 2000 changes in one slice could otherwise outlast the slice (NEVER_WAITS) first.
 */
const STILL = () => 0;

describe('a program in the simulator', () => {
  it.each([
    ['robot.forward("a")', 'while (true) { try { await robot.forward("a"); } catch (e) {} }'],
    ['robot.wait(-5)', 'while (true) { try { await robot.wait(-5); } catch (e) {} }'],
    ['robot.turn(NaN), caught with .catch', 'for (;;) await robot.turn(NaN).catch(() => {});'],
  ])(
    'looping on a refused call (%s) is stopped with NEVER_WAITS, its robot time still 0',
    async (_, source) => {
      const { outcome, time } = await run(source);
      expect(outcome.stoppedBy).toBe('failed');
      expect(outcome.error?.code).toBe('NEVER_WAITS');
      expect(time).toBe(0);
    },
  );

  it('a refused call among waits is only an error the program may catch', async () => {
    const { outcome } = await run(`
      for (let i = 0; i < 50; i++) {
        try { await robot.forward('a'); } catch (e) { if (i === 0) console.log(e.code); }
        await robot.wait(10);
      }`);
    expect(outcome.error).toBeNull();
    expect(outcome.stoppedBy).toBe('done');
    expect(outcome.output).toEqual(['BAD_ARGUMENT']);
  });

  it.each([
    ['the wheels', 'robot.drive(i % 2 ? 50 : 0, 50)'],
    ['the LED and the wheels', 'robot.led(i % 2 === 0); robot.drive(i % 2 ? 50 : 0, 50)'],
  ])(
    'changing %s thousands of times per slice ends with TOO_MANY_CHANGES at the limit',
    async (_, change) => {
      const { outcome, events } = await run(
        `for (;;) { for (let i = 0; i < 2000; i++) { ${change}; } await robot.wait(1); }`,
        60_000,
        STILL,
      );
      expect(outcome.error?.code).toBe('TOO_MANY_CHANGES');
      expect(outcome.error?.params).toEqual({ limit: RECORD_LIMITS.changes });
      expect(outcome.error?.line).toBe(1);
      const changes = events.filter((e) => e.type === 'drive' || e.type === 'led').length;
      // The call that went past the limit was recorded; nothing after it, but the end's stop.
      expect(changes).toBeGreaterThan(RECORD_LIMITS.changes);
      expect(changes).toBeLessThanOrEqual(RECORD_LIMITS.changes + 2);
    },
  );

  it('timed moves count their changes too', async () => {
    // Exactly the limit in wheel changes, then moves only: the first move goes past it.
    const { outcome } = await run(
      `for (let k = 0; k < ${RECORD_LIMITS.changes / 2000}; k++) {
         for (let i = 0; i < 2000; i++) robot.drive(i % 2 ? 30 : 40, 30);
         await robot.wait(1);
       }
       for (;;) await robot.forward(10);`,
      600_000,
      STILL,
    );
    expect(outcome.error?.code).toBe('TOO_MANY_CHANGES');
  });
});
