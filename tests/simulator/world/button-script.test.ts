import { describe, expect, it } from 'vitest';
import { parseWorld } from '../../../simulator/world/load-world.ts';
import { makeRobot } from './helpers.ts';

/** The button events of robot 0 in the trace: [t, pressed]. */
function presses(robot: ReturnType<typeof makeRobot>): [number, boolean][] {
  return robot.world.trace.events.flatMap((e) =>
    e.type === 'button' ? [[e.t, e.pressed] as [number, boolean]] : [],
  );
}

describe('scripted button presses', () => {
  it('a program reads the button pressed from atMs for holdMs, to the millisecond', async () => {
    const robot = makeRobot({ buttonPresses: [{ atMs: 1000, holdMs: 300 }] });
    await robot.wait(979); // button() takes 20 ms and reads when it starts
    expect(await robot.button()).toBe(false); // read at 979
    expect(robot.world.time).toBe(999);
    expect(await robot.button()).toBe(false); // read at 999
    expect(await robot.button()).toBe(true); // read at 1019
    await robot.wait(261);
    expect(robot.world.time).toBe(1300);
    expect(await robot.button()).toBe(false); // let go at 1300
    expect(presses(robot)).toEqual([
      [1000, true],
      [1300, false],
    ]);
  });

  it('a press while the robot drives is recorded at its time, and the drive is unchanged', async () => {
    const drive = async (buttonPresses: { atMs: number; holdMs: number }[]) => {
      const robot = makeRobot({ buttonPresses });
      robot.drive(60, 60);
      await robot.wait(3000);
      return robot;
    };
    const pressed = await drive([{ atMs: 1234, holdMs: 111 }]);
    const alone = await drive([]);
    expect(presses(pressed)).toEqual([
      [1234, true],
      [1345, false],
    ]);
    expect(pressed.body.x).toBe(alone.body.x);
    expect(pressed.world.trace.samples).toEqual(alone.world.trace.samples);
  });

  it('overlapping presses are one long press', async () => {
    const robot = makeRobot({
      buttonPresses: [
        { atMs: 500, holdMs: 400 },
        { atMs: 800, holdMs: 400 },
      ],
    });
    await robot.wait(2000);
    expect(presses(robot)).toEqual([
      [500, true],
      [1200, false],
    ]);
  });

  it('a hand on the robot presses it too, and the trace says so', async () => {
    const robot = makeRobot();
    await robot.wait(100);
    robot.world.pressButton(0, true);
    expect(await robot.button()).toBe(true);
    robot.world.pressButton(0, false);
    expect(await robot.button()).toBe(false);
    expect(presses(robot)).toEqual([
      [100, true],
      [120, false],
    ]);
  });

  it('a world file refuses a press that is too short', () => {
    expect(() =>
      parseWorld(
        { size: { width: 100, height: 100 }, buttonPresses: [{ atMs: 10, holdMs: 1 }] },
        'w.json',
      ),
    ).toThrow(/buttonPresses\[0\]\.holdMs/);
  });
});
