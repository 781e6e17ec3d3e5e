import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precompressFolder } from './cli/runtime/compression.ts';
import { appFontFaces } from './cli/runtime/report-fonts.ts';
import { CSP_NONCE_PLACEHOLDER, metaContentSecurityPolicy } from './cli/runtime/security.ts';
import { checkedBuiltins } from './simulator/app/sim/parsed-builtins.ts';

/**
 * The browser simulator (simulator/app) → dist/app: a static folder with a relative base,
 * so it runs from any static server, any sub-path, or a USB stick served by `mekong start`.
 * A generated service worker precaches everything (QuickJS's .wasm and the fonts too), so
 * after one visit the app works with no network. Every text file gets a .br and a .gz copy
 * beside it, which `mekong start` (and any static server set up for it) sends as it is.
 */
const root = fileURLToPath(new URL('./simulator/app/', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/app/', import.meta.url));

/**
 * `lessons/01-hello-robot/en.md?raw` → 'lesson-01-hello-robot'; lesson.json is not in it.
 * Notes for teachers are apart from what students fetch: `lessons/01-hello-robot/teacher/`
 * → 'teacher-01-hello-robot', `lessons/teacher/` → 'teacher'.
 */
function lessonChunk(id: string): string | null {
  const teacher = /[\\/]lessons[\\/](?:(\d\d-[^\\/]+)[\\/])?teacher[\\/]/.exec(id);
  if (teacher) return teacher[1] ? `teacher-${teacher[1]}` : 'teacher';
  const match = /[\\/]lessons[\\/](\d\d-[^\\/]+)[\\/]([^\\/?]+)/.exec(id);
  return match && match[2] !== 'lesson.json' ? `lesson-${match[1]}` : null;
}

/**
 * The Content-Security-Policy as a <meta> for plain static servers (`mekong start` sends
 * it as a header too, with frame-ancestors and a nonce of its own: cli/runtime/security.ts).
 */
function cspMeta(): Plugin {
  return {
    name: 'mekong:csp-meta',
    apply: 'build',
    // Right after the charset, before anything the policy governs.
    transformIndexHtml: (html) =>
      html.replace(
        /<meta charset="utf-8" \/>/,
        (charset) =>
          `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy()}" />`,
      ),
  };
}

/**
 * simulator/app/fonts.css as fontsource's own @font-face rules for the fonts, subsets and
 * weights the reports embed too (cli/runtime/report-fonts.ts): one list for both, woff2
 * files only. The build copies the files they name; a browser fetches one only for a
 * character in its unicode range.
 */
function fontFaces(): Plugin {
  const file = fileURLToPath(new URL('./simulator/app/fonts.css', import.meta.url));
  return {
    name: 'mekong:font-faces',
    enforce: 'pre',
    async load(id) {
      if (id.split('?')[0] === file) return appFontFaces();
    },
  };
}

/** `<file>.br` and `<file>.gz` beside every text file of the build, service worker included. */
function precompress(): Plugin {
  let dir = outDir;
  return {
    name: 'mekong:precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      dir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        await precompressFolder(dir);
      },
    },
  };
}

/**
 * `virtual:mekong-builtins`: the builtin worlds and kits, checked here by their schemas (a
 * bad one fails the build) and handed to the simulation worker as data. The worker's first
 * frame then needs no zod (about 25 KB gzip); the sandbox brings it for what the page sends.
 */
function builtinsForTheWorker(): Plugin {
  const id = 'virtual:mekong-builtins';
  return {
    name: 'mekong:builtins',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(resolved) {
      if (resolved !== `\0${id}`) return undefined;
      return `export default ${JSON.stringify(checkedBuiltins())};`;
    },
  };
}

/**
 * Blockly's sprites, sounds and cursors, served from the app as blockly-media/ (the block
 * editor passes `media: './blockly-media/'`): by default Blockly fetches them from a CDN,
 * which a classroom without internet cannot reach.
 */
function blocklyMedia(): Plugin {
  const dir = fileURLToPath(new URL('./node_modules/blockly/media/', import.meta.url));
  const files = readdirSync(dir);
  return {
    name: 'mekong-blockly-media',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = req.url?.match(/\/blockly-media\/([\w.-]+)$/)?.[1];
        if (!name || !files.includes(name)) return next();
        res.end(readFileSync(dir + name));
      });
    },
    generateBundle() {
      for (const name of files)
        this.emitFile({
          type: 'asset',
          fileName: `blockly-media/${name}`,
          source: readFileSync(dir + name),
        });
    },
  };
}

/**
 * johnny-five and firmata-io in the page (the robot-link chunk, loaded on connect): their
 * Node-only requires get stubs (our code passes its own `io` and `repl: false`), `events`
 * and `buffer` are the npm packages, and the emulator reads the committed firmware hex
 * through `?raw` instead of node:fs. The globals they need: robot-link/node-globals.ts.
 */
const stubs = fileURLToPath(new URL('./simulator/app/robot-link/node-stubs/', import.meta.url));
const nodeForThePage = [
  { find: /^node:events$/, replacement: 'events' },
  { find: /^(serialport|browser-serialport|firmata|repl|os)$/, replacement: `${stubs}empty.cjs` },
  { find: /^util$/, replacement: `${stubs}util.cjs` },
  {
    find: /^\.\/firmware-hex\.ts$/,
    replacement: fileURLToPath(
      new URL('./simulator/app/robot-link/firmware-hex-browser.ts', import.meta.url),
    ),
  },
];

export default defineConfig({
  root,
  resolve: { alias: nodeForThePage },
  base: './',
  publicDir: 'public',
  // The app imports robot/, simulator/ and lessons/ from the repository root.
  server: { fs: { allow: [fileURLToPath(new URL('.', import.meta.url))] } },
  worker: { format: 'es', plugins: () => [builtinsForTheWorker()] },
  // The nonce of the page's styles: `mekong start` puts a fresh one in each page it serves.
  html: { cspNonce: CSP_NONCE_PLACEHOLDER },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
    // three.js and CodeMirror in chunks of their own: they change less often than the app,
    // and a browser fetches them in parallel. Each lesson's files (texts, worlds, programs)
    // make one chunk, fetched when the lesson is opened.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Not its controls: OrbitControls comes when the free camera is chosen.
            {
              name: 'three',
              test: /node_modules[\\/]three[\\/](?!examples[\\/]jsm[\\/]controls[\\/])/,
            },
            {
              name: 'editor',
              test: /node_modules[\\/](@codemirror|codemirror|@lezer|crelt|style-mod|w3c-keyname)[\\/]/,
            },
            { name: lessonChunk, debugName: 'lessons', test: (id) => lessonChunk(id) !== null },
          ],
        },
      },
    },
  },
  plugins: [
    fontFaces(),
    cspMeta(),
    blocklyMedia(),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'autoUpdate',
      injectRegister: false,
      manifestFilename: 'manifest.webmanifest',
      manifest: {
        name: 'Mekong Robotics',
        short_name: 'Mekong',
        description: 'Program classroom robots in a simulator that works offline.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f4f6f8',
        theme_color: '#0f6e8c',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,wasm,woff2,svg,webmanifest,png,mp3,cur,gif}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
    precompress(),
  ],
});
