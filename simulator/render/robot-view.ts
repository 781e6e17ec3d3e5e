import {
  DoubleSide,
  Group,
  Mesh,
  MeshBasicMaterial,
  PlaneGeometry,
  RingGeometry,
  SphereGeometry,
  Sprite,
  SpriteMaterial,
} from 'three';
import type { Kit } from '../../robot/index.ts';
import { headingToRotationY, toScene } from './coords.ts';
import type { RobotAssets } from './robot-assets.ts';
import { robotLayout } from './robot-model.ts';
import { SensorOverlay, type SensorViews } from './sensor-overlay.ts';
import type { RobotSnapshot } from './snapshot.ts';

/** LED colour for `led(true)`: a plain LED glows red, an RGB LED white. */
const LED_ON = { single: '#ff3b30', ws2812: '#ffffff' } as const;
const LED_OFF = '#3a2a2a';
/** Sound rings drawn while the buzzer sounds. */
const RING_COUNT = 3;

/**
 * One robot as drawn: built once from its kit profile, then posed from snapshots. It
 * owns no physics: `update` copies what the world computed.
 */
export class RobotView {
  readonly object = new Group();
  private readonly wheels: Group[] = [];
  private readonly pivot: Group | undefined;
  private readonly leds: { bulb: Mesh<SphereGeometry, MeshBasicMaterial>; halo: Sprite }[] = [];
  private readonly rings: Mesh<RingGeometry, MeshBasicMaterial>[] = [];
  private readonly overlay: SensorOverlay;
  private readonly kit: Kit;
  private readonly wheelRadius: number;
  private lastTime: number | undefined;

  constructor(kit: Kit, assets: RobotAssets) {
    this.kit = kit;
    const layout = robotLayout(kit);
    this.wheelRadius = layout.wheelRadius;
    const shapes = assets.forKit(kit);
    this.object.name = `robot:${kit.id}`;

    const shadow = new Mesh(
      new PlaneGeometry(kit.body.lengthCm + 3, kit.body.widthCm + 3),
      new MeshBasicMaterial({
        color: '#000000',
        transparent: true,
        opacity: 0.18,
        depthWrite: false,
      }),
    );
    shadow.rotation.x = -Math.PI / 2;
    shadow.position.set(kit.body.centerOffsetCm, 0.15, 0);
    this.object.add(shadow);
    this.object.add(new Mesh(shapes.chassis, assets.bodyMaterial));

    for (const side of [1, -1]) {
      const hub = new Group();
      hub.name = side === 1 ? 'wheel-left' : 'wheel-right';
      hub.position.set(0, layout.wheelRadius, -side * (kit.drive.trackWidthCm / 2));
      hub.add(new Mesh(shapes.wheel, assets.bodyMaterial));
      this.wheels.push(hub);
      this.object.add(hub);
    }

    this.overlay = new SensorOverlay(kit);
    this.object.add(this.overlay.spots);
    const us = kit.ultrasonic;
    if (us && shapes.ultrasonic) {
      const pivot = new Group();
      pivot.position.set(us.mount.x, layout.deckHeight, -us.mount.y);
      pivot.add(new Mesh(shapes.ultrasonic, assets.bodyMaterial));
      this.overlay.cone.position.y = layout.sensorHeight - layout.deckHeight;
      pivot.add(this.overlay.cone);
      this.pivot = pivot;
      this.object.add(pivot);
    }

    const led = kit.led;
    if (led) {
      const count = led.type === 'ws2812' ? led.count : 1;
      for (let i = 0; i < count; i++) {
        const y = led.y + (i - (count - 1) / 2) * 1.6;
        const bulb = new Mesh(
          new SphereGeometry(0.55, 12, 8),
          new MeshBasicMaterial({ color: LED_OFF }),
        );
        bulb.position.set(led.x, layout.deckHeight + 2, -y);
        const halo = new Sprite(
          new SpriteMaterial({
            map: assets.glow,
            blending: assets.glowBlending,
            transparent: true,
            depthWrite: false,
          }),
        );
        halo.scale.setScalar(7);
        halo.visible = false;
        bulb.add(halo);
        this.object.add(bulb);
        this.leds.push({ bulb, halo });
      }
    }

    if (kit.buzzer) {
      for (let i = 0; i < RING_COUNT; i++) {
        const ring = new Mesh(
          new RingGeometry(0.9, 1, 32),
          new MeshBasicMaterial({
            color: '#ffca28',
            transparent: true,
            depthWrite: false,
            side: DoubleSide,
          }),
        );
        ring.rotation.x = -Math.PI / 2;
        ring.position.set(kit.body.centerOffsetCm, kit.body.heightCm + 1.5 + i * 0.01, 0);
        ring.visible = false;
        this.rings.push(ring);
        this.object.add(ring);
      }
    }
  }

  /** Poses the robot as in `robot` at simulated time `timeMs` (ms). */
  update(robot: RobotSnapshot, timeMs: number, views: SensorViews): void {
    toScene(robot.x, robot.y, 0, this.object.position);
    this.object.rotation.y = headingToRotationY(robot.headingDeg);

    const dt = this.lastTime === undefined ? 0 : Math.max(0, timeMs - this.lastTime) / 1000;
    this.lastTime = timeMs;
    const speeds = [robot.speedLeft, robot.speedRight];
    this.wheels.forEach((hub, i) => {
      // Rolling forward turns the wheel's top toward +x: a negative turn about +z.
      hub.rotation.z -= ((speeds[i] ?? 0) / this.wheelRadius) * dt;
    });

    if (this.pivot) {
      const mount = this.kit.ultrasonic?.mount.headingDeg ?? 0;
      this.pivot.rotation.y = headingToRotationY(mount + robot.panDeg);
    }

    const lit = robot.led !== 'off';
    const onColour = this.kit.led?.type === 'ws2812' ? LED_ON.ws2812 : LED_ON.single;
    const colour = robot.led.startsWith('#') ? robot.led : onColour;
    for (const { bulb, halo } of this.leds) {
      bulb.material.color.set(lit ? colour : LED_OFF);
      halo.visible = lit;
      if (lit) (halo.material as SpriteMaterial).color.set(colour);
    }

    const beeping = robot.beepHz > 0;
    // Higher notes ripple faster: 1 ring a second at 200 Hz, up to 4 at 2 kHz and above.
    const rate = Math.min(4, Math.max(1, robot.beepHz / 500));
    this.rings.forEach((ring, i) => {
      ring.visible = beeping;
      if (!beeping) return;
      const phase = ((timeMs / 1000) * rate + i / RING_COUNT) % 1;
      const radius = 4 + phase * 14;
      ring.scale.set(radius, radius, 1);
      ring.material.opacity = 0.9 * (1 - phase);
    });

    this.overlay.update(robot, views);
  }

  dispose(): void {
    this.object.traverse((node) => {
      const mesh = node as Partial<Mesh>;
      // Shared kit geometry and the body material belong to RobotAssets.
      if (mesh.material && !(mesh.material as { vertexColors?: boolean }).vertexColors) {
        mesh.geometry?.dispose();
        (mesh.material as MeshBasicMaterial).dispose();
      }
    });
  }
}
