import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedEncodings, precompressFolder } from '../../cli/runtime/compression.ts';
import { CSP_NONCE_PLACEHOLDER } from '../../cli/runtime/security.ts';
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
    writeFileSync(
      join(root, 'index.html'),
      `<!doctype html><title>Mekong</title><meta property="csp-nonce" nonce="${CSP_NONCE_PLACEHOLDER}">`,
    );
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
    writeFileSync(
      join(root, 'assets', 'app-abc.js'),
      `const app = ${JSON.stringify('ab'.repeat(4000))};`,
    );
    writeFileSync(join(root, 'assets', 'big-abc.woff2'), Buffer.alloc(4096, 7));
    await precompressFolder(root);
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
    const res = await get(server.url, '/assets/index-abc.js', { 'accept-encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.body.length).toBeLessThan(200);
    expect(gunzipSync(res.body).toString()).toContain('xxxx');
    const head = await get(server.url, '/assets/index-abc.js', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it('sends the build’s brotli or gzip copy as the browser accepts, else the file as it is', async () => {
    const path = '/assets/app-abc.js';
    const original = `const app = ${JSON.stringify('ab'.repeat(4000))};`;
    const br = await get(server.url, path, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(brotliDecompressSync(br.body).toString()).toBe(original);
    for (const accept of ['gzip', 'br;q=0, gzip', 'gzip;q=1, br;q=0.5']) {
      const gz = await get(server.url, path, { 'accept-encoding': accept });
      expect(gz.headers['content-encoding'], accept).toBe('gzip');
      expect(gunzipSync(gz.body).toString(), accept).toBe(original);
    }
    const plain = await get(server.url, path, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
    expect(plain.body.toString()).toBe(original);
    const head = await get(server.url, path, { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.body.length).toBe(0);
    // Fonts are compressed already: no copy, no encoding, no Vary.
    expect(existsSync(join(root, 'assets', 'big-abc.woff2.gz'))).toBe(false);
    const font = await get(server.url, '/assets/big-abc.woff2', { 'accept-encoding': 'br, gzip' });
    expect(font.headers['content-encoding']).toBeUndefined();
    expect(font.headers.vary).toBeUndefined();
  });

  it('never sends a compressed copy older than its file: it compresses the new one itself', async () => {
    const file = join(root, 'assets', 'app-abc.js');
    const changed = `const app = ${JSON.stringify('cd'.repeat(4000))};`;
    writeFileSync(file, changed);
    const future = new Date(Date.now() + 60_000);
    utimesSync(file, future, future);
    for (const accept of ['br, gzip', 'gzip']) {
      const res = await get(server.url, '/assets/app-abc.js', { 'accept-encoding': accept });
      expect(res.headers['content-encoding'], accept).toBe('gzip');
      expect(gunzipSync(res.body).toString(), accept).toBe(changed);
    }
  });

  it('reads Accept-Encoding with its q-values, brotli first when both are as welcome', () => {
    expect(acceptedEncodings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('gzip;q=0.9, br;q=0.1')).toEqual(['gzip', 'br']);
    expect(acceptedEncodings('br;q=0, gzip')).toEqual(['gzip']);
    expect(acceptedEncodings('*')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('*;q=0, gzip')).toEqual(['gzip']);
    expect(acceptedEncodings('identity')).toEqual([]);
    expect(acceptedEncodings(undefined)).toEqual([]);
  });

  it('sends the security headers on every answer, and each page a fresh nonce its policy allows', async () => {
    for (const path of ['/', '/assets/app-abc.js', '/nothing-here.js']) {
      const res = await get(server.url, path);
      const csp = String(res.headers['content-security-policy']);
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      // Scripts and <style> elements never inline; only style attributes (Blockly drags).
      expect(csp.replace("style-src-attr 'unsafe-inline'", ''), path).not.toContain(
        'unsafe-inline',
      );
      expect(res.headers['x-frame-options'], path).toBe('DENY');
      expect(res.headers['referrer-policy'], path).toBe('no-referrer');
      expect(res.headers['x-content-type-options'], path).toBe('nosniff');
    }
    const nonces = [];
    for (let i = 0; i < 2; i++) {
      const page = await get(server.url, '/', { 'accept-encoding': 'gzip' });
      const html = gunzipSync(page.body).toString();
      expect(html).not.toContain(CSP_NONCE_PLACEHOLDER);
      const nonce = /nonce="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(nonce.length).toBeGreaterThanOrEqual(16);
      expect(page.headers['content-security-policy']).toContain(
        `style-src 'self' 'nonce-${nonce}'`,
      );
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
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
