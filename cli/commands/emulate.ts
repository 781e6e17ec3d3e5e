import { Emulator } from '../../firmware-bridge/emulator/emulator.ts';
import { serveEmulator, socatRecipe } from '../../firmware-bridge/emulator/tcp-server.ts';
import { fill, MekongError, phrase } from '../../robot/index.ts';
import { DEFAULT_LISTEN } from '../defaults.ts';
import { type CliIo, EXIT, intOption, loadKit, loadWorld } from '../io.ts';
import type { EmulateOptions } from '../verbs.ts';
import '../../firmware-bridge/texts/index.ts';
import '../texts/cli-phrases.ts';
import { EMULATE_WORDS } from '../texts/verb-words.ts';

const TEXT = EMULATE_WORDS.texts;

/** "host:port" → parts; BAD_OPTION otherwise. */
export function parseListen(value: string): { host: string; port: number } {
  const match = /^(.+):(\d+)$/.exec(value);
  if (!match) {
    throw new MekongError('BAD_OPTION', {
      option: '--listen',
      value,
      expected: phrase('listenAddress', { example: DEFAULT_LISTEN }),
    });
  }
  return { host: match[1] as string, port: intOption('--listen', match[2] as string, 0, 65535) };
}

/**
 * `mekong emulate [--kit <id>] [--world <file>] --listen 127.0.0.1:<port>`: serves an
 * emulated board's serial line over TCP until `signal` aborts (or Ctrl+C).
 */
export async function emulateCommand(
  options: EmulateOptions,
  io: CliIo,
  now: () => number,
  signal?: AbortSignal,
): Promise<number> {
  const { lang, seed, realism } = options;
  const { host, port } = parseListen(options.listen);
  const [kit, world] = await Promise.all([loadKit(options.kit), loadWorld(options.world)]);
  const emulator = new Emulator({ kit, world, seed, realism, now });
  const server = await serveEmulator(emulator, { host, port }).catch((error: Error) => {
    emulator.stop();
    throw new MekongError('PORT_UNAVAILABLE', {
      port: `tcp://${host}:${port}`,
      detail: error.message,
    });
  });
  const params = {
    kit: kit.id,
    board: kit.board,
    host: server.host,
    port: server.port,
    recipe: socatRecipe(server.host, server.port),
  };
  io.stdout.write(`${fill(TEXT.serving[lang], params)}\n${fill(TEXT.howTo[lang], params)}\n`);
  if (!/^(127\.|localhost$|::1$)/.test(host))
    io.stderr.write(`${fill(TEXT.notLoopback[lang], { host })}\n`);
  await new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    signal?.addEventListener('abort', () => resolve(), { once: true });
    if (!signal) {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    }
  });
  // The emulation first: it is what keeps the CPU busy.
  emulator.stop();
  await server.close();
  return EXIT.ok;
}
