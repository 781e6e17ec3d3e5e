import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { networkInterfaces } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { defineCatalog } from '../../robot/i18n/catalog.ts';
import { fill, type Lang, MekongError, phrase } from '../../robot/index.ts';
import { type CliIo, EXIT, intOption } from '../io.ts';
import '../texts/cli-phrases.ts';

/** The repository root (this file is cli/commands/start.ts). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Where `npm run build` puts the web app. */
export const APP_DIR = join(REPO_ROOT, 'dist', 'app');
/** Port tried first when none is given; the next ones are tried if it is taken. */
export const DEFAULT_PORT = 8080;
const PORT_TRIES = 10;

/** Folders and files whose changes make the built app stale. */
const SOURCES = ['simulator', 'robot', 'lessons', 'vite.config.ts', 'package.json'];

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

// This verb's words join the registry (tests/texts/catalogs.test.ts checks every language).
defineCatalog('cli start', TEXT);

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

/** Types worth compressing on the fly (fonts, images and WASM are compressed or small). */
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.map',
  '.webmanifest',
  '.svg',
  '.wasm',
  '.txt',
  '.md',
]);

export function mimeType(file: string): string {
  return MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry.name)));
  }
  return newest;
}

/** Whether `outDir` lacks a build or is older than any source of the app. */
export function appIsStale(outDir = APP_DIR, root = REPO_ROOT): boolean {
  const index = join(outDir, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return SOURCES.some((source) => newestMtime(join(root, source)) > built);
}

/**
 * Builds the app with Vite's JS API when it is missing or stale; returns whether it built.
 * Without Vite (an install without dev dependencies) an existing build is served as it is.
 */
export async function ensureAppBuilt(
  options: { outDir?: string; root?: string; onBuild?: () => void } = {},
): Promise<boolean> {
  const outDir = options.outDir ?? APP_DIR;
  const root = options.root ?? REPO_ROOT;
  if (!appIsStale(outDir, root)) return false;
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    if (existsSync(join(outDir, 'index.html'))) return false;
    throw new MekongError('FILE_UNREADABLE', {
      file: join(outDir, 'index.html'),
      detail: phrase('appNotBuilt'),
      format: phrase('appBuildFormat'),
    });
  }
  options.onBuild?.();
  // Vite takes "production" from NODE_ENV when it is set; under a test runner it says
  // "test", which would build without the service worker's registration.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await vite.build({
      configFile: join(root, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return true;
}

/** A running static server. */
export interface StaticServer {
  server: Server;
  port: number;
  /** The address it listens on ('127.0.0.1' or '0.0.0.0'). */
  host: string;
  /** http://localhost:<port>/ (or the only address when bound to one). */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the folder `root` over plain HTTP: right MIME types (.wasm, .webmanifest), gzip for
 * text, no caching for the page and its service worker so updates arrive, long caching for
 * the hashed assets. Never serves anything outside `root`.
 */
export function serveStatic(
  root: string,
  options: { port: number; host: string },
): Promise<StaticServer> {
  const base = resolve(root);
  const gzipped = new Map<string, { mtimeMs: number; body: Buffer }>();
  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = resolve(base, `.${normalize(`/${path}`)}`);
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    const ext = extname(file).toLowerCase();
    const stat = statSync(file);
    const immutable = file.includes(`${sep}assets${sep}`);
    res.setHeader('Content-Type', mimeType(file));
    res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    res.setHeader('Last-Modified', stat.mtime.toUTCString());
    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (acceptsGzip && COMPRESSIBLE.has(ext)) {
      let cached = gzipped.get(file);
      if (!cached || cached.mtimeMs !== stat.mtimeMs) {
        cached = { mtimeMs: stat.mtimeMs, body: gzipSync(await readFile(file)) };
        gzipped.set(file, cached);
      }
      res.writeHead(200, {
        'Content-Encoding': 'gzip',
        'Content-Length': cached.body.length,
        Vary: 'Accept-Encoding',
      });
      res.end(req.method === 'HEAD' ? undefined : cached.body);
      return;
    }
    res.writeHead(200, { 'Content-Length': stat.size });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  };
  const server = createServer((req, res) => {
    handler(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      const shown =
        options.host === '0.0.0.0' || options.host === '127.0.0.1' ? 'localhost' : options.host;
      resolvePromise({
        server,
        port,
        host: options.host,
        url: `http://${shown}:${port}/`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** IPv4 addresses of this computer on its networks (what students type), e.g. 192.168.1.10. */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((a) => a.family === 'IPv4' && !a.internal)
    .map((a) => a.address);
}

export interface StartOptions {
  port?: string;
  host?: boolean;
  lang: Lang;
}

/** Listens on port `asked`, or, when none was asked for, on the first free one from 8080. */
async function listen(asked: number | undefined, lanToo: boolean): Promise<StaticServer> {
  const host = lanToo ? '0.0.0.0' : '127.0.0.1';
  const tries = asked === undefined ? PORT_TRIES : 1;
  const first = asked ?? DEFAULT_PORT;
  for (let i = 0; ; i++) {
    try {
      return await serveStatic(APP_DIR, { port: first + i, host });
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
 * Ctrl+C (or `signal` aborts).
 */
export async function startCommand(
  options: StartOptions,
  io: CliIo,
  signal?: AbortSignal,
): Promise<number> {
  const say = (key: keyof typeof TEXT, params: Record<string, unknown> = {}) =>
    io.stdout.write(`${fill(TEXT[key][options.lang], params)}\n`);
  const port = options.port === undefined ? undefined : intOption('--port', options.port, 0, 65535);
  await ensureAppBuilt({ onBuild: () => say('building') });
  const served = await listen(port, options.host === true);
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
    signal?.addEventListener('abort', stop, { once: true });
  });
  await served.close();
  return EXIT.ok;
}
