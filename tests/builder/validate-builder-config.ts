/**
 * Owns the offline check of electron-builder.yml: electron-builder's own schema check
 * (app-builder-lib's loader and validateConfiguration, exactly what `electron-builder`
 * runs before packaging) plus the packaging rules Unknot depends on.
 * Usage: npx tsx tests/builder/validate-builder-config.ts [config-file]   (default: electron-builder.yml)
 * Exits 1 on any problem. Warnings (things that only fail on a real packaging run) do not fail it.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Configuration, TargetConfigType } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';

const projectDir = fileURLToPath(new URL('../../', import.meta.url));
const configFile = path.resolve(process.argv[2] ?? path.join(projectDir, 'electron-builder.yml'));

const problems: string[] = [];
const warnings: string[] = [];
const passed: string[] = [];

function check(label: string, problem: string | null): void {
  if (problem === null) passed.push(label);
  else problems.push(`${label}: ${problem}`);
}

function targetNames(target: TargetConfigType | undefined): string[] {
  if (target === null || target === undefined) return [];
  const list = Array.isArray(target) ? target : [target];
  return list.map((t) => (typeof t === 'string' ? t : t.target).toLowerCase());
}

function requireTargets(platform: string, target: TargetConfigType | undefined, wanted: string[]): void {
  const names = targetNames(target);
  const missing = wanted.filter((w) => !names.includes(w.toLowerCase()));
  check(
    `${platform} targets include ${wanted.join(', ')}`,
    missing.length ? `missing ${missing.join(', ')} (found: ${names.join(', ') || 'none'})` : null,
  );
}

/** Width/height of a PNG from its IHDR chunk; null if the file is not a PNG. */
function pngSize(file: string): { width: number; height: number } | null {
  const head = readFileSync(file).subarray(0, 24);
  if (head.length < 24 || head.toString('latin1', 1, 4) !== 'PNG') return null;
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

function requirePngIcon(platform: string, icon: string | null | undefined, minSize: number): void {
  const label = `${platform} icon is a PNG of at least ${minSize}×${minSize}`;
  if (!icon) return check(label, 'no icon set');
  const file = path.resolve(projectDir, icon);
  if (!existsSync(file) || !statSync(file).isFile()) return check(label, `${icon} does not exist`);
  const size = pngSize(file);
  if (!size) return check(label, `${icon} is not a PNG`);
  const small = size.width < minSize || size.height < minSize;
  check(label, small ? `${icon} is ${size.width}×${size.height}` : null);
}

/** Linux takes a folder of NxN.png files; each must exist at the size its name says. */
function requireLinuxIconDir(icon: string | null | undefined): void {
  const label = 'linux icon folder holds NxN.png icons';
  if (!icon) return check(label, 'no icon set');
  const dir = path.resolve(projectDir, icon);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return check(label, `${icon} is not a folder`);
  const sized = readdirSync(dir).filter((name) => /^\d+x\d+\.png$/.test(name));
  if (!sized.length) return check(label, `${icon} has no NxN.png files`);
  const wrong = sized.filter((name) => {
    const size = pngSize(path.join(dir, name));
    return !size || `${size.width}x${size.height}.png` !== name;
  });
  check(label, wrong.length ? `not the size their names say: ${wrong.join(', ')}` : null);
}

/** Patterns from a files-like option; the loader normalises plain strings into { filter: [...] } sets. */
function patterns(option: unknown): string[] {
  return (Array.isArray(option) ? option : [option]).flatMap((item: unknown) => {
    if (typeof item === 'string') return [item];
    const set = item as { from?: string; to?: string; filter?: string | string[] } | null;
    if (!set || set.from !== undefined || set.to !== undefined) return [];
    return Array.isArray(set.filter) ? set.filter : set.filter ? [set.filter] : [];
  });
}

function requireEntries(label: string, option: unknown, wanted: string[]): void {
  const list = patterns(option);
  const missing = wanted.filter((w) => !list.includes(w));
  check(label, missing.length ? `missing ${missing.join(', ')}` : null);
}

/** deb packaging (fpm) refuses to run without a homepage and a maintainer; the schema cannot see that. */
function warnAboutDebMetadata(config: Configuration): void {
  const pkg = JSON.parse(readFileSync(path.join(projectDir, 'package.json'), 'utf8')) as {
    homepage?: string;
    repository?: unknown;
    author?: string | { email?: string };
  };
  const author = pkg.author;
  const authorEmail = typeof author === 'string' ? /<[^>]+@[^>]+>/.test(author) : Boolean(author?.email);
  if (!pkg.homepage && !pkg.repository) {
    warnings.push('deb: package.json has no "homepage" (or "repository"); `electron-builder --linux deb` will stop.');
  }
  if (!authorEmail && !config.deb?.maintainer && !config.linux?.maintainer) {
    warnings.push('deb: no maintainer (package.json author email, or deb.maintainer); `--linux deb` will stop.');
  }
}

async function main(): Promise<void> {
  const shownPath = path.relative(process.cwd(), configFile) || configFile;
  let config: Configuration;
  try {
    config = await getConfig(projectDir, configFile, null);
  } catch (error) {
    console.error(`✗ ${shownPath}: could not be read: ${(error as Error).message}`);
    process.exit(1);
  }

  try {
    // The validator coerces types in place ("false" → false); keep the raw values for our own checks.
    await validateConfiguration(structuredClone(config), new DebugLogger(false));
    check("electron-builder's configuration schema", null);
  } catch (error) {
    const message = (error as Error).message.trim().replace(/^/gm, '      ');
    check("electron-builder's configuration schema", `\n${message}`);
  }

  check('appId is app.unknot.desktop', config.appId === 'app.unknot.desktop' ? null : `got ${config.appId}`);
  check('productName is Unknot', config.productName === 'Unknot' ? null : `got ${config.productName}`);
  check(
    'npmRebuild is false (rebuild for Electron with @electron/rebuild instead)',
    config.npmRebuild === false ? null : `got ${JSON.stringify(config.npmRebuild)}`,
  );
  requireTargets('linux', config.linux?.target, ['AppImage', 'deb']);
  requireTargets('win', config.win?.target, ['nsis']);
  requireTargets('mac', config.mac?.target, ['dmg']);
  requireLinuxIconDir(config.linux?.icon);
  requirePngIcon('win', config.win?.icon, 256);
  requirePngIcon('mac', config.mac?.icon, 512);
  requireEntries('files ship the built app and its resources', config.files, [
    'out/main/**',
    'out/preload/**',
    'out/renderer/**',
    'resources/**',
    'package.json',
  ]);
  requireEntries('asarUnpack keeps native addons (better-sqlite3) loadable', config.asarUnpack, ['**/*.node']);
  warnAboutDebMetadata(config);

  console.log(`\nelectron-builder config: ${shownPath}`);
  for (const label of passed) console.log(`  ✓ ${label}`);
  for (const problem of problems) console.log(`  ✗ ${problem}`);
  for (const warning of warnings) console.log(`  ! warning: ${warning}`);
  console.log(problems.length ? `\n${problems.length} problem(s).` : '\nAll checks passed.');
  process.exit(problems.length ? 1 : 0);
}

await main();
