import { wallClock } from '../../firmware-bridge/bridge/clock.ts';
import { type ProbeResult, probe } from '../../firmware-bridge/doctor/probe.ts';
import { type RobotPort, robotPorts } from '../../firmware-bridge/transport/ports.ts';
import {
  listSerialPorts,
  type SerialPortInfo,
  SerialTransport,
} from '../../firmware-bridge/transport/serial-transport.ts';
import type { Transport } from '../../firmware-bridge/transport/transport.ts';
import { errorText, fill, localize } from '../../robot/index.ts';
import { type CliIo, EXIT } from '../io.ts';
import { LIST_WORDS } from '../texts/verb-words.ts';
import type { ListOptions } from '../verbs.ts';

const TEXT = LIST_WORDS.texts;

/** What `list` uses from the outside world; tests pass their own. */
export interface ListDeps {
  listPorts: () => Promise<SerialPortInfo[]>;
  open: (path: string) => Transport;
}

const SYSTEM: ListDeps = { listPorts: listSerialPorts, open: (path) => new SerialTransport(path) };

/** `mekong list [--json] [--probe]`: USB serial ports, a board guess each, and with --probe who answers. */
export async function listCommand(
  options: ListOptions,
  io: CliIo,
  now: () => number,
  deps: ListDeps = SYSTEM,
): Promise<number> {
  const ports = robotPorts(await deps.listPorts());
  const { lang } = options;
  // The board guess is shown, and printed in --json, in --lang.
  const rows: (Omit<RobotPort, 'guess'> & { guess: string; probe?: ProbeResult })[] = [];
  for (const port of ports) {
    const guess = localize('{guess}', { guess: port.guess }, lang);
    const row: (typeof rows)[number] = { ...port, guess };
    if (options.probe) row.probe = await probe(deps.open(port.path), wallClock(now));
    rows.push(row);
  }
  const problemText = (problem: NonNullable<ProbeResult['problem']>) =>
    errorText(problem.code, problem.params, lang).message;
  if (options.json) {
    // A probe problem keeps its code and params and adds its message in --lang.
    const json = rows.map((row) =>
      row.probe?.problem
        ? {
            ...row,
            probe: {
              ...row.probe,
              problem: { ...row.probe.problem, message: problemText(row.probe.problem) },
            },
          }
        : row,
    );
    io.stdout.write(`${JSON.stringify(json)}\n`);
    return EXIT.ok;
  }
  if (rows.length === 0) io.stdout.write(`${TEXT.none[lang]}\n`);
  for (const row of rows) {
    const ids = row.vendorId ? ` [${row.vendorId}:${row.productId ?? '?'}]` : '';
    io.stdout.write(`${row.path}  ${row.guess}${ids}\n`);
    const p = row.probe;
    if (!p) continue;
    const who = p.problem ? problemText(p.problem) : (p.firmware ?? TEXT.noFirmata[lang]);
    const name = p.identity
      ? fill(TEXT[p.identity.kitId ? 'named' : 'namedNoKit'][lang], {
          name: p.identity.name,
          kit: p.identity.kitId,
        })
      : p.firmware
        ? TEXT.noName[lang]
        : '';
    io.stdout.write(`    ${who}${name ? ` · ${name}` : ''}\n`);
  }
  return EXIT.ok;
}
