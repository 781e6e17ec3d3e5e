import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The browser simulator (simulator/app) → dist/app: a static folder with a relative base,
 * so it runs from any static server, any sub-path, or a USB stick served by `mekong start`.
 * A generated service worker precaches everything (QuickJS's .wasm and the fonts too), so
 * after one visit the app works with no network.
 */
const root = fileURLToPath(new URL('./simulator/app/', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/app/', import.meta.url));

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
    // and a browser fetches the three files in parallel.
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
          ],
        },
      },
    },
  },
  plugins: [
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
  ],
});
