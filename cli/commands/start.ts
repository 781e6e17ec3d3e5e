import { networkInterfaces } from 'node:os';
import { defineCatalog } from '../../robot/i18n/catalog.ts';
import { fill, type Lang, MekongError, phrase } from '../../robot/index.ts';
import { DEFAULT_START_PORT, START_PORT_TRIES } from '../defaults.ts';
import { type CliIo, EXIT } from '../io.ts';
import { type StaticServer, serveStatic } from '../runtime/static-server.ts';
import { APP_DIR, ensureAppBuilt } from '../runtime/web-app.ts';
import type { StartOptions } from '../verbs.ts';
import '../texts/cli-phrases.ts';

/*
 * This verb's words. Vietnamese and Lao written by the developers: they WANT REVIEW BY A
 * NATIVE TEACHER.
 */
const TEXT = {
  building: {
    en: 'Building the web app (first start or changed sources)…',
    vi: 'Đang tạo ứng dụng web (lần đầu hoặc mã nguồn đã thay đổi)…',
    lo: 'ກຳລັງສ້າງແອັບເວັບ (ເທື່ອທຳອິດ ຫຼື ແຫຼ່ງທີ່ມາປ່ຽນແປງ)…',
  },
  ready: {
    en: 'Mekong Robotics is ready: {url}',
    vi: 'Mekong Robotics đã sẵn sàng: {url}',
    lo: 'Mekong Robotics ພ້ອມແລ້ວ: {url}',
  },
  lan: {
    en: 'Students on this network can open: {url}',
    vi: 'Học sinh trong mạng này có thể mở: {url}',
    lo: 'ນັກຮຽນໃນເຄືອຂ່າຍນີ້ສາມາດເປີດ: {url}',
  },
  noLan: {
    en: 'No network address found: connect this computer to the classroom network.',
    vi: 'Không tìm thấy địa chỉ mạng: hãy kết nối máy này vào mạng của lớp.',
    lo: 'ບໍ່ພົບທີ່ຢູ່ເຄືອຂ່າຍ: ເຊື່ອມຕໍ່ຄອມພິວເຕີນີ້ເຂົ້າກັບເຄືອຂ່າຍຫ້ອງຮຽນ.',
  },
  stopHint: { en: 'Press Ctrl+C to stop.', vi: 'Nhấn Ctrl+C để dừng.', lo: 'ກົດ Ctrl+C ເພື່ອຢຸດ.' },
} as const satisfies Record<string, Record<Lang, string>>;

// This verb's words join the registry (tests/robot/i18n/catalogs.test.ts checks every language).
defineCatalog('cli start', TEXT);
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
): Promise<StaticServer> {
  const host = lanToo ? '0.0.0.0' : '127.0.0.1';
  const tries = asked === undefined ? START_PORT_TRIES : 1;
  const first = asked ?? DEFAULT_START_PORT;
  for (let i = 0; ; i++) {
    try {
      return await serveStatic(dir, { port: first + i, host });
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
 * `mekong start [--port <n>] [--host]`: builds the app if needed, serves dist/app and prints
 * where to open it; with --host also the addresses students on the LAN open. Runs until
 * SIGINT (Ctrl+C) or SIGTERM, then closes every open connection and returns.
 */
export async function startCommand(
  options: StartOptions,
  io: CliIo,
  site: Site = WEB_APP,
): Promise<number> {
  const say = (key: keyof typeof TEXT, params: Record<string, unknown> = {}) =>
    io.stdout.write(`${fill(TEXT[key][options.lang], params)}\n`);
  await site.prepare(() => say('building'));
  const served = await listen(site.dir, options.port, options.host === true);
  say('ready', { url: served.url });
  if (options.host) {
    const addresses = lanAddresses();
    if (addresses.length === 0) say('noLan');
    for (const address of addresses) say('lan', { url: `http://${address}:${served.port}/` });
  }
  say('stopHint');
  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await served.close();
  return EXIT.ok;
}
