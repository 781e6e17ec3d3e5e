import { describe, expect, it } from 'vitest';
import type { SumoRound, TrialRound } from '../../../lessons/competitions/match.ts';
import type {
  MatchRecord,
  SumoStanding,
  TrialStanding,
} from '../../../lessons/competitions/tournament.ts';
import { compete, competitor, example, HOSTILE, racers, solution } from './helpers.ts';

describe('line race: a time trial', () => {
  it('ranks a faster program above a slower one, and both above one that never finishes', async () => {
    const racing = racers();
    const { standings, matches } = await compete('line-race', [
      example('line-race', 'lost'),
      racing.steady,
      racing.fast,
    ]);
    const rows = standings as TrialStanding[];
    expect(rows.map((r) => [r.rank, r.program, r.finished])).toEqual([
      [1, 'fast.ts', true],
      [2, 'steady.ts', true],
      [3, 'lost.ts', false],
    ]);
    const [fast, steady, lost] = rows as [TrialStanding, TrialStanding, TrialStanding];
    expect(fast.timeMs).toBeLessThan(steady.timeMs as number);
    expect(lost.timeMs).toBeNull();
    expect(lost.distanceCm).toBeGreaterThan(10);
    // Best of the format's three seeds, each run with its own robot.
    expect(matches.every((m) => m.rounds.length === 3)).toBe(true);
    const times = ((matches[2] as MatchRecord).rounds as TrialRound[]).map((r) => r.timeMs);
    expect(fast.timeMs).toBe(Math.min(...times.map(Number)));
  });
});

describe('maze: a time trial where bumps cost time', () => {
  it('a wall follower finishes; bumps add the penalty; one that stops early ranks on distance', async () => {
    const bumper = competitor(
      'bumper.ts',
      // Straight into the first wall, then along the first corridor and stop.
      'await robot.turn(90);\nawait robot.forward(40);\nawait robot.turn(-90);\nawait robot.forward(120);',
    );
    const { standings, matches } = await compete('maze', [
      bumper,
      solution('08-maze', 'wall-follower.ts'),
    ]);
    const rows = standings as TrialStanding[];
    expect(rows.map((r) => [r.rank, r.program, r.finished])).toEqual([
      [1, 'wall-follower.ts', true],
      [2, 'bumper.ts', false],
    ]);
    const bumps = ((matches[0] as MatchRecord).rounds as TrialRound[]).map((r) => r.bumps);
    expect(Math.min(...bumps)).toBeGreaterThan(0);
    expect(rows[1]?.distanceCm).toBeGreaterThan(100);
    const run = ((matches[1] as MatchRecord).rounds as TrialRound[])[0] as TrialRound;
    expect(run.timeMs).toBe((run.finishMs as number) + run.bumps * 2000);
  });
});

describe('sumo: two programs in a ring', () => {
  it('a program that finds and pushes beats a spinner and a blind driver, from both sides', async () => {
    const { standings, matches } = await compete('sumo', [
      example('sumo', 'spinner'),
      example('sumo', 'seeker'),
      example('sumo', 'blind'),
    ]);
    const rows = standings as SumoStanding[];
    expect(rows[0]).toMatchObject({ rank: 1, program: 'seeker.ts', won: 2, lost: 0, points: 6 });
    for (const match of matches.filter((m) => m.players.includes(1))) {
      const seeker = match.players.indexOf(1);
      const rounds = match.rounds as SumoRound[];
      // Rounds take turns with the two start poses: the seeker wins from both.
      const starts = rounds.map((r) => r.robots.indexOf(seeker));
      expect(starts).toEqual([starts[0], 1 - (starts[0] as number), starts[0]]);
      for (const round of rounds) expect(round).toMatchObject({ winner: seeker, how: 'out' });
    }
  });

  it('a knockout bracket ranks the champion first and the first-round losers last', async () => {
    const { standings, matches } = await compete(
      'sumo',
      [example('sumo', 'seeker'), example('sumo', 'blind'), example('sumo', 'spinner')],
      { bracket: true, seeds: [1] },
    );
    // Three programs: the top seed has a bye, then meets the winner of the other two.
    expect(matches.map((m) => [m.round, m.players])).toEqual([
      [1, [1, 2]],
      [2, [0, expect.any(Number)]],
    ]);
    const rows = standings as SumoStanding[];
    expect(rows[0]).toMatchObject({ rank: 1, program: 'seeker.ts', reached: 3 });
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 3]);
  });
});

describe('a hostile program loses its match with the reason, and the competition goes on', () => {
  it.each(
    Object.entries({
      'throws.ts': 'RUNTIME_ERROR',
      'busy-loop.ts': 'NEVER_WAITS',
      'memory-hog.ts': 'OUT_OF_MEMORY',
    }),
  )('%s in sumo and in a time trial (%s)', async (name, code) => {
    const source = HOSTILE[name as keyof typeof HOSTILE];
    const sumo = await compete('sumo', [example('sumo', 'spinner'), competitor(name, source)]);
    const round = (sumo.matches[0] as MatchRecord).rounds[0] as SumoRound;
    expect(round).toMatchObject({ winner: 0, how: 'forfeit' });
    expect(round.errors[1]?.code).toBe(code);
    expect(sumo.standings[0]).toMatchObject({ program: 'spinner.ts', won: 1 });
    expect(sumo.standings[1]).toMatchObject({ program: name, lost: 1, error: { code } });

    const race = await compete(
      'line-race',
      [competitor(name, source), example('line-race', 'lost')],
      { seeds: [1] },
    );
    expect(race.standings.map((s) => s.program)).toEqual(['lost.ts', name]);
    expect(race.standings[1]).toMatchObject({ finished: false, error: { code } });
  });
});
