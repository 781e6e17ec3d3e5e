import { wallClock } from '../../firmware-bridge/bridge/clock.ts';
import { committedFirmware } from '../../firmware-bridge/flash/committed-firmware.ts';
import type { FlashProgress } from '../../firmware-bridge/flash/flash-board.ts';
import {
  checkIdentityField,
  choosePorts,
  type FlashRobotReport,
  type FlashSystem,
  flashRobot,
  robotNames,
} from '../../firmware-bridge/flash/flash-robot.ts';
import { portUser } from '../../firmware-bridge/flash/port-user.ts';
import { parseIntelHex } from '../../firmware-bridge/protocol/intel-hex.ts';
import {
  listSerialPorts,
  SerialTransport,
} from '../../firmware-bridge/transport/serial-transport.ts';
import {
  fill,
  getKit,
  isMekongError,
  type Lang,
  localize,
  MekongError,
} from '../../robot/index.ts';
import { type CliIo, EXIT, printError, readText } from '../io.ts';
import { FLASH_WORDS } from '../texts/verb-words.ts';
import type { FlashOptions } from '../verbs.ts';
import { overwriteLine } from '../visible-io.ts';

const TEXT = FLASH_WORDS.texts;

/** Real serial ports on the wall clock. */
export function serialFlashSystem(now: () => number): FlashSystem {
  return {
    listPorts: listSerialPorts,
    openPort: (path, baud) => new SerialTransport(path, baud),
    clock: wallClock(now),
    portUser: (path) => portUser(path),
  };
}

type BoardOutcome =
  | (FlashRobotReport & { ok: true; ms: number })
  | { ok: false; port: string; error: { code: string; message: string; suggestion: string } };

/**
 * `mekong flash [--port <path>] [--board <id>] [--name <name>] [--kit <id>] [--hex <file>]
 * [--all] [--json]`: our firmware onto each board, verified, then its name and kit.
 * Exit 0 when every board was flashed, 1 when one failed, 2 for bad options.
 */
export async function flashCommand(
  options: FlashOptions,
  io: CliIo,
  now: () => number,
  system: FlashSystem = serialFlashSystem(now),
): Promise<number> {
  const { lang, board } = options;
  if (options.kit !== undefined) {
    getKit(options.kit);
    checkIdentityField('--kit', options.kit);
  }
  const hex = options.hex === undefined ? undefined : await readHex(options.hex);
  const ports = await choosePorts(system, {
    ...(options.port !== undefined ? { port: options.port } : {}),
    ...(options.all ? { all: true } : {}),
  });
  const names = robotNames(ports.length, options.name);
  const progress = progressPrinter(io, lang);

  const outcomes: BoardOutcome[] = [];
  for (const [index, port] of ports.entries()) {
    if (!options.json) {
      const start = localize(TEXT.start[lang], { port: port.path, guess: port.guess }, lang);
      io.stderr.write(`${start}\n`);
    }
    const started = now();
    try {
      const report = await flashRobot(port.path, system, {
        ...(board !== undefined ? { board } : {}),
        ...(hex !== undefined ? { hex } : {}),
        name: names[index] ?? null,
        kitId: options.kit ?? null,
        firmwareHex: committedFirmware,
        onFound: (found, baud) => {
          if (!options.json) io.stderr.write(`${fill(TEXT.found[lang], { ...found, baud })}\n`);
        },
        ...(options.json ? {} : { onProgress: progress }),
      });
      const ms = Math.round(now() - started);
      outcomes.push({ ...report, ok: true, ms });
      if (!options.json) {
        io.stdout.write(
          `${port.path}${fill(TEXT.done[lang], {
            chip: report.flash.chip,
            bytes: report.flash.bytes,
            seconds: (ms / 1000).toFixed(1),
            name: report.identity?.name ?? '?',
            kit: report.identity?.kitId ?? '?',
          })}\n`,
        );
      }
    } catch (error) {
      progress.end();
      if (!isMekongError(error)) throw error;
      const text = error.text(lang);
      outcomes.push({ ok: false, port: port.path, error: { code: error.code, ...text } });
      if (!options.json) printError(io, error, lang);
    }
  }
  const ok = outcomes.filter((o) => o.ok).length;
  if (options.json) {
    io.stdout.write(`${JSON.stringify({ ok: ok === outcomes.length, boards: outcomes })}\n`);
  } else if (outcomes.length > 1) {
    io.stdout.write(`${FLASH_WORDS.say('summary', lang, { ok, total: outcomes.length })}\n`);
  }
  return ok === outcomes.length ? EXIT.ok : EXIT.programFailed;
}

/** The --hex file, checked to be Intel HEX before any board is touched. */
async function readHex(file: string): Promise<string> {
  const text = await readText(file, 'Intel HEX');
  try {
    parseIntelHex(text, 0x40000);
  } catch (error) {
    throw new MekongError('FILE_UNREADABLE', {
      file,
      detail: (error as Error).message,
      format: 'Intel HEX',
    });
  }
  return text;
}

const BAR_WIDTH = 30;

/**
 * Progress on stderr: a bar redrawn in place on a terminal; otherwise a plain line at the
 * start, each quarter and the end of each phase (logs and pipes get no carriage returns).
 */
function progressPrinter(io: CliIo, lang: Lang): ((p: FlashProgress) => void) & { end(): void } {
  let open = false;
  let lastQuarter = -1;
  const print = (p: FlashProgress) => {
    const label = TEXT[p.phase][lang];
    const fraction = p.total === 0 ? 1 : p.done / p.total;
    const percent = Math.round(fraction * 100);
    if (io.stderr.isTTY) {
      const filled = Math.round(fraction * BAR_WIDTH);
      const bar = `${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}`;
      overwriteLine(io.stderr, `  ${label.padEnd(14)} [${bar}] ${String(percent).padStart(3)}%`);
      open = true;
      if (p.done === p.total) {
        io.stderr.write('\n');
        open = false;
      }
      return;
    }
    const quarter = Math.floor(fraction * 4);
    if (p.done === 0) lastQuarter = -1;
    if (quarter === lastQuarter) return;
    lastQuarter = quarter;
    io.stderr.write(`  ${label} ${p.done}/${p.total} (${percent}%)\n`);
  };
  return Object.assign(print, {
    end() {
      if (open) io.stderr.write('\n');
      open = false;
    },
  });
}
