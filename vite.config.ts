import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The browser simulator (simulator/app) → dist/app: a static folder with a relative base,
 * so it runs from any static server, any sub-path, or a USB stick served by `mekong start`.
 * A generated service worker precaches everything (QuickJS's .wasm and the fonts too), so
 * after one visit the app works with no network.
 */
const root = fileURLToPath(new URL('./simulator/app/', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/app/', import.meta.url));

/** `lessons/01-hello-robot/en.md?raw` → 'lesson-01-hello-robot'; lesson.json is not in it. */
function lessonChunk(id: string): string | null {
  const match = /[\\/]lessons[\\/](\d\d-[^\\/]+)[\\/]([^\\/?]+)/.exec(id);
  return match && match[2] !== 'lesson.json' ? `lesson-${match[1]}` : null;
}

export default defineConfig({
  root,
  base: './',
  publicDir: 'public',
  // The app imports robot/, simulator/ and lessons/ from the repository root.
  server: { fs: { allow: [fileURLToPath(new URL('.', import.meta.url))] } },
  worker: { format: 'es' },
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
            { name: 'three', test: /node_modules[\\/]three[\\/]/ },
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
        globPatterns: ['**/*.{js,css,html,wasm,woff2,svg,webmanifest}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
});
