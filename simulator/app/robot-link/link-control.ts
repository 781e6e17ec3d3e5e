import type { Lesson } from '../../../lessons/lesson-files.ts';
import type { Lang } from '../../../robot/i18n/lang.ts';
import type { Kit } from '../../../robot/kits/kit-schema.ts';
import type { WorldSnapshot } from '../../render/snapshot.ts';
import type { WorldSpec } from '../../world/world-schema.ts';
import { element } from '../dom-text.ts';
import type { ErrorInfo, Program } from '../sim/protocol.ts';
import { errorText } from '../ui/output-panel.ts';
import type { RobotReadings, SensorRow } from '../ui/sensor-panel.ts';
import type { EmulatedBoard } from './emulated-port.ts';
import type { MissionEvents } from './mission-check.ts';
import type { HardwareRobot, RobotCallServer } from './robot-connection.ts';
import {
  emulatedBoard,
  type LinkState,
  type PagePort,
  type RobotLinkHost,
  type SerialLike,
} from './robot-link.ts';
import { rt } from './robot-link-text.ts';
import { robotReadingRows } from './robot-readings.ts';

/** How each finding of "Check my robot" is marked (as `mekong doctor` marks it). */
const MARKS = { pass: '✔', warn: '!', fail: '✘', info: 'i' } as const;

/** USB-serial chips of the boards we support (Arduino 16U2, CH340, FTDI, CP210x). */
export const USB_FILTERS = [
  { usbVendorId: 0x2341 },
  { usbVendorId: 0x2a03 },
  { usbVendorId: 0x1a86, usbProductId: 0x7523 },
  { usbVendorId: 0x0403, usbProductId: 0x6001 },
  { usbVendorId: 0x10c4, usbProductId: 0xea60 },
];

/**
 * "Connect a robot" once pressed (robot-link.ts loads this then): a USB robot over Web
 * Serial or our firmware on an emulated board; the robot's stored name and kit once
 * connected; while connected, Run runs the program on the robot (the program stays in the
 * sandbox worker; its robot calls come here). johnny-five and the emulator load only when
 * a robot is connected.
 */
export class LinkControl {
  state: LinkState = 'none';
  /** The robot's stored name, null when none is stored. */
  name: string | null = null;
  kitId: string | null = null;
  /** The emulated board behind the connection, if it is one. */
  board: EmulatedBoard | undefined;
  /** The last world snapshot of the emulated board. */
  snapshot: WorldSnapshot | null = null;
  /** What the robot's sensors answered the program last (a USB robot's Sensors panel). */
  readings: RobotReadings = {};
  private robot: HardwareRobot | undefined;
  private server: RobotCallServer | undefined;
  /** The robot's module (johnny-five and the rest), once a robot has connected. */
  private link: typeof import('./robot-connection.ts') | undefined;
  private runId = 0;
  private running = false;
  /** The mission check under way on the emulated robot; `stopped` says Stop ended it. */
  private mission: { stop(): void; stopped(): void } | undefined;
  /** The robot's clock when a "Check my mission" run started, ms; null for a plain Run. */
  private checkStartMs: number | null = null;
  private error: string | null = null;
  private readonly label: HTMLSpanElement;
  private readonly off: HTMLButtonElement;
  private readonly check: HTMLButtonElement;
  private readonly flashButton: HTMLButtonElement;
  private readonly dialog: HTMLDialogElement;
  private readonly flashDialog: HTMLDialogElement;
  /** The USB port last chosen (flashing needs it, also when connecting failed). */
  private port: PagePort | undefined;
  private portClock: EmulatedBoard['clock'];
  /** The board on `port` answered, but not with our firmware. */
  private needsFirmware = false;

  /**
   * @param button "Connect a robot", already in `root` (robot-link.ts words it).
   * @param world the world the page shows now.
   * @param worldWatchers called with every world snapshot of an emulated robot.
   */
  constructor(
    private readonly root: HTMLElement,
    private readonly host: RobotLinkHost,
    private readonly button: HTMLButtonElement,
    private readonly world: () => WorldSpec | undefined,
    private readonly worldWatchers: ReadonlySet<(snapshot: WorldSnapshot) => void>,
  ) {
    this.label = element('span', { id: 'robot-name', role: 'status' });
    this.off = element('button', { type: 'button', id: 'disconnect-robot' });
    this.off.addEventListener('click', () => void this.disconnect());
    this.check = element('button', { type: 'button', id: 'check-robot' });
    this.check.addEventListener('click', () => void this.checkRobot());
    this.flashButton = element('button', { type: 'button', id: 'flash-robot' });
    this.flashButton.addEventListener('click', () => void this.openFlash());
    this.dialog = element('dialog', { id: 'robot-choice' });
    this.flashDialog = element('dialog', { id: 'flash-dialog' });
    root.append(this.label, this.check, this.flashButton, this.off, this.dialog, this.flashDialog);
    for (const type of ['robot-call', 'robot-sync'] as const)
      host.client.on(type, (m) => {
        if (m.runId === this.runId) this.server?.handle(m);
      });
    host.client.on('robot-output', (m) => {
      if (m.runId === this.runId) host.output(m.lines);
    });
    host.client.on('robot-end', (m) => {
      if (m.runId !== this.runId || !this.running) return;
      this.running = false;
      const started = this.checkStartMs;
      this.checkStartMs = null;
      if (started !== null) {
        const seconds = (((this.clockMs ?? started) - started) / 1000).toFixed(1);
        if (this.link) host.output([this.link.runText('ranOnRobot', host.lang(), { seconds })]);
      }
      host.ended(m.error);
    });
    this.render();
  }

  /** The robot's clock now, ms (emulated on an emulated board); undefined when none. */
  get clockMs(): number | undefined {
    return this.robot?.clock.now();
  }

  /** A USB robot's Sensors panel: its clock and what its sensors answered last. */
  readingRows(kit: Kit | undefined, lang: Lang): SensorRow[] {
    return robotReadingRows(this.readings, kit, this.clockMs ?? 0, lang);
  }

  get connected(): boolean {
    return this.state === 'connected' || this.state === 'lost';
  }

  /** Whether a program runs on the robot now. */
  get busy(): boolean {
    return this.running;
  }

  /** Runs `program` on the connected robot; its frames, output and end come back by runId. */
  run(program: Program, runId: number): void {
    this.runId = runId;
    this.running = true;
    this.server?.begin();
    this.host.client.sendRobot({ type: 'robot-run', program, runId });
  }

  /**
   * "Check my mission" on a USB robot: the check needs the simulator (it sees the arena),
   * so the program runs on the robot and the output says so, then how long it ran.
   */
  runForCheck(program: Program, runId: number): void {
    if (this.link) this.host.output([this.link.runText('checkNeedsSimulator', this.host.lang())]);
    this.checkStartMs = this.clockMs ?? null;
    this.run(program, runId);
  }

  /**
   * "Check my mission" on the emulated robot: `mekong run --lesson --emulate`'s check, once
   * per world of the lesson, in a worker with a board of its own (our firmware in avr8js at
   * full speed, the program driving it through johnny-five). Stop or Esc ends it.
   */
  checkMission(lesson: Lesson, program: Program, on: MissionEvents): void {
    if (this.running || !this.link) return;
    const own = this.kitId !== null && lesson.kits.includes(this.kitId);
    const kitId = own ? (this.kitId as string) : (lesson.kits[0] as string);
    this.running = true;
    this.mission = {
      ...this.link.startMissionCheck(lesson, kitId, program, on, () => {
        this.mission = undefined;
        this.running = false;
      }),
      stopped: on.stopped,
    };
  }

  /** Stop or Esc: the motors stop here at once, the program ends with STOPPED. */
  stop(): void {
    if (!this.running) return;
    const mission = this.mission;
    if (mission) {
      this.mission = undefined;
      this.running = false;
      mission.stop();
      mission.stopped();
      return;
    }
    this.server?.stop();
  }

  setLang(): void {
    this.render();
  }

  choose(): void {
    const lang = this.host.lang();
    const serial = this.host.serial;
    const usb = element('button', { type: 'button', class: 'choice' });
    usb.textContent = rt('usbRobot', lang);
    usb.disabled = !serial;
    usb.addEventListener('click', () => {
      this.dialog.close();
      if (serial) void this.connectUsb(serial);
    });
    const emulated = element('button', { type: 'button', class: 'choice' });
    emulated.textContent = rt('emulatedRobot', lang);
    emulated.addEventListener('click', () => {
      this.dialog.close();
      void this.connectEmulated();
    });
    const cancel = element('button', { type: 'button', class: 'choice quiet' });
    cancel.textContent = rt('cancel', lang);
    cancel.addEventListener('click', () => this.dialog.close());
    const title = element('h2', {});
    title.textContent = rt('chooseTitle', lang);
    const notes = [rt('emulatedHint', lang)];
    if (!serial) notes.unshift(rt('noWebSerial', lang));
    this.dialog.replaceChildren(
      title,
      ...notes.map((text) => Object.assign(element('p', {}), { textContent: text })),
      Object.assign(element('menu', {}), {}),
    );
    this.dialog.querySelector('menu')?.append(usb, emulated, cancel);
    this.dialog.showModal();
  }

  /** The browser's port picker (filtered to our boards' USB chips), then the robot on it. */
  async connectUsb(serial: SerialLike): Promise<void> {
    let port: PagePort;
    try {
      port = await serial.requestPort({ filters: USB_FILTERS });
    } catch {
      return; // The student closed the picker.
    }
    // A port on an emulated board brings its board's clock (the tests' fake USB robot).
    this.port = port;
    this.portClock = (port as { clock?: EmulatedBoard['clock'] }).clock;
    this.needsFirmware = false;
    await this.connect(port, this.portClock);
  }

  /**
   * "Flash our firmware" on the USB port: `mekong flash`'s code in the page (its dialog,
   * the STK500 code and the hex load only now), then the robot connects.
   */
  async openFlash(): Promise<void> {
    const port = this.port;
    const kitId = this.host.kit()?.id;
    if (!port || !kitId || this.running) return;
    const clock = this.portClock;
    const { openFlashDialog } = await import('./flash-dialog.ts');
    openFlashDialog(this.flashDialog, {
      lang: this.host.lang(),
      name: this.name,
      kitId,
      flash: async ({ board, name }, onProgress) => {
        if (this.robot) await this.disconnect();
        const link = await import('./robot-connection.ts');
        const report = await link.flashOverWebSerial({
          port,
          board,
          name,
          kitId,
          onProgress,
          ...(clock ? { clock } : {}),
        });
        this.needsFirmware = false;
        return { name: report.identity?.name ?? '', kitId: report.identity?.kitId ?? kitId };
      },
      flashed: () => void this.connect(port, clock),
    });
  }

  /** Our firmware in avr8js in a worker, in the world the page shows. */
  async connectEmulated(): Promise<void> {
    const kit = this.host.kit();
    const world = this.world();
    if (!kit || !world) return;
    this.board = await emulatedBoard({
      kit,
      world,
      seed: this.host.seed(),
      lockstep: true,
      createWorker: () => this.host.createEmulatorWorker(),
      identity: { name: 'Emulated robot', kitId: kit.id },
    });
    this.board.onSnapshot = (snapshot) => {
      this.snapshot = snapshot;
      this.host.draw(snapshot);
      for (const watch of this.worldWatchers) watch(snapshot);
    };
    await this.connect(this.board.port, this.board.clock);
  }

  private async connect(port: PagePort, clock: EmulatedBoard['clock']): Promise<void> {
    const fallbackKit = this.host.kit();
    if (!fallbackKit) return;
    this.setState('connecting');
    let plugged = true;
    port.addEventListener('disconnect', () => {
      plugged = false;
    });
    port.addEventListener('connect', () => {
      plugged = true;
    });
    try {
      const link = await import('./robot-connection.ts');
      this.link = link;
      const robot = await link.connectOverWebSerial({
        port,
        fallbackKit,
        plugged: () => plugged,
        ...(clock ? { clock } : {}),
      });
      this.robot = robot;
      this.readings = {};
      this.server = new link.RobotCallServer(
        robot,
        (m) => this.host.client.sendRobot(m),
        (method, value) => {
          if (method === 'distance' || method === 'line' || method === 'button')
            this.readings = { ...this.readings, [method]: value };
        },
      );
      const identity = robot.session.identity;
      this.name = identity?.name ?? null;
      this.kitId = robot.kit.id;
      this.host.selectKit(robot.kit.id);
      robot.on('disconnect', () => this.setState('lost'));
      robot.on('reconnect', () => this.setState('connected'));
      this.setState('connected');
    } catch (error) {
      const code = (error as Partial<ErrorInfo>)?.code;
      this.needsFirmware = code === 'WRONG_FIRMWARE' || code === 'NO_FIRMATA';
      this.error = describe(error, this.host.lang());
      this.dropBoard();
      this.setState('none');
    }
  }

  /** "Check my robot": `mekong doctor`'s checks on the connected robot, shown as output. */
  async checkRobot(): Promise<void> {
    const robot = this.robot;
    if (!robot || this.running || this.state !== 'connected') return;
    const lang = this.host.lang();
    this.running = true;
    this.check.disabled = true;
    this.host.output([rt('checking', lang)]);
    try {
      const link = await import('./robot-connection.ts');
      const findings = await link.checkRobot(robot, lang);
      this.host.output(
        findings.flatMap(({ status, name, detail, fix }) => [
          `${MARKS[status]} ${name}: ${detail}`,
          ...(fix ? [`   ${rt('fix', lang, { fix })}`] : []),
        ]),
      );
    } finally {
      this.running = false;
      this.check.disabled = false;
    }
  }

  async disconnect(): Promise<void> {
    this.stop();
    const robot = this.robot;
    this.robot = undefined;
    this.server = undefined;
    this.setState('none');
    await robot?.close().catch(() => undefined);
    this.dropBoard();
  }

  private dropBoard(): void {
    this.board?.dispose();
    this.board = undefined;
    this.snapshot = null;
    this.host.draw(null);
  }

  private setState(state: LinkState): void {
    this.state = state;
    if (state !== 'none') this.error = null;
    this.render();
  }

  private render(): void {
    const lang = this.host.lang();
    this.button.hidden = this.connected || this.state === 'connecting';
    this.off.textContent = rt('disconnect', lang);
    this.off.hidden = !this.connected;
    this.check.textContent = rt('checkRobot', lang);
    this.check.hidden = this.state !== 'connected';
    this.flashButton.textContent = rt('flashFirmware', lang);
    // On a USB port: after our firmware was not found, and in the robot's menu.
    this.flashButton.hidden =
      !this.port ||
      this.board !== undefined ||
      !(this.state === 'connected' || (this.state === 'none' && this.needsFirmware));
    const kitName = this.kitId ?? '';
    this.root.dataset.state = this.state;
    this.label.textContent =
      this.state === 'connecting'
        ? rt('connecting', lang)
        : this.state === 'lost'
          ? rt('reconnecting', lang)
          : this.state === 'connected'
            ? this.name !== null
              ? rt('connected', lang, { name: this.name, kit: kitName })
              : rt('noName', lang, { kit: kitName })
            : (this.error ?? '');
  }
}

function describe(error: unknown, lang: Lang): string {
  const info = error as Partial<ErrorInfo>;
  if (info && typeof info.code === 'string' && info.params) {
    if (info.code === 'WRONG_FIRMWARE' || info.code === 'NO_FIRMATA')
      return rt('notOurFirmware', lang);
    const { message, suggestion } = errorText(info as ErrorInfo, lang);
    return rt('connectFailed', lang, { message, suggestion });
  }
  return rt('connectFailed', lang, {
    message: error instanceof Error ? error.message : String(error),
    suggestion: '',
  });
}
