/**
 * Builds the web preview's window.unknot bridge (HTTP transport) as one classic
 * script, served by the preview before the renderer's own bundle. Electron never loads it.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { aliases } from './vite.aliases';

export default defineConfig({
  publicDir: false,
  resolve: { alias: aliases },
  build: {
    outDir: 'out/web',
    emptyOutDir: true,
    minify: false,
    lib: {
      entry: resolve('renderer/web-bridge.ts'),
      formats: ['iife'],
      name: 'UnknotBridge',
      fileName: () => 'bridge.js',
    },
  },
});
