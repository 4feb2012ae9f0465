/**
 * Owns building better-sqlite3 for Electron's ABI into out/native/, beside the
 * Node build in node_modules that the tests and the web preview use. Run by
 * `npm start` (needs the network once: Electron headers or a prebuilt binary).
 * Electron loads it through better-sqlite3's `nativeBinding` option.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = process.cwd();
const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8'))
  .version as string;
const target = electronNativePath(root, electronVersion);

function electronNativePath(projectRoot: string, version: string): string {
  return path.join(
    projectRoot,
    'out/native',
    `electron-${version}-${process.platform}-${process.arch}`,
    'better_sqlite3.node',
  );
}

if (fs.existsSync(target)) {
  console.log(`better-sqlite3 for Electron ${electronVersion} is ready.`);
} else {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'unknot-native-'));
  const source = path.join(root, 'node_modules/better-sqlite3');
  for (const part of ['package.json', 'binding.gyp', 'src', 'deps', 'lib']) {
    fs.cpSync(path.join(source, part), path.join(work, part), { recursive: true });
  }
  const run = (bin: string, args: string[]) =>
    execFileSync(process.execPath, [path.join(root, 'node_modules/.bin', bin), ...args], {
      cwd: work,
      stdio: 'inherit',
    });
  console.log(`Preparing better-sqlite3 for Electron ${electronVersion}…`);
  try {
    run('prebuild-install', ['--runtime=electron', `--target=${electronVersion}`, `--arch=${process.arch}`]);
  } catch {
    console.log('No prebuilt binary; compiling against Electron headers instead.');
    run('node-gyp', [
      'rebuild',
      '--release',
      '--runtime=electron',
      `--target=${electronVersion}`,
      '--dist-url=https://electronjs.org/headers',
    ]);
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(path.join(work, 'build/Release/better_sqlite3.node'), target);
  fs.rmSync(work, { recursive: true, force: true });
  console.log(`Wrote ${path.relative(root, target)}`);
}
