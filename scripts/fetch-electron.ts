/**
 * Owns `npm run electron:fetch`: download Electron's binary now (CI does this before the
 * Electron end-to-end spec, which skips without one). Exits 1 with one line when it cannot.
 */
import { fileURLToPath } from 'node:url';
import { ensureElectronBinary } from './lib/electron-binary';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const binary = ensureElectronBinary(projectDir);
if (!binary) {
  console.error('electron:fetch: could not download the Electron binary (no network to its release host?)');
  process.exit(1);
}
console.log(`electron:fetch: ${binary}`);
