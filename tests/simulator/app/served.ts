import { existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { StaticServer } from '../../../cli/runtime/static-server.ts';

/**
 * What a first visit may download before the arena's first frame, gzip (issue 12: school
 * connections are slow). tests/simulator/app/first-load.e2e.test.ts holds the app to it;
 * `npm run bench` prints where it stands.
 */
export const FIRST_FRAME_BUDGET_KB = 450;

/** One answer of the app's server, as it went out. */
export interface Served {
  /** The path asked for, without the query. */
  path: string;
  /** Wall ms (Date.now()) when the request came in. */
  at: number;
  /** Body bytes sent (Content-Length), as encoded. */
  bytes: number;
  encoding: string | undefined;
}

/** A violation report of the Content-Security-Policy, from a page, a worker or the service worker. */
export interface CspReport {
  'document-uri': string;
  'violated-directive': string;
  'blocked-uri': string;
}

const REPORT_PATH = '/__csp-report';

export interface ServerWatch {
  served: Served[];
  reports: CspReport[];
  /** Holds back every request whose path matches `pattern` until the returned function is called. */
  hold(pattern: RegExp): () => void;
}

/**
 * Watches `server` (the static server of `mekong start`, as the tests run it): what it sent,
 * and the policy violations browsers report to it. For the reports, each policy it sends
 * gets a `report-uri` it answers; the policy is otherwise the server's own.
 */
export function watchServer(server: StaticServer): ServerWatch {
  const served: Served[] = [];
  const reports: CspReport[] = [];
  const holds: { pattern: RegExp; released: Promise<void> }[] = [];
  const handlers = server.server.listeners('request') as ((
    req: IncomingMessage,
    res: ServerResponse,
  ) => void)[];
  server.server.removeAllListeners('request');
  server.server.on('request', async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (req.method === 'POST' && path === REPORT_PATH) {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString()) as { 'csp-report': CspReport };
        reports.push(body['csp-report']);
        res.writeHead(204).end();
      });
      return;
    }
    const at = Date.now();
    res.on('finish', () => {
      const encoding = res.getHeader('content-encoding');
      served.push({
        path,
        at,
        bytes: Number(res.getHeader('content-length') ?? 0),
        encoding: typeof encoding === 'string' ? encoding : undefined,
      });
    });
    const setHeader = res.setHeader.bind(res);
    res.setHeader = (name: string, value: number | string | readonly string[]) =>
      setHeader(
        name,
        name.toLowerCase() === 'content-security-policy'
          ? `${String(value)}; report-uri ${REPORT_PATH}`
          : value,
      );
    for (const hold of holds) if (hold.pattern.test(path)) await hold.released;
    for (const handler of handlers) handler(req, res);
  });
  return {
    served,
    reports,
    hold(pattern) {
      let release: () => void = () => undefined;
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      holds.push({ pattern, released });
      return release;
    },
  };
}

/** Wall ms (Date.now() scale) when the page drew its first frame. */
export function firstFrameWallMs(page: Page): Promise<number> {
  return page.evaluate(async () => {
    await window.__mekong.ready;
    return performance.timeOrigin + (window.__mekong.firstFrameAt() ?? performance.now());
  });
}

/** The file of a built app folder that answers request path `path` ('/' is index.html). */
export function builtFile(dir: string, path: string): string {
  return join(dir, path === '/' ? 'index.html' : path.replace(/^\//, ''));
}

/**
 * Bytes of `path` (a file of the built app `dir`) compressed as gzip: its .gz copy from the
 * build, or the file itself where the build made none (fonts, tiny files).
 */
export function gzipBytes(dir: string, path: string): number {
  const file = builtFile(dir, path);
  const gz = `${file}.gz`;
  return statSync(existsSync(gz) ? gz : file).size;
}
