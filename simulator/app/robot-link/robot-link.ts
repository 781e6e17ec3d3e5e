import type { WebSerialPortLike } from '../../../firmware-bridge/transport/web-serial-transport.ts';
import type { Lesson } from '../../../lessons/lesson-files.ts';
import type { Lang } from '../../../robot/i18n/lang.ts';
import type { Kit } from '../../../robot/kits/kit-schema.ts';
import type { WorldSnapshot } from '../../render/snapshot.ts';
import type { WorldSpec } from '../../world/world-schema.ts';
import { element } from '../dom-text.ts';
import { t } from '../i18n/ui-text.ts';
import type { ErrorInfo, Program } from '../sim/protocol.ts';
import type { SimClient } from '../sim/sim-client.ts';
import type { RobotReadings, SensorRow } from '../ui/sensor-panel.ts';
import type { EmulatedBoard } from './emulated-port.ts';
import type { LinkControl } from './link-control.ts';
import type { MissionEvents } from './mission-check.ts';

/** A Web Serial port as the page uses it: a port, with its 'connect'/'disconnect' events. */
export type PagePort = WebSerialPortLike & EventTarget;

/** The part of `navigator.serial` the page uses (feature-detected, never browser-sniffed). */
export interface SerialLike {
  requestPort(options: {
    filters: { usbVendorId: number; usbProductId?: number }[];
  }): Promise<PagePort>;
}

export type LinkState = 'none' | 'connecting' | 'connected' | 'lost';

/** What the App gives the robot link. */
export interface RobotLinkHost {
  client: SimClient;
  lang(): Lang;
  /** The kit the page shows now, and the world's seed. */
  kit(): Kit | undefined;
  seed(): number;
  /** The kit selector follows the connected robot's kit. */
  selectKit(kitId: string): void;
  output(lines: string[]): void;
  /** A program on the robot ended (null: it finished). */
  ended(error: ErrorInfo | null): void;
  /** The emulated robot's world to draw, or null to draw the simulator's again. */
  draw(snapshot: WorldSnapshot | null): void;
  createEmulatorWorker(): Worker;
  serial: SerialLike | undefined;
}

/**
 * "Connect a robot" in the page header. Only the button is in the page's first bundle: the
 * rest (the choice, connecting, the robot's header, its words: link-control.ts) loads when
 * it is first pressed, and johnny-five and the emulator when a robot connects.
 */
export class RobotLink {
  private control: LinkControl | undefined;
  private loading: Promise<LinkControl> | undefined;
  private world: WorldSpec | undefined;
  private readonly worldWatchers = new Set<(snapshot: WorldSnapshot) => void>();
  private readonly button: HTMLButtonElement;

  constructor(
    private readonly root: HTMLElement,
    private readonly host: RobotLinkHost,
  ) {
    this.button = element('button', { type: 'button', id: 'connect-robot' });
    this.button.addEventListener('click', () => void this.load().then((c) => c.choose()));
    root.append(this.button);
    host.client.on('world', (m) => {
      this.world = m.spec;
    });
    this.setLang();
  }

  /** The rest of the robot link, loaded once. */
  private load(): Promise<LinkControl> {
    this.loading ??= import('./link-control.ts').then(({ LinkControl }) => {
      const { root, host, button, worldWatchers } = this;
      this.control = new LinkControl(root, host, button, () => this.world, worldWatchers);
      return this.control;
    });
    return this.loading;
  }

  get state(): LinkState {
    return this.control?.state ?? 'none';
  }

  /** The robot's stored name, null when none is stored. */
  get name(): string | null {
    return this.control?.name ?? null;
  }

  get kitId(): string | null {
    return this.control?.kitId ?? null;
  }

  /** The emulated board behind the connection, if it is one. */
  get board(): EmulatedBoard | undefined {
    return this.control?.board;
  }

  /** The last world snapshot of the emulated board. */
  get snapshot(): WorldSnapshot | null {
    return this.control?.snapshot ?? null;
  }

  /** What the robot's sensors answered the program last (a USB robot's Sensors panel). */
  get readings(): RobotReadings {
    return this.control?.readings ?? {};
  }

  /** The world the page shows (an emulated robot drives in a copy of it). */
  get worldSpec(): WorldSpec | undefined {
    return this.world;
  }

  /** A USB robot's Sensors panel (none before the rest of the link has loaded). */
  readingRows(kit: Kit | undefined, lang: Lang): SensorRow[] {
    return this.control?.readingRows(kit, lang) ?? [];
  }

  /** The robot's clock now, ms (emulated on an emulated board); undefined when none. */
  get clockMs(): number | undefined {
    return this.control?.clockMs;
  }

  /** Calls `watch` with every world snapshot of an emulated robot (about every 20 emulated ms). */
  watchWorld(watch: (snapshot: WorldSnapshot) => void): void {
    this.worldWatchers.add(watch);
  }

  get connected(): boolean {
    return this.control?.connected ?? false;
  }

  /** Whether a program (or a mission check) runs on the robot now. */
  get busy(): boolean {
    return this.control?.busy ?? false;
  }

  /** Runs `program` on the connected robot; its frames, output and end come back by runId. */
  run(program: Program, runId: number): void {
    this.control?.run(program, runId);
  }

  /** "Check my mission" on a USB robot: see LinkControl#runForCheck. */
  runForCheck(program: Program, runId: number): void {
    this.control?.runForCheck(program, runId);
  }

  /** "Check my mission" on the emulated robot: see LinkControl#checkMission. */
  checkMission(lesson: Lesson, program: Program, on: MissionEvents): void {
    this.control?.checkMission(lesson, program, on);
  }

  /** Stop or Esc: the motors stop at once, the program (or the check) ends. */
  stop(): void {
    this.control?.stop();
  }

  setLang(): void {
    this.button.textContent = t('connectRobot', this.host.lang());
    this.control?.setLang();
  }
}

/** An emulated board; its module and worker load only now. */
export async function emulatedBoard(
  options: import('./emulated-port.ts').EmulatedBoardOptions,
): Promise<EmulatedBoard> {
  const { EmulatedBoard } = await import('./emulated-port.ts');
  return new EmulatedBoard(options);
}
