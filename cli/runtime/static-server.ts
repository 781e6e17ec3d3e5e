// The web server of `mekong start`: serves a folder (the built web app) over plain HTTP.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

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

/** The Content-Type of `file`, from its extension. */
export function mimeType(file: string): string {
  return MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
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
        // A browser's keep-alive connection or a half-sent request would keep close()
        // waiting: every open connection is ended with it.
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
