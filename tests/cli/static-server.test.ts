import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from '../../cli/runtime/static-server.ts';
import { appIsStale } from '../../cli/runtime/web-app.ts';

/** A raw GET (fetch would normalise "/../" away before it reaches the server). */
function get(url: string, path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: Buffer;
  }>((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const req = request({ hostname, port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the static server of `mekong start`', () => {
  let root: string;
  let server: StaticServer;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'mekong-static-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Mekong</title>');
    writeFileSync(join(root, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    writeFileSync(join(root, 'manifest.webmanifest'), '{"name":"Mekong"}');
    writeFileSync(
      join(root, 'assets', 'quickjs-abc.wasm'),
      Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]),
    );
    writeFileSync(
      join(root, 'assets', 'index-abc.js'),
      `console.log(${JSON.stringify('x'.repeat(2000))});`,
    );
    writeFileSync(join(root, 'assets', 'font-abc.woff2'), Buffer.alloc(64, 7));
    server = await serveStatic(root, { port: 0, host: '127.0.0.1' });
  });

  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('answers on the port it prints', () => {
    expect(server.url).toBe(`http://localhost:${server.port}/`);
    expect(server.port).toBeGreaterThan(0);
  });

  it('sends the right MIME types, including .wasm and .webmanifest', async () => {
    const cases: [string, string][] = [
      ['/', 'text/html; charset=utf-8'],
      ['/sw.js', 'text/javascript; charset=utf-8'],
      ['/manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
      ['/assets/quickjs-abc.wasm', 'application/wasm'],
      ['/assets/font-abc.woff2', 'font/woff2'],
    ];
    for (const [path, type] of cases) {
      const res = await get(server.url, path);
      expect(res.status, path).toBe(200);
      expect(res.headers['content-type'], path).toBe(type);
    }
    const wasm = await get(server.url, '/assets/quickjs-abc.wasm');
    expect([...wasm.body.subarray(0, 4)]).toEqual([0, 0x61, 0x73, 0x6d]);
  });

  it('lets updates through (no cache on the page and its service worker) and caches hashed assets', async () => {
    expect((await get(server.url, '/sw.js')).headers['cache-control']).toBe('no-cache');
    expect((await get(server.url, '/index.html')).headers['cache-control']).toBe('no-cache');
    expect((await get(server.url, '/assets/index-abc.js')).headers['cache-control']).toContain(
      'immutable',
    );
  });

  it('compresses text for browsers that accept gzip', async () => {
    const res = await get(server.url, '/assets/index-abc.js', { 'accept-encoding': 'gzip, br' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.body.length).toBeLessThan(200);
    expect(gunzipSync(res.body).toString()).toContain('xxxx');
    const head = await get(server.url, '/assets/index-abc.js', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it('never serves files outside its folder, and says 404 / 405 plainly', async () => {
    for (const path of [
      '/../package.json',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/assets/../../etc/passwd',
    ]) {
      const res = await get(server.url, path);
      expect([403, 404], path).toContain(res.status);
      expect(res.body.toString(), path).not.toContain('root:');
    }
    expect((await get(server.url, '/nothing-here.js')).status).toBe(404);
    expect((await get(server.url, '/', {}, 'POST')).status).toBe(405);
  });

  it('knows when the build is older than the sources', () => {
    const repo = mkdtempSync(join(tmpdir(), 'mekong-repo-'));
    const out = join(repo, 'dist', 'app');
    mkdirSync(join(repo, 'simulator'), { recursive: true });
    writeFileSync(join(repo, 'simulator', 'a.ts'), 'x');
    expect(appIsStale(out, repo)).toBe(true);
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'index.html'), 'built');
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(repo, 'simulator', 'a.ts'), past, past);
    utimesSync(join(repo, 'simulator'), past, past);
    expect(appIsStale(out, repo)).toBe(false);
    writeFileSync(join(repo, 'simulator', 'a.ts'), 'changed');
    expect(appIsStale(out, repo)).toBe(true);
    rmSync(repo, { recursive: true, force: true });
  });
});
