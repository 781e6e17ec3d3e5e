// What the web app may load and do, sent with every response of `mekong start` (and of any
// server of ours that serves the app), and written into the built page as a <meta> for
// plain static servers (vite.config.ts).
import { randomBytes } from 'node:crypto';

/**
 * The nonce Vite writes into the built page (vite.config.ts, `html.cspNonce`): on the
 * <meta property="csp-nonce"> the editor reads its nonce from, and on the page's <script>
 * and <link> tags. `mekong start` replaces it in every page it serves with a fresh one.
 */
export const CSP_NONCE_PLACEHOLDER = 'mekong-csp-nonce';

/**
 * Only the app's own files run, draw and connect. QuickJS compiles its WebAssembly
 * ('wasm-unsafe-eval': WebAssembly only, never JavaScript's eval); the lint marks of the
 * editor are data: images; nothing may frame the page. Style attributes are allowed (the
 * block editor, Blockly, sets them as blocks are dragged; they cannot run code), while a
 * <style> element needs the page's nonce.
 */
const DIRECTIVES: readonly [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['style-src-attr', "'unsafe-inline'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

function policy(directives: readonly [string, string][]): string {
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/**
 * The Content-Security-Policy header. The editor (CodeMirror) writes its styles into a
 * <style> element: with `nonce` (the page's), that element is allowed and no other is.
 */
export function contentSecurityPolicy(nonce?: string): string {
  return policy(
    DIRECTIVES.map(([name, value]) => [
      name,
      name === 'style-src' && nonce ? `${value} 'nonce-${nonce}'` : value,
    ]),
  );
}

/**
 * The policy as a <meta> for plain static servers: without frame-ancestors (a <meta>
 * cannot say it), and with inline styles allowed, since a static file cannot give each
 * visit a fresh nonce. Served by `mekong start`, the header's stricter policy holds too.
 */
export function metaContentSecurityPolicy(): string {
  return policy(
    DIRECTIVES.filter(([name]) => name !== 'frame-ancestors').map(([name, value]) => [
      name,
      name === 'style-src' ? `${value} 'unsafe-inline'` : value,
    ]),
  );
}

/** A fresh nonce for one page. */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

/** The headers every response carries; `nonce` is the page's (HTML responses). */
export function securityHeaders(nonce?: string): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(nonce),
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
  };
}
