import { type Mesh, type MeshBasicMaterial, type Object3D, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { builtinKits, getKit } from '../../../robot/index.ts';
import { buildArena } from '../../../simulator/render/arena-view.ts';
import { RobotAssets } from '../../../simulator/render/robot-assets.ts';
import { RobotView } from '../../../simulator/render/robot-view.ts';
import { type RobotSnapshot, snapshotWorld } from '../../../simulator/render/snapshot.ts';
import { builtinWorld } from '../../../simulator/world/load-world.ts';
import { World } from '../../../simulator/world/world.ts';
import type { WorldSpec } from '../../../simulator/world/world-schema.ts';

const playground = builtinWorld('playground') as WorldSpec;
const ALL = { ultrasonic: true, line: true };

function find(root: Object3D, name: string): Object3D {
  const found = root.getObjectByName(name);
  if (!found) throw new Error(`no ${name}`);
  return found;
}

function snapshotOf(world: World): RobotSnapshot {
  return snapshotWorld(world).robots[0] as RobotSnapshot;
}

describe('the scene is drawn from world snapshots', () => {
  it('maps world cm (x right, y up, heading CCW) onto the x/z ground plane', () => {
    const world = new World(playground, { seed: 1, realism: 'ideal' });
    const body = world.addRobot(getKit('l298n-2wd'), { x: 50, y: 30, headingDeg: 90 });
    const view = new RobotView(body.kit, new RobotAssets());
    view.update(snapshotOf(world), world.time, ALL);
    expect(view.object.position.toArray()).toEqual([50, 0, -30]);
    // Local +x (the robot's front) must point to world +y, i.e. scene -z.
    const front = view.object.localToWorld(new Vector3(10, 0, 0));
    expect(front.x).toBeCloseTo(50);
    expect(front.z).toBeCloseTo(-40);
  });

  it('builds every kit, with an ultrasonic cone reaching the measured distance', () => {
    for (const kit of builtinKits()) {
      const world = new World(playground, { seed: 1, realism: 'ideal' });
      world.addRobot(kit, { x: 150, y: 75, headingDeg: 0 });
      const view = new RobotView(kit, new RobotAssets());
      const seen = snapshotOf(world);
      view.update(seen, 0, ALL);
      // Facing +x from x = 150: the boundary wall at 200 is ahead of the sensor.
      const mount = kit.ultrasonic?.mount.x ?? 0;
      expect(seen.distanceCm, kit.id).toBeCloseTo(200 - 150 - mount, 5);
      const cone = find(view.object, 'ultrasonic-cone');
      expect(cone.visible).toBe(true);
      const fan = cone.children[0] as Mesh;
      expect(fan.scale.x).toBeCloseTo(seen.distanceCm, 5);
      view.update(seen, 0, { ultrasonic: false, line: false });
      expect(cone.visible).toBe(false);
      expect(find(view.object, 'line-spots').visible).toBe(false);
    }
  });

  it('lights the line-sensor spots over the line and the LED when on', () => {
    const kit = getKit('l298n-2wd');
    const world = new World(playground, { seed: 1, realism: 'ideal' });
    // The loop's bottom edge runs along y = 40; sensors are 11 cm ahead of the axle.
    const body = world.addRobot(kit, { x: 100, y: 29, headingDeg: 90 });
    body.led = 'on';
    const seen = snapshotOf(world);
    expect(seen.lineDark).toEqual({ left: true, center: true, right: true });
    const view = new RobotView(kit, new RobotAssets());
    view.update(seen, 0, ALL);
    const spots = find(view.object, 'line-spots').children as Mesh<never, MeshBasicMaterial>[];
    expect(spots.map((s) => s.material.color.getHexString())).toEqual([
      '00e676',
      '00e676',
      '00e676',
    ]);
    view.update({ ...seen, lineDark: { left: false, center: true, right: false } }, 0, ALL);
    expect(spots.map((s) => s.material.color.getHexString())).toEqual([
      '546e7a',
      '00e676',
      '546e7a',
    ]);
  });

  it('turns the wheels the way the robot rolls, at the speed it rolls', () => {
    const kit = getKit('l298n-2wd');
    const view = new RobotView(kit, new RobotAssets());
    const rolling: RobotSnapshot = { ...snapshotOfFresh(kit.id), speedLeft: 33, speedRight: 33 };
    view.update(rolling, 0, ALL);
    view.update(rolling, 1000, ALL);
    const r = kit.drive.wheelDiameterCm / 2;
    expect(find(view.object, 'wheel-left').rotation.z).toBeCloseTo(-33 / r, 5);
    view.update({ ...rolling, speedLeft: -33 }, 2000, ALL);
    expect(find(view.object, 'wheel-left').rotation.z).toBeCloseTo(0, 5);
    expect(find(view.object, 'wheel-right').rotation.z).toBeCloseTo((-33 / r) * 2, 5);
  });

  it('draws every obstacle and finds movable ones by their world id', () => {
    const arena = buildArena(playground, 'en');
    expect([...arena.movables.keys()]).toEqual(['can']);
    expect(arena.group.getObjectByName('obstacle:block')).toBeDefined();
    expect(arena.group.getObjectByName('zone:goal')).toBeDefined();
    expect(arena.group.getObjectByName('line-0')).toBeDefined();
    arena.dispose();
  });

  it("labels zones in the reader's language, and again when the language changes", () => {
    const arena = buildArena(playground, 'vi');
    const goal = () => arena.group.getObjectByName('zone:goal')?.userData.label;
    expect(goal()).toBe('Đích');
    arena.setLang('lo');
    expect(goal()).toBe('ເປົ້າໝາຍ');
    arena.setLang('en');
    expect(goal()).toBe('Goal');
    arena.dispose();
    // A world without labels (a teacher's own file) shows the zone ids.
    const plain = { ...playground, zones: playground.zones.map(({ label, ...zone }) => zone) };
    const own = buildArena(plain, 'lo');
    expect(own.group.getObjectByName('zone:goal')?.userData.label).toBe('goal');
    own.dispose();
  });
});

function snapshotOfFresh(kitId: string): RobotSnapshot {
  const world = new World(playground, { seed: 1, realism: 'ideal' });
  world.addRobot(getKit(kitId));
  return snapshotOf(world);
}
