import { describe, expect, it } from 'vitest';
import { findBuiltinFormat } from '../../../lessons/competitions/formats.ts';
import {
  type ReplayTrace,
  shortNames,
  snapshotAt,
} from '../../../simulator/app/replays/replay-playback.ts';

const world = findBuiltinFormat('sumo').world;

const trace: ReplayTrace = {
  events: [
    { t: 0, robot: 1, type: 'led', state: 'red' },
    { t: 80, robot: 1, type: 'led', state: 'off' },
  ],
  samples: [
    {
      t: 0,
      robots: [
        [100, 100, 170],
        [200, 200, 0],
      ],
      objects: [],
    },
    {
      t: 50,
      robots: [
        [110, 100, -170],
        [200, 200, 0],
      ],
      objects: [],
    },
    {
      t: 100,
      robots: [
        [120, 110, -170],
        [200, 200, 0],
      ],
      objects: [],
    },
  ],
};

describe('replay playback', () => {
  it('draws the recorded poses, interpolated between samples, the short way round', () => {
    const s = snapshotAt(world, trace, 25);
    expect(s.robots[0]).toMatchObject({ x: 105, y: 100 });
    // From 170° to -170° is 20° to the left, not 340° to the right.
    expect(s.robots[0]?.headingDeg).toBeCloseTo(180);
    expect(snapshotAt(world, trace, 100).robots[0]).toMatchObject({ x: 120, y: 110 });
    expect(snapshotAt(world, trace, 5000).robots[0]).toMatchObject({ x: 120, y: 110 });
  });

  it('shows each robot its LED as the events left it', () => {
    expect(snapshotAt(world, trace, 50).robots.map((r) => r.led)).toEqual(['off', 'red']);
    expect(snapshotAt(world, trace, 90).robots[1]?.led).toBe('off');
  });

  it('names programs without the folder they all share', () => {
    const names = shortNames(['entries/a/anh.ts', 'entries/b/binh.ts']);
    expect([...names.values()]).toEqual(['a/anh.ts', 'b/binh.ts']);
    expect([...shortNames(['anh.ts', 'x/binh.ts']).values()]).toEqual(['anh.ts', 'x/binh.ts']);
    expect([...shortNames(['/tmp/p/anh.ts']).values()]).toEqual(['anh.ts']);
  });
});
