import { networkInterfaces } from 'node:os';
import type { FastifyInstance } from 'fastify';
import { fill, MekongError, phrase } from '../../robot/index.ts';
import { DEFAULT_START_PORT, START_PORT_TRIES } from '../defaults.ts';
import { type CliIo, EXIT } from '../io.ts';
import { type StaticServer, serveStatic } from '../runtime/static-server.ts';
import { APP_DIR, ensureAppBuilt } from '../runtime/web-app.ts';
import { untilStopped } from '../shared/until-stopped.ts';
import type { StartOptions } from '../verbs.ts';
import '../texts/cli-phrases.ts';
import { START_WORDS } from '../texts/verb-words.ts';

const TEXT = START_WORDS.texts;

/** IPv4 addresses of this computer on its networks (what students type), e.g. 192.168.1.10. */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((a) => a.family === 'IPv4' && !a.internal)
    .map((a) => a.address);
}

/** What `mekong start` serves: a folder, made ready first. */
export interface Site {
  dir: string;
  /** Makes `dir` ready to serve (builds it when needed), calling `onBuild` before a build. */
  prepare(onBuild: () => void): Promise<unknown>;
}

/** The web app, built when it is missing or stale. */
const WEB_APP: Site = { dir: APP_DIR, prepare: (onBuild) => ensureAppBuilt({ onBuild }) };

/**
 * Serves `dir` on port `asked`, or, when none was asked for, on the first free one from
 * DEFAULT_START_PORT.
 */
async function listen(
  dir: string,
  asked: number | undefined,
  lanToo: boolean,
  extend?: (app: FastifyInstance) => Promise<void>,
): Promise<StaticServer> {
  const host = lanToo ? '0.0.0.0' : '127.0.0.1';
  const tries = asked === undefined ? START_PORT_TRIES : 1;
  const first = asked ?? DEFAULT_START_PORT;
  for (let i = 0; ; i++) {
    try {
      return await serveStatic(dir, { port: first + i, host, ...(extend ? { extend } : {}) });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if ((code !== 'EADDRINUSE' && code !== 'EACCES') || i + 1 >= tries) {
        throw new MekongError('BAD_OPTION', {
          option: '--port',
          value: String(first + i),
          expected: phrase('freePort', {
            why: code === 'EADDRINUSE' ? phrase('portInUse') : String(code),
            next: first + i + 1,
          }),
        });
      }
    }
  }
}

/**
 * `mekong start [--port <n>] [--host] [--data <dir>]`: builds the app if needed, serves
 * dist/app and prints where to open it; with --host also the addresses students on the LAN
 * open. With --host or --data it runs the classroom hub too (cli/hub): its database (the
 * embedded one in the data folder, or DATABASE_URL's server), its API and grading, and on
 * first start prints the teacher PIN. Runs until SIGINT (Ctrl+C) or SIGTERM, then closes
 * every open connection and returns.
 */
export async function startCommand(
  options: StartOptions,
  io: CliIo,
  site: Site = WEB_APP,
): Promise<number> {
  const say = (key: keyof typeof TEXT, params: Record<string, unknown> = {}) =>
    io.stdout.write(`${fill(TEXT[key][options.lang], params)}\n`);
  await site.prepare(() => say('building'));
  const hub = options.host || options.data ? await startHub(options.data) : undefined;
  const served = await listen(
    site.dir,
    options.port,
    options.host === true,
    hub && (await import('../hub/hub-routes.ts')).hubRoutes(hub),
  );
  say('ready', { url: served.url });
  if (hub) {
    hub.address = served.url;
    say('database', { where: hub.db.where });
    say('teacherPage', { url: `${served.url}teacher` });
    if (hub.newPin) say('newPin', { pin: hub.newPin });
  }
  if (options.host) {
    const addresses = lanAddresses();
    if (addresses.length === 0) say('noLan');
    for (const address of addresses) say('lan', { url: `http://${address}:${served.port}/` });
    const first = addresses[0];
    if (first) {
      const url = `http://${first}:${served.port}/`;
      if (hub) hub.address = url;
      say('qr', { url });
      const qrcode = await import('qrcode');
      io.stdout.write(await qrcode.toString(url, { type: 'terminal', small: true }));
    }
  }
  say('stopHint');
  await untilStopped();
  await served.close();
  await hub?.close();
  return EXIT.ok;
}

/** The classroom hub on the data folder `dataDir` (or DATABASE_URL's server), grading. */
async function startHub(dataDir: string | undefined) {
  const [{ openHubDatabase }, { openHub }, { loadLessons }] = await Promise.all([
    import('../hub/open-database.ts'),
    import('../hub/hub.ts'),
    import('../runtime/load-lessons.ts'),
  ]);
  const db = await openHubDatabase(dataDir);
  try {
    return await openHub({ db, lessons: await loadLessons() });
  } catch (error) {
    await db.close();
    throw error;
  }
}
