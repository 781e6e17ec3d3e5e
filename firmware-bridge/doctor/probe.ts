/**
 * Asks whatever is on a port who it is, without johnny-five: the firmware's name and
 * version (any Firmata), and the robot's identity (our firmware only). Quick and
 * read-only, for `mekong list --probe`.
 */
import { type CodedText, type ErrorCode, isMekongError } from '../../robot/index.ts';
import { type Clock, sleep } from '../bridge/clock.ts';
import {
  FirmataStreamParser,
  firmwareName,
  MEKONG_IDENTITY_READ,
  REPORT_FIRMWARE,
  REPORT_VERSION,
  sysex,
} from '../protocol/firmata-stream.ts';
import {
  decodeIdentity,
  identityReadMessage,
  type RobotIdentity,
} from '../protocol/mekong-sysex.ts';
import type { Transport } from '../transport/transport.ts';
import '../texts/index.ts';

export interface ProbeResult {
  /** Firmware name and version, e.g. "MekongFirmata 0.1"; null when nothing Firmata answered. */
  firmware: string | null;
  identity: RobotIdentity | null;
  /** Why nothing was learned (the port could not be opened, ...), as an ERROR_MESSAGES code. */
  problem: CodedText<ErrorCode> | null;
}

/** How often to ask again (a real Uno is still in its bootloader just after the port opens), ms. */
const ASK_EVERY_MS = 700;

export async function probe(
  transport: Transport,
  clock: Clock,
  timeoutMs = 2500,
): Promise<ProbeResult> {
  const parser = new FirmataStreamParser();
  transport.on('data', (data: Buffer) => {
    for (const byte of data) parser.feed(byte);
  });
  try {
    await transport.open();
  } catch (error) {
    const problem = isMekongError(error)
      ? { code: error.code, params: error.params }
      : {
          code: 'PORT_UNAVAILABLE' as const,
          params: {
            port: transport.description,
            detail: error instanceof Error ? error.message : String(error),
          },
        };
    return { firmware: null, identity: null, problem };
  }
  const ask = () =>
    transport.write(
      Buffer.from([
        REPORT_VERSION,
        ...sysex(REPORT_FIRMWARE),
        0xf0,
        ...identityReadMessage(),
        0xf7,
      ]),
    );
  const find = (command: number) =>
    parser.messages.find((m) => m.kind === 'sysex' && m.command === command);
  const end = clock.now() + timeoutMs;
  let firmware: string | null = null;
  let identity: RobotIdentity | null = null;
  let asked = Number.NEGATIVE_INFINITY;
  while (clock.now() < end && transport.isOpen) {
    if (clock.now() - asked >= ASK_EVERY_MS) {
      ask();
      asked = clock.now();
    }
    await sleep(clock, 20);
    const fw = find(REPORT_FIRMWARE);
    if (fw?.kind === 'sysex' && firmware === null) {
      firmware = `${firmwareName(fw.data)} ${fw.data[0] ?? '?'}.${fw.data[1] ?? '?'}`;
    }
    const id = find(MEKONG_IDENTITY_READ);
    if (id?.kind === 'sysex') identity = decodeIdentity(id.data);
    if (firmware !== null && (id || !firmware.startsWith('MekongFirmata'))) break;
  }
  await transport.close();
  return { firmware, identity, problem: null };
}
