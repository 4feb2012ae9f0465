/**
 * Owns finding Electron's binary from node_modules/electron without require('electron')
 * (that starts a download) and fetching it when it is not there yet: Electron 45 downloads
 * its binary lazily, so a fresh `npm install` has none until something asks.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** node_modules/electron of the project at `projectDir`. */
export function electronPackageDir(projectDir: string): string {
  const require = createRequire(path.join(projectDir, 'package.json'));
  return path.dirname(require.resolve('electron/package.json'));
}

/** The binary named by electron's path.txt, or null while it has not been downloaded. */
export function findElectronBinary(projectDir: string): string | null {
  const dir = electronPackageDir(projectDir);
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

/**
 * The binary, downloading it first if needed through electron's own install.js (what its
 * `install-electron` command runs), started with this Node: no shell, no cmd shim.
 * Null when the download failed (the installer has printed why).
 */
export function ensureElectronBinary(projectDir: string): string | null {
  const existing = findElectronBinary(projectDir);
  if (existing) return existing;
  const installer = path.join(electronPackageDir(projectDir), 'install.js');
  const result = spawnSync(process.execPath, [installer], { stdio: 'inherit' });
  return result.status === 0 ? findElectronBinary(projectDir) : null;
}
