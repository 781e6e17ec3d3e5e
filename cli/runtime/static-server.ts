// The web server of `mekong start`: serves a folder (the built web app) over plain HTTP,
// compressed (the build's .br and .gz copies, else gzip made on the fly) and with a strict
// Content-Security-Policy (security.ts).
import { createReadStream, existsSync, type Stats, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { acceptedEncodings, compress, ENCODING_SUFFIX, isCompressible } from './compression.ts';
import {
  CSP_NONCE_PLACEHOLDER,
  contentSecurityPolicy,
  newNonce,
  securityHeaders,
} from './security.ts';

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

/** The precompressed copy of `file` in `encoding`, when there is one as new as the file. */
function precompressed(file: string, stat: Stats, encoding: keyof typeof ENCODING_SUFFIX) {
  const copy = `${file}${ENCODING_SUFFIX[encoding]}`;
  if (!existsSync(copy)) return undefined;
  const copyStat = statSync(copy);
  return copyStat.isFile() && copyStat.mtimeMs >= stat.mtimeMs ? { copy, copyStat } : undefined;
}

/**
 * Serves the folder `root` over plain HTTP: right MIME types (.wasm, .webmanifest); text
 * compressed as the browser accepts (Accept-Encoding): the build's .br or .gz copy, else
 * gzip made here and kept, else as it is; no caching for the page and its service worker so
 * updates arrive, long caching for the hashed assets; the security headers (security.ts) on
 * every answer, each page with a nonce of its own. Never serves anything outside `root`.
 */
export function serveStatic(
  root: string,
  options: { port: number; host: string },
): Promise<StaticServer> {
  const base = resolve(root);
  const gzipped = new Map<string, { mtimeMs: number; body: Buffer }>();
  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    for (const [name, value] of Object.entries(securityHeaders())) res.setHeader(name, value);
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
    const stat = statSync(file);
    const immutable = file.includes(`${sep}assets${sep}`);
    res.setHeader('Content-Type', mimeType(file));
    res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    res.setHeader('Last-Modified', stat.mtime.toUTCString());
    const send = (body: Buffer, encoding?: string) => {
      res.writeHead(200, {
        'Content-Length': body.length,
        ...(encoding ? { 'Content-Encoding': encoding } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const compressible = isCompressible(file);
    // Caches between here and the browser must keep one copy per encoding.
    if (compressible) res.setHeader('Vary', 'Accept-Encoding');
    const encodings = compressible ? acceptedEncodings(req.headers['accept-encoding']) : [];
    if (extname(file).toLowerCase() === '.html') {
      // A page: its nonce is made for this answer, so it is never served precompressed.
      const nonce = newNonce();
      res.setHeader('Content-Security-Policy', contentSecurityPolicy(nonce));
      const page = Buffer.from(
        (await readFile(file, 'utf8')).replaceAll(CSP_NONCE_PLACEHOLDER, nonce),
      );
      const encoding = encodings[0];
      send(encoding ? await compress(page, encoding) : page, encoding);
      return;
    }
    for (const encoding of encodings) {
      const found = precompressed(file, stat, encoding);
      if (!found) continue;
      res.writeHead(200, { 'Content-Length': found.copyStat.size, 'Content-Encoding': encoding });
      if (req.method === 'HEAD') res.end();
      else createReadStream(found.copy).pipe(res);
      return;
    }
    if (encodings.includes('gzip')) {
      let cached = gzipped.get(file);
      if (!cached || cached.mtimeMs !== stat.mtimeMs) {
        cached = { mtimeMs: stat.mtimeMs, body: await compress(await readFile(file), 'gzip') };
        gzipped.set(file, cached);
      }
      send(cached.body, 'gzip');
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
