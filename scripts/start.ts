/**
 * Owns `npm start` on every OS: make sure Electron's binary is there (Electron 45
 * downloads it lazily, so a fresh `npm install` has none yet), check on Linux that
 * Chromium's sandbox can start (scripts/lib/linux-sandbox.ts decides), then run
 * `electron-vite preview`, which builds main, preload and renderer once and launches.
 *
 * Cross-platform by construction: every tool runs as `<this node> <its JavaScript file>`
 * (never node_modules/.bin, which holds cmd shims on Windows), no shell is involved.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronBinary, findElectronBinary } from './lib/electron-binary';
import { decideLinuxSandbox } from './lib/linux-sandbox';
import { readLinuxSandboxFacts } from './lib/linux-sandbox-facts';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(path.join(projectDir, 'package.json'));

function fail(message: string): never {
  console.error(`npm start: ${message}`);
  process.exit(1);
}

/** A package's own CLI file (from its package.json "bin"), run with this Node. */
function packageBin(name: string, bin: string): string {
  const manifestPath = require.resolve(`${name}/package.json`);
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as { bin?: string | Record<string, string> };
  const relative = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[bin];
  if (!relative) fail(`${name} has no "${bin}" command`);
  return path.join(path.dirname(manifestPath), relative);
}

function electronBinary(): string {
  const existing = findElectronBinary(projectDir);
  if (existing) return existing;
  console.log('npm start: fetching the Electron binary (first start only)…');
  const binary = ensureElectronBinary(projectDir);
  if (!binary) fail('could not download the Electron binary; check the network and run `npm start` again.');
  return binary;
}

const binary = electronBinary();
const electronArgs: string[] = [];
if (process.platform === 'linux') {
  const decision = decideLinuxSandbox(readLinuxSandboxFacts(binary));
  if (decision.action === 'refuse') {
    console.error(`npm start: ${decision.reason}`);
    console.error(`  To fix it (once; again after electron is reinstalled):  ${decision.fix}`);
    console.error(`  Or, for development only:  ${decision.fallback}`);
    process.exit(1);
  }
  if (decision.action === 'launch-unsandboxed') console.warn(decision.warning);
  if (decision.action === 'launch' && decision.note) console.log(`npm start: ${decision.note}`);
  electronArgs.push(...decision.extraArgs);
}

// ELECTRON_RUN_AS_NODE leaks into some terminals (editors built on Electron set it); it would
// start Electron as plain Node and the app would never open.
const env: NodeJS.ProcessEnv = { ...process.env, ELECTRON_EXEC_PATH: binary };
delete env.ELECTRON_RUN_AS_NODE;

const args = [packageBin('electron-vite', 'electron-vite'), 'preview'];
if (electronArgs.length) args.push('--', ...electronArgs);
const child = spawn(process.execPath, args, { cwd: projectDir, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
