import { describe, expect, it } from 'vitest';
import type { SumoRound } from '../../../lessons/competitions/match.ts';
import {
  bracketSlots,
  type MatchRecord,
  roundRobinPairs,
  type SumoStanding,
  standingsOf,
  sumoScore,
} from '../../../lessons/competitions/tournament.ts';

function round(winner: number | null, centreCm: [number, number] = [10, 20]): SumoRound {
  return {
    kind: 'sumo',
    seed: 1,
    robots: [0, 1],
    winner,
    how: winner === null ? 'time' : 'out',
    centreCm,
    errors: [null, null],
    simTimeMs: 1000,
  };
}

const entrants = ['a.ts', 'b.ts', 'c.ts', 'd.ts'].map((program) => ({ program, kit: 'k' }));

/** The sumo standings of the four entrants after `matches`, and each row as [rank, program, `field`]. */
function sumoStandings(
  mode: 'round-robin' | 'bracket',
  matches: MatchRecord[],
  field: 'points' | 'reached',
) {
  const rows = standingsOf(mode, entrants, matches) as SumoStanding[];
  return { rows, ranks: rows.map((r) => [r.rank, r.program, r[field]]) };
}

describe('tournament plans', () => {
  it('a round robin plays every pair once: 16 programs, 120 matches', () => {
    expect(roundRobinPairs(3)).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
    expect(roundRobinPairs(16)).toHaveLength(120);
  });

  it('a knockout seeds 1 against the last, with byes for the top seeds', () => {
    expect(bracketSlots(4)).toEqual([0, 3, 1, 2]);
    expect(bracketSlots(8)).toEqual([0, 7, 3, 4, 1, 6, 2, 5]);
    expect(bracketSlots(3)).toEqual([0, null, 1, 2]);
    expect(bracketSlots(1)).toEqual([0]);
  });
});

describe('sumo standings', () => {
  it('best of three: two round wins win; the hard stop loses the match', () => {
    expect(sumoScore({ rounds: [round(0), round(1), round(0)], stopped: null })).toEqual({
      wins: [2, 1],
      draws: 0,
      winner: 0,
    });
    expect(sumoScore({ rounds: [round(0), round(null), round(1)], stopped: null }).winner).toBe(
      null,
    );
    const error = { code: 'SLOW_OPERATION' as const, params: {} };
    expect(sumoScore({ rounds: [], stopped: { program: 0, round: 0, error } })).toMatchObject({
      winner: 1,
    });
  });

  it('ranks by points, then round difference; equal rows share a rank', () => {
    const matches: MatchRecord[] = [
      { players: [0, 1], rounds: [round(0), round(0), round(1)], stopped: null },
      { players: [2, 3], rounds: [round(0), round(0), round(1)], stopped: null },
      { players: [0, 2], rounds: [round(null), round(null), round(null)], stopped: null },
      { players: [1, 3], rounds: [round(0), round(0), round(0)], stopped: null },
    ];
    const { rows, ranks } = sumoStandings('round-robin', matches, 'points');
    expect(ranks).toEqual([
      [1, 'a.ts', 4],
      [1, 'c.ts', 4],
      [3, 'b.ts', 3],
      [4, 'd.ts', 0],
    ]);
    expect(rows[3]).toMatchObject({ played: 2, lost: 2, roundsWon: 1, roundsLost: 5 });
  });

  it('a knockout ranks by the round reached; a drawn match goes to the one further in', () => {
    const matches: MatchRecord[] = [
      { players: [0, 3], rounds: [round(1)], stopped: null, round: 1 },
      { players: [1, 2], rounds: [round(null, [30, 5])], stopped: null, round: 1 },
      { players: [3, 2], rounds: [round(0)], stopped: null, round: 2 },
    ];
    expect(sumoStandings('bracket', matches, 'reached').ranks).toEqual([
      [1, 'd.ts', 3],
      [2, 'c.ts', 2],
      [3, 'a.ts', 1],
      [3, 'b.ts', 1],
    ]);
  });
});
