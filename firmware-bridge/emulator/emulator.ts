/**
 * One emulated robot ready to connect to: a world, the robot (MCU + peripherals) in it,
 * the emulated clock and the real-time pacer. `transport()` gives the host a serial line.
 */
import type { Kit } from '../../robot/index.ts';
import { type Pose, type Realism, World, type WorldSpec } from '../../simulator/world/index.ts';
import { EMULATED_REALISM } from './emulated-realism.ts';
import { EmulatedRobot } from './emulated-robot.ts';
import { EmulatorClock } from './emulator-clock.ts';
import { EmulatorPacer, type PacerOptions } from './emulator-pacer.ts';
import { EmulatorTransport } from './emulator-transport.ts';

export { EMULATED_REALISM };

export interface EmulatorOptions extends PacerOptions {
  kit: Kit;
  world: WorldSpec;
  /** Seed of the world's realism noise. Default 1. */
  seed?: number;
  /**
   * Default EMULATED_REALISM. 'ideal' gives motors without a dead band, for which
   * HardwareRobot's timed moves (made for real motors) go too far.
   */
  realism?: Realism;
  /** Start pose; default the world's start. */
  pose?: Pose;
  /** EEPROM contents (robot identity); default erased. */
  eeprom?: Uint8Array;
}

export class Emulator {
  readonly world: World;
  readonly robot: EmulatedRobot;
  readonly clock = new EmulatorClock();
  readonly pacer: EmulatorPacer;

  constructor(options: EmulatorOptions) {
    this.world = new World(options.world, {
      seed: options.seed ?? 1,
      realism: options.realism ?? EMULATED_REALISM,
    });
    this.robot = new EmulatedRobot({
      kit: options.kit,
      world: this.world,
      ...(options.pose ? { pose: options.pose } : {}),
      ...(options.eeprom ? { eeprom: options.eeprom } : {}),
    });
    this.pacer = new EmulatorPacer(this.robot, this.clock, options);
  }

  /**
   * A serial line to the board; opening it starts the pacer and (unless `resetOnOpen` is
   * false) resets the MCU, as opening a real Uno's port does.
   */
  transport(options: { description?: string; resetOnOpen?: boolean } = {}): EmulatorTransport {
    return new EmulatorTransport(
      this.robot,
      this.pacer,
      options.description,
      options.resetOnOpen ?? true,
    );
  }

  /** Stops the emulation (the pacer) and detaches the peripherals. */
  stop(): void {
    this.pacer.stop();
    this.robot.dispose();
  }
}
