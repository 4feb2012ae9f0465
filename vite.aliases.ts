/**
 * Owns the import aliases for every bundler and test runner (electron-vite,
 * the web bridge's vite build, vitest). They mirror `paths` in
 * tsconfig.base.json: `@common/…` is common/, `@renderer/…` is renderer/src/.
 */
import { resolve } from 'node:path';

export const aliases = {
  '@common': resolve('common'),
  '@renderer': resolve('renderer/src'),
};
