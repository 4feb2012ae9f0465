/**
 * Builds the three Electron targets into out/: main (ESM), the sandboxed
 * preload (CommonJS, as sandboxed preloads require) and the React renderer.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { lingui } from '@lingui/vite-plugin';
import { aliases } from './vite.aliases';

export default defineConfig({
  main: {
    resolve: { alias: aliases },
    build: {
      outDir: 'out/main',
      // The transfer worker is its own entry: main starts it as a thread by file name.
      rollupOptions: {
        input: { index: resolve('main/index.ts'), 'transfer-worker': resolve('main/db/transfer-worker.ts') },
      },
    },
  },
  preload: {
    resolve: { alias: aliases },
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    // Lingui compiles the .po catalogs on import and turns its macros into catalog lookups.
    plugins: [react(), lingui({ macroTransform: true, failOnCompileError: true })],
    resolve: { alias: aliases },
    build: {
      outDir: 'out/renderer',
      minify: true,
      rollupOptions: {
        input: { index: resolve('renderer/index.html') },
        // A feature's chunk is named after its folder (today-….js), not its index.ts, so the bench's list reads.
        output: {
          chunkFileNames: (chunk) => {
            const feature = /features\/([^/]+)\/index\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];
            return `assets/${feature ?? '[name]'}-[hash].js`;
          },
        },
      },
    },
  },
});
