/**
 * The serial line of an in-process emulated board as a Transport: host bytes go into the
 * firmware's USART at its baud rate (emulated time); the firmware's bytes come out after
 * each pacer slice. Opening resets the MCU, as a real Uno resets when its port opens.
 * Closing is pulling the USB cable: the board (on battery) keeps running.
 */
import { phrase } from '../../robot/index.ts';
import { Transport } from '../transport/transport.ts';
import type { EmulatedRobot } from './emulated-robot.ts';
import type { EmulatorPacer } from './emulator-pacer.ts';
import '../texts/index.ts';

export class EmulatorTransport extends Transport {
  readonly description: string;
  private pending: number[] = [];
  private attached = false;
  private stopFlushing: (() => void) | null = null;

  /**
   * @param resetOnOpen false: the MCU keeps running when the port opens, like a board whose
   *   auto-reset is cut or a Nano clone without it.
   */
  constructor(
    private readonly robot: EmulatedRobot,
    private readonly pacer: EmulatorPacer,
    description = `emulated ${robot.kit.board} (${robot.kit.id})`,
    private readonly resetOnOpen = true,
  ) {
    super();
    this.description = description;
  }

  protected async openLink(): Promise<void> {
    if (this.resetOnOpen) this.robot.reset();
    this.pending = [];
    this.attached = true;
    this.stopFlushing = this.pacer.onSlice(() => this.flush());
    this.robot.onSerialOut = (byte) => {
      this.pending.push(byte);
      this.pacer.requestYield();
    };
    this.pacer.start();
  }

  protected writeLink(data: Buffer, callback?: (error?: Error | null) => void): void {
    this.robot.sendFromHost(data);
    callback?.(null);
  }

  protected async closeLink(): Promise<void> {
    this.detach();
  }

  /** The cable comes out: the host sees 'close'; the board keeps running without a host. */
  unplug(): void {
    this.detach();
    this.markClosed(phrase('usbUnplugged'));
  }

  private detach(): void {
    if (!this.attached) return;
    this.attached = false;
    this.stopFlushing?.();
    this.stopFlushing = null;
    this.robot.onSerialOut = null;
    this.pending = [];
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const bytes = Buffer.from(this.pending);
    this.pending = [];
    this.received(bytes);
  }
}
