/** What flashing needs from a bootloader protocol (STK500v1, STK500v2). */
export interface Programmer {
  /** Gets in step with the bootloader; false when it does not answer. */
  sync(): Promise<boolean>;
  /** Enters programming mode (after sync). */
  enter(): Promise<void>;
  /** Device signature bytes 0..2. */
  readSignature(): Promise<number[]>;
  /** Writes one flash page; `address` in bytes, a multiple of the page size. */
  writePage(address: number, data: Uint8Array): Promise<void>;
  /** Reads `length` bytes of flash from byte `address`. */
  readPage(address: number, length: number): Promise<Uint8Array>;
  /** Leaves programming mode: the bootloader starts the application. */
  leave(): Promise<void>;
}

/**
 * The bootloader stopped answering as the protocol says (a timeout, a wrong reply byte)
 * even after re-syncing.
 */
export class ProtocolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProtocolError';
  }
}

/** A reply went wrong in a way that re-syncing and repeating the command may fix. */
export class OutOfSync extends Error {}

/**
 * Runs `step`, repeating it up to `retries` times when the bootloader falls out of step.
 * `beforeRetry` runs before each repeat (e.g. a re-sync) and returns false to give up.
 */
export async function retryOutOfSync<T>(
  retries: number,
  step: () => Promise<T>,
  beforeRetry: () => Promise<boolean>,
): Promise<T> {
  let problem = '';
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0 && !(await beforeRetry())) break;
    try {
      return await step();
    } catch (error) {
      if (!(error instanceof OutOfSync)) throw error;
      problem = error.message;
    }
  }
  throw new ProtocolError(`the bootloader stopped answering (${problem})`);
}

/** Hex bytes for messages: "14 10". */
export function hexBytes(bytes: readonly number[]): string {
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join(' ');
}

/** How hard a programmer tries; the same knobs for both bootloader protocols. */
export interface ProgrammerTiming {
  /** Sync (GET_SYNC / SIGN_ON) attempts before giving up. Default 10. */
  syncAttempts: number;
  /** How long to wait for the answer to one sync attempt, ms. Default 200. */
  syncTimeoutMs: number;
  /** How long to wait for any other reply, ms (a page write takes ~5 ms plus the bytes). Default 1000. */
  replyTimeoutMs: number;
  /** Re-syncs and repeats of a command whose reply went wrong. Default 3. */
  retries: number;
}

/** `options` with the defaults filled in. */
export function programmerTiming(options: Partial<ProgrammerTiming>): ProgrammerTiming {
  return {
    syncAttempts: options.syncAttempts ?? 10,
    syncTimeoutMs: options.syncTimeoutMs ?? 200,
    replyTimeoutMs: options.replyTimeoutMs ?? 1000,
    retries: options.retries ?? 3,
  };
}
