/**
 * The Robot contract: behaviour every Robot implementation must show, run against the
 * simulator (sim.test.ts) and against HardwareRobot on the emulated board
 * (emulated.test.ts). One world per kit holds "stations" (open floor, a wall at a known
 * distance, a line under the sensors); each test puts the robot at a station, so one
 * connection serves every test of a kit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  builtinKits,
  isMekongError,
  type Kit,
  type PartName,
  type Robot,
  type RobotMethod,
} from '../../robot/index.ts';
import {
  type Pose,
  parseWorld,
  type SimBody,
  type World,
  type WorldSpec,
} from '../../simulator/world/index.ts';

/** A robot in a world, ready for the contract; `dispose` frees it. */
export interface ContractRobot {
  robot: Robot;
  body: SimBody;
  world: World;
  dispose(): Promise<void>;
}

export type MakeRobot = (kit: Kit, world: WorldSpec, pose: Pose) => Promise<ContractRobot>;

/** Distance from the ultrasonic sensor to the wall at the 'wall' station, cm. */
export const WALL_CM = 50;

/** Where a test puts the robot. */
export const STATIONS = {
  /** Nothing within 400 cm ahead, light floor. */
  open: { x: 100, y: 300, headingDeg: 0 },
  /** A wall WALL_CM in front of the ultrasonic sensor. */
  wall: { x: 100, y: 100, headingDeg: 0 },
  /** A dark line across the floor under the line sensors. */
  line: { x: 600, y: 100, headingDeg: 0 },
} as const satisfies Record<string, Pose>;

/** The contract's world for `kit` (the wall and the line depend on where its sensors sit). */
export function contractWorld(kit: Kit): WorldSpec {
  const mountX = kit.ultrasonic?.mount.x ?? 10;
  const wallX = STATIONS.wall.x + mountX + WALL_CM;
  const sensors = kit.lineSensors?.sensors ?? [];
  const lineX =
    STATIONS.line.x + sensors.reduce((sum, s) => sum + s.x, 0) / Math.max(1, sensors.length);
  return parseWorld(
    {
      size: { width: 1200, height: 600 },
      start: STATIONS.open,
      walls: [{ from: { x: wallX, y: 60 }, to: { x: wallX, y: 140 } }],
      lines: [
        {
          points: [
            { x: lineX, y: 60 },
            { x: lineX, y: 140 },
          ],
          width: 3,
        },
      ],
    },
    'contract-world.json',
  );
}

/** Puts the robot at a station (teleport, stopped) and lets the sensors see it. */
async function place(c: ContractRobot, station: Pose): Promise<void> {
  c.robot.stop();
  await c.robot.wait(20);
  const { body } = c;
  body.x = station.x;
  body.y = station.y;
  body.heading = (station.headingDeg * Math.PI) / 180;
  body.speedLeft = 0;
  body.speedRight = 0;
  body.updateShape();
  await c.robot.wait(40);
}

/** The error a robot call gives, sync or async; undefined when it succeeds. */
async function errorOf(call: () => unknown): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  return undefined;
}

const angleDiff = (a: number, b: number) => ((((a - b) % 360) + 540) % 360) - 180;

const MISSING_CALLS: Record<PartName, [RobotMethod, () => unknown[]]> = {
  ultrasonic: ['distance', () => []],
  line: ['line', () => []],
  servo: ['servo', () => [90]],
  led: ['led', () => [true]],
  buzzer: ['beep', () => [440, 100]],
  button: ['button', () => []],
};

const HAS_PART: Record<PartName, (kit: Kit) => boolean> = {
  ultrasonic: (kit) => kit.ultrasonic !== undefined,
  line: (kit) => kit.lineSensors !== undefined,
  servo: (kit) => kit.servo !== undefined,
  led: (kit) => kit.led !== undefined,
  buzzer: (kit) => kit.buzzer !== undefined,
  button: (kit) => kit.button !== undefined,
};

/**
 * The contract, once per builtin kit (or the kits given). Tolerances hold for the ideal
 * simulator and for the emulated board (serial latency, 8-bit PWM, µs echo timing, and its
 * world's classroom realism: dead band, seeded noise, motor mismatch and lag).
 */
export function describeRobotContract(
  name: string,
  makeRobot: MakeRobot,
  kits: readonly Kit[] = builtinKits(),
): void {
  for (const kit of kits) {
    describe(`${name}: Robot contract, kit ${kit.id}`, () => {
      let c: ContractRobot;
      beforeAll(async () => {
        c = await makeRobot(kit, contractWorld(kit), STATIONS.open);
      });
      afterAll(async () => {
        await c?.dispose();
      });

      it('forward(cm) drives about that far straight ahead; backward comes back', async () => {
        await place(c, STATIONS.open);
        await c.robot.forward(30);
        await c.robot.wait(30);
        expect(c.body.x - STATIONS.open.x).toBeGreaterThan(28.5);
        expect(c.body.x - STATIONS.open.x).toBeLessThan(31.5);
        expect(Math.abs(c.body.y - STATIONS.open.y)).toBeLessThan(1);
        expect(Math.abs(angleDiff(c.body.headingDeg, 0))).toBeLessThan(2);
        await c.robot.backward(20);
        await c.robot.wait(30);
        expect(c.body.x - STATIONS.open.x).toBeGreaterThan(8.5);
        expect(c.body.x - STATIONS.open.x).toBeLessThan(11.5);
      });

      it('turn(deg) turns in place, positive = left', async () => {
        await place(c, STATIONS.open);
        await c.robot.turn(90);
        await c.robot.wait(30);
        expect(Math.abs(angleDiff(c.body.headingDeg, 90))).toBeLessThan(3);
        await c.robot.turn(-45);
        await c.robot.wait(30);
        expect(Math.abs(angleDiff(c.body.headingDeg, 45))).toBeLessThan(3);
        expect(Math.hypot(c.body.x - STATIONS.open.x, c.body.y - STATIONS.open.y)).toBeLessThan(
          1.5,
        );
      });

      it('stop() stops driving at once', async () => {
        await place(c, STATIONS.open);
        c.robot.drive(50, 50);
        await c.robot.wait(200);
        expect(c.body.x - STATIONS.open.x).toBeGreaterThan(1);
        c.robot.stop();
        await c.robot.wait(20);
        const x = c.body.x;
        await c.robot.wait(300);
        expect(Math.abs(c.body.x - x)).toBeLessThan(0.5);
      });

      it('wait(ms) takes that long in robot time', async () => {
        const t0 = c.robot.time();
        await c.robot.wait(150);
        const dt = c.robot.time() - t0;
        expect(dt).toBeGreaterThanOrEqual(149);
        expect(dt).toBeLessThan(175);
      });

      if (kit.ultrasonic) {
        it(`distance() reads a wall ${WALL_CM} cm ahead, Infinity in the open`, async () => {
          await place(c, STATIONS.wall);
          const cm = await c.robot.distance();
          expect(Math.abs(cm - WALL_CM)).toBeLessThan(1.5);
          await place(c, STATIONS.open);
          expect(await c.robot.distance()).toBe(Number.POSITIVE_INFINITY);
        });
      }

      if (kit.lineSensors) {
        it('line() sees the line under the sensors and not beside it', async () => {
          await place(c, STATIONS.line);
          const on = (await c.robot.line()) as unknown as Record<string, boolean>;
          const raw = (await c.robot.lineRaw()) as unknown as Record<string, number>;
          for (const sensor of kit.lineSensors?.sensors ?? []) {
            expect(on[sensor.id], sensor.id).toBe(true);
            expect(raw[sensor.id], sensor.id).toBeLessThan(kit.lineSensors?.threshold ?? 0.5);
          }
          await place(c, STATIONS.open);
          const off = (await c.robot.line()) as unknown as Record<string, boolean>;
          for (const sensor of kit.lineSensors?.sensors ?? []) expect(off[sensor.id]).toBe(false);
        });
      }

      if (kit.led) {
        it('led() reaches the body', async () => {
          c.robot.led(true);
          await c.robot.wait(30);
          expect(c.body.led).not.toBe('off');
          if (kit.led?.type === 'ws2812') {
            c.robot.led('red');
            await c.robot.wait(30);
            expect(c.body.led).toBe('#ff0000');
          }
          c.robot.led(false);
          await c.robot.wait(30);
          expect(c.body.led).toBe('off');
        });
      }

      if (kit.buzzer) {
        it('beep(hz, ms) sounds the buzzer for that long', async () => {
          const t0 = c.robot.time();
          await c.robot.beep(440, 120);
          expect(c.robot.time() - t0).toBeGreaterThanOrEqual(119);
          await c.robot.wait(30);
          const beeps = c.world.trace.events.filter((e) => e.type === 'beep');
          const last = beeps.at(-1);
          expect(last?.type === 'beep' && Math.abs(last.hz - 440)).toBeLessThan(9);
          expect(last?.type === 'beep' && Math.abs(last.ms - 120)).toBeLessThan(6);
        });
      }

      if (kit.servo) {
        it('servo(deg) turns the pan servo', async () => {
          await c.robot.servo(30);
          await c.robot.wait(60);
          expect(Math.abs(c.body.servoDeg - 30)).toBeLessThan(2);
          await c.robot.servo(90);
          await c.robot.wait(60);
          expect(Math.abs(c.body.servoDeg - 90)).toBeLessThan(2);
        });
      }

      if (kit.button) {
        it('button() is true while the button is pressed', async () => {
          c.body.buttonPressed = true;
          expect(await c.robot.button()).toBe(true);
          c.body.buttonPressed = false;
          expect(await c.robot.button()).toBe(false);
        });
      }

      const missing = (Object.keys(HAS_PART) as PartName[]).filter((part) => !HAS_PART[part](kit));
      if (missing.length > 0) {
        it(`calls for missing parts (${missing.join(', ')}) fail with PART_MISSING`, async () => {
          for (const part of missing) {
            const [method, args] = MISSING_CALLS[part];
            const error = await errorOf(() =>
              (c.robot[method] as (...a: unknown[]) => unknown)(...args()),
            );
            expect(isMekongError(error) && error.code, method).toBe('PART_MISSING');
            expect(isMekongError(error) && error.params.part).toBe(part);
          }
        });
      }

      it('bad arguments fail with BAD_ARGUMENT naming the method', async () => {
        const calls: [RobotMethod, unknown[]][] = [
          ['forward', ['far']],
          ['turn', [Number.NaN]],
          ['drive', [200, 0]],
          ['wait', [-5]],
        ];
        if (kit.buzzer) calls.push(['beep', [10, 100]]);
        if (kit.led) calls.push(['led', ['chartreuse']]);
        if (kit.servo) calls.push(['servo', [270]]);
        for (const [method, args] of calls) {
          const error = await errorOf(() =>
            (c.robot[method] as (...a: unknown[]) => unknown)(...args),
          );
          expect(isMekongError(error) && error.code, method).toBe('BAD_ARGUMENT');
          expect(isMekongError(error) && error.params.method).toBe(method);
        }
      });
    });
  }
}
