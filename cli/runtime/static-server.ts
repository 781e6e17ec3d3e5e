// The web server of `mekong start`, on Fastify: serves a folder (the built web app) over
// plain HTTP, compressed (the build's .br and .gz copies, else gzip made on the fly) and with
// a strict Content-Security-Policy (security.ts) on every answer. The classroom hub adds its
// routes (/api, /teacher) to the same server through `extend`.
import { createReadStream, existsSync, type Stats, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
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
  /** The Fastify instance (routes added by `extend` live here). */
  app: FastifyInstance;
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

/** The file of `root` a request path names, or its status when there is none to serve. */
function fileFor(base: string, rawUrl: string): string | 403 | 400 | 404 {
  let path: string;
  try {
    path = decodeURIComponent(new URL(rawUrl, 'http://x').pathname);
  } catch {
    return 400;
  }
  let file = resolve(base, `.${normalize(`/${path}`)}`);
  if (file !== base && !file.startsWith(base + sep)) return 403;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file) || !statSync(file).isFile()) return 404;
  return file;
}

/**
 * A Fastify handler serving the folder `root`: right MIME types (.wasm, .webmanifest); text
 * compressed as the browser accepts (Accept-Encoding): the build's .br or .gz copy, else
 * gzip made here and kept, else as it is; no caching for the page and its service worker so
 * updates arrive, long caching for the hashed assets; each page with a nonce of its own.
 * Never serves anything outside `root`.
 */
export function staticHandler(root: string) {
  const base = resolve(root);
  const gzipped = new Map<string, { mtimeMs: number; body: Buffer }>();
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const head = req.method === 'HEAD';
    const found = fileFor(base, req.raw.url ?? '/');
    if (found === 404) {
      return reply.code(404).type('text/plain; charset=utf-8').send('Not found\n');
    }
    if (typeof found === 'number') return reply.code(found).send();
    const file = found;
    const stat = statSync(file);
    const immutable = file.includes(`${sep}assets${sep}`);
    reply.header('Content-Type', mimeType(file));
    reply.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    reply.header('Last-Modified', stat.mtime.toUTCString());
    const send = (body: Buffer, encoding?: string) => {
      reply.header('Content-Length', body.length);
      if (encoding) reply.header('Content-Encoding', encoding);
      return reply.send(head ? undefined : body);
    };
    const compressible = isCompressible(file);
    // Caches between here and the browser must keep one copy per encoding.
    if (compressible) reply.header('Vary', 'Accept-Encoding');
    const encodings = compressible ? acceptedEncodings(req.headers['accept-encoding']) : [];
    if (extname(file).toLowerCase() === '.html') {
      // A page: its nonce is made for this answer, so it is never served precompressed.
      const nonce = newNonce();
      reply.header('Content-Security-Policy', contentSecurityPolicy(nonce));
      const page = Buffer.from(
        (await readFile(file, 'utf8')).replaceAll(CSP_NONCE_PLACEHOLDER, nonce),
      );
      const encoding = encodings[0];
      return send(encoding ? await compress(page, encoding) : page, encoding);
    }
    for (const encoding of encodings) {
      const copy = precompressed(file, stat, encoding);
      if (!copy) continue;
      reply.header('Content-Length', copy.copyStat.size).header('Content-Encoding', encoding);
      return reply.send(head ? undefined : createReadStream(copy.copy));
    }
    if (encodings.includes('gzip')) {
      let cached = gzipped.get(file);
      if (!cached || cached.mtimeMs !== stat.mtimeMs) {
        cached = { mtimeMs: stat.mtimeMs, body: await compress(await readFile(file), 'gzip') };
        gzipped.set(file, cached);
      }
      return send(cached.body, 'gzip');
    }
    reply.header('Content-Length', stat.size);
    return reply.send(head ? undefined : createReadStream(file));
  };
}

export interface ServeOptions {
  port: number;
  host: string;
  /** Adds routes (the classroom hub's) before the server listens. */
  extend?: (app: FastifyInstance) => Promise<void> | void;
  /** Largest request body, bytes. Default Fastify's (1 MiB). */
  bodyLimit?: number;
}

/**
 * Serves the folder `root` (staticHandler) over plain HTTP, with the security headers
 * (security.ts) on every answer, GET and HEAD only for files (405 otherwise).
 */
export async function serveStatic(root: string, options: ServeOptions): Promise<StaticServer> {
  const app = Fastify({
    exposeHeadRoutes: false,
    // The hub's routes answer bad input themselves; the URL is decoded by staticHandler.
    ...(options.bodyLimit ? { bodyLimit: options.bodyLimit } : {}),
  });
  app.addHook('onRequest', async (_req, reply) => {
    // On the Node response itself: Fastify then merges its own headers into it, and what
    // watches a response (tests/simulator/app/served.ts) sees every header through setHeader.
    for (const [name, value] of Object.entries(securityHeaders())) reply.raw.setHeader(name, value);
  });
  await options.extend?.(app);
  const files = staticHandler(root);
  app.route({ method: ['GET', 'HEAD'], url: '/*', handler: files });
  app.setNotFoundHandler((req, reply) => {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return reply.code(405).header('Allow', 'GET, HEAD').send();
    return files(req, reply);
  });
  await app.listen({ port: options.port, host: options.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shown =
    options.host === '0.0.0.0' || options.host === '127.0.0.1' ? 'localhost' : options.host;
  return {
    server: app.server,
    app,
    port,
    host: options.host,
    url: `http://${shown}:${port}/`,
    // A browser's keep-alive connection or a half-sent request would keep close()
    // waiting: every open connection is ended with it.
    close: async () => {
      app.server.closeAllConnections();
      await app.close();
    },
  };
}
