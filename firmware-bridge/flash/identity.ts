/**
 * After flashing: checks over Firmata that the board runs our firmware, and stores the
 * robot's name and kit id in its EEPROM (sysex 05 IDENTITY_WRITE, answered like 06
 * IDENTITY_READ). Raw Firmata bytes, so it needs neither johnny-five nor firmata-io.
 */
import { MekongError, phrase } from '../../robot/index.ts';
import type { Clock } from '../bridge/clock.ts';
import {
  END_SYSEX,
  FirmataStreamParser,
  firmwareName,
  MEKONG_IDENTITY_READ,
  REPORT_FIRMWARE,
  START_SYSEX,
  sysex,
} from '../protocol/firmata-stream.ts';
import {
  decodeIdentity,
  identityReadMessage,
  identityWriteMessage,
  MEKONG_FIRMWARE_NAME,
  type RobotIdentity,
} from '../protocol/mekong-sysex.ts';
import type { Transport } from '../transport/transport.ts';
import '../texts/index.ts';

/** Ask again this often (just after a reset the bootloader, not the firmware, listens), ms. */
const ASK_EVERY_MS = 500;

export interface FirmwareCheck {
  /** "MekongFirmata 0.1". */
  readonly firmware: string;
  /** The identity now stored (after writing it, when one was given). */
  readonly identity: RobotIdentity | null;
}

/**
 * Waits for our firmware on the opened `transport`, then writes `identity` (when given)
 * and reads back what the board stored. Throws FLASH_NO_FIRMWARE_ANSWER after `timeoutMs`.
 */
export async function checkFirmwareAndIdentity(
  transport: Transport,
  port: string,
  clock: Clock,
  identity: RobotIdentity | null,
  timeoutMs = 6000,
): Promise<FirmwareCheck> {
  const parser = new FirmataStreamParser();
  let wake: (() => void) | null = null;
  const onData = (data: Buffer) => {
    for (const byte of data) parser.feed(byte);
    wake?.();
  };
  transport.on('data', onData);
  const deadline = clock.now() + timeoutMs;
  const waitFor = async (command: number, from: number, ask: number[]) => {
    let asked = Number.NEGATIVE_INFINITY;
    for (;;) {
      const found = parser.messages
        .slice(from)
        .find((m) => m.kind === 'sysex' && m.command === command);
      if (found?.kind === 'sysex') return found.data;
      if (clock.now() >= deadline || !transport.isOpen) return null;
      if (clock.now() - asked >= ASK_EVERY_MS) {
        transport.write(Buffer.from(ask));
        asked = clock.now();
      }
      await new Promise<void>((resolve) => {
        const cancel = clock.setTimer(Math.min(ASK_EVERY_MS, deadline - clock.now()), () => {
          wake = null;
          resolve();
        });
        wake = () => {
          cancel();
          wake = null;
          resolve();
        };
      });
    }
  };
  try {
    const fw = await waitFor(REPORT_FIRMWARE, 0, sysex(REPORT_FIRMWARE));
    const name = fw ? firmwareName(fw) : null;
    if (fw === null || name !== MEKONG_FIRMWARE_NAME) {
      throw new MekongError('FLASH_NO_FIRMWARE_ANSWER', {
        port,
        detail: name === null ? phrase('nothingIn', { ms: timeoutMs }) : phrase('itSays', { name }),
      });
    }
    const from = parser.messages.length;
    const request = identity
      ? [START_SYSEX, ...identityWriteMessage(identity), END_SYSEX]
      : [START_SYSEX, ...identityReadMessage(), END_SYSEX];
    const stored = await waitFor(MEKONG_IDENTITY_READ, from, request);
    if (stored === null) {
      throw new MekongError('FLASH_NO_FIRMWARE_ANSWER', {
        port,
        detail: phrase('noIdentityAnswer'),
      });
    }
    return {
      firmware: `${name} ${fw[0] ?? '?'}.${fw[1] ?? '?'}`,
      identity: decodeIdentity(stored),
    };
  } finally {
    transport.off('data', onData);
  }
}
