import type { Kit } from '../../../robot/kits/kit-schema.ts';
import type { WorldSnapshot } from '../../render/snapshot.ts';
import type { Pose, WorldSpec } from '../../world/world-schema.ts';

/**
 * Messages between the page and the emulator worker (emulator-worker.ts): our firmware's
 * hex in avr8js with the kit's parts on its pins, in a world of its own.
 *
 * Time: with `lockstep`, the worker never runs past the time the page has granted, and
 * every byte the page writes is stamped with that time and reaches the firmware exactly
 * then. The page's clock (granted-clock.ts) reads the granted time, so a timed move that
 * starts and ends on it lasts exactly its planned emulated ms, however late messages
 * arrive; this is what the CLI gets from running host and emulator on one thread. Without
 * `lockstep` the board runs on real time like a real one (the page then uses the wall clock).
 */
export type ToEmulator =
  | {
      type: 'start';
      kit: Kit;
      world: WorldSpec;
      seed: number;
      pose?: Pose;
      /** The name and kit stored in the board's EEPROM; erased when absent. */
      identity?: { name: string; kitId: string };
      /**
       * Intel HEX of a bootloader (optiboot, Uno only) on a board with no firmware yet:
       * the page can flash it as it flashes a real one.
       */
      bootloader?: string;
      lockstep: boolean;
    }
  /**
   * The host opened the port at `baud`: the MCU resets (as an Uno does on DTR) and the line
   * is live; bytes at another speed than the MCU's arrive garbled, both ways.
   */
  | { type: 'open'; baud: number }
  /** The host closed the port or the cable came out: the board runs on without a host. */
  | { type: 'close' }
  /** Host bytes, delivered at emulated ms `at` (or at once when that has passed). */
  | { type: 'write'; bytes: Uint8Array; at: number }
  /** The board may run until emulated ms `until` (lockstep only). */
  | { type: 'grant'; until: number };

export type FromEmulator =
  /**
   * Emulated ms now, and the bytes the firmware sent since the last message. Sent when
   * there are bytes, when the granted time is reached, and about every frame otherwise.
   */
  | { type: 'slice'; ms: number; bytes: Uint8Array | null; snapshot: WorldSnapshot | null }
  | { type: 'failed'; message: string };
