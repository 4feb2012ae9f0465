/**
 * Owns the offline check of electron-builder.yml: electron-builder's own schema check
 * (app-builder-lib's loader and validateConfiguration, exactly what `electron-builder`
 * runs before packaging), the packaging rules Unknot depends on, and then a real
 * `electron-builder --linux dir` run against a stub Electron whose packaged file set and
 * fuses are read back (package-smoke.ts). Needs `npm run build` first.
 * Usage: npx tsx tests/builder/validate-builder-config.ts [config-file]   (default: electron-builder.yml)
 * Exits 1 on any problem.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Configuration, TargetConfigType } from 'app-builder-lib';
import { generateAppRunScript } from 'app-builder-lib/out/targets/appimage/appImageUtil.js';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { runPackagingSmoke } from './package-smoke';

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
function requireDebMetadata(config: Configuration): void {
  const pkg = JSON.parse(readFileSync(path.join(projectDir, 'package.json'), 'utf8')) as {
    homepage?: string;
    repository?: unknown;
    author?: string | { email?: string };
  };
  const author = pkg.author;
  const authorEmail = typeof author === 'string' ? /<[^>]+@[^>]+>/.test(author) : Boolean(author?.email);
  check(
    'deb has a homepage (package.json "homepage")',
    /^https:\/\//.test(pkg.homepage ?? '') ? null : 'package.json has no https "homepage"; the deb build stops',
  );
  check(
    'deb has a maintainer (package.json author with an email)',
    authorEmail || config.deb?.maintainer || config.linux?.maintainer ? null : 'no maintainer email',
  );
}

/** The fuses electron-builder must flip (the smoke test reads them back from the packaged binary). */
function requireFuses(config: Configuration): void {
  const wanted = {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    onlyLoadAppFromAsar: true,
    enableEmbeddedAsarIntegrityValidation: true,
    grantFileProtocolExtraPrivileges: false,
    enableCookieEncryption: true,
  } as const;
  const fuses = (config.electronFuses ?? {}) as Record<string, unknown>;
  const wrong = Object.entries(wanted).filter(([name, value]) => fuses[name] !== value);
  check(
    'electronFuses harden the binary',
    wrong.length ? wrong.map(([name, value]) => `${name} should be ${value}`).join(', ') : null,
  );
}

/**
 * What each platform trims from node_modules beyond the shared list: the better-sqlite3 prebuilds
 * of other targets, and koffi, which only Windows loads (whole elsewhere; on Windows all but its
 * JS entry and the target's koffi.node).
 */
const PLATFORM_TRIMS = {
  linux: ['!**/node_modules/better-sqlite3/prebuilds/!(linux-${arch}).node', '!**/node_modules/koffi{,/**}'],
  win: [
    '!**/node_modules/better-sqlite3/prebuilds/!(win32-${arch}).node',
    '!**/node_modules/koffi/{src,vendor,lib,doc}{,/**}',
    '!**/node_modules/koffi/build/koffi/!(win32_${arch}){,/**}',
  ],
  mac: ['!**/node_modules/better-sqlite3/prebuilds/!(darwin-${arch}).node', '!**/node_modules/koffi{,/**}'],
} as const;

/**
 * What ships is listed per platform (see electron-builder.yml for why): each list must carry
 * the app's files, and the three must be the same but for PLATFORM_TRIMS.
 */
function requirePlatformFiles(config: Configuration): void {
  const shared: Record<string, string[]> = {};
  for (const [key, trims] of Object.entries(PLATFORM_TRIMS)) {
    const list = patterns((config[key as keyof typeof PLATFORM_TRIMS] as { files?: unknown } | undefined)?.files);
    requireEntries(`${key} files ship the built app and its resources`, list, [
      'out/main/**',
      'out/preload/**',
      'out/renderer/**',
      'resources/content/**',
      'resources/icons/*.png',
      'package.json',
    ]);
    const missing = trims.filter((trim) => !list.includes(trim));
    check(
      `${key} files keep only the target's better-sqlite3 prebuild, and koffi ${key === 'win' ? "trimmed to the target's binary" : 'not at all'}`,
      missing.length ? `missing ${missing.join(', ')}` : null,
    );
    shared[key] = list.filter((p) => !(trims as readonly string[]).includes(p));
  }
  const [first, ...rest] = Object.values(shared);
  const differ = rest.some((list) => JSON.stringify(list) !== JSON.stringify(first));
  check('linux, win and mac files lists are the same apart from those trims', differ ? 'they differ' : null);
  check(
    'no top-level files list (it would turn per-platform patterns into a match-all set)',
    patterns(config.files).length ? `remove it (${patterns(config.files).join(', ')})` : null,
  );
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
    'npmRebuild is false (better-sqlite3 13 is Node-API: its prebuild loads in Electron as is)',
    config.npmRebuild === false ? null : `got ${JSON.stringify(config.npmRebuild)}`,
  );
  requireTargets('linux', config.linux?.target, ['AppImage', 'deb']);
  requireTargets('win', config.win?.target, ['nsis']);
  requireTargets('mac', config.mac?.target, ['dmg']);
  requireLinuxIconDir(config.linux?.icon);
  requirePngIcon('win', config.win?.icon, 256);
  requirePngIcon('mac', config.mac?.icon, 512);
  requirePlatformFiles(config);
  requireEntries('asarUnpack keeps native addons (better-sqlite3, koffi) loadable', config.asarUnpack, ['**/*.node']);
  requireDebMetadata(config);
  requireFuses(config);
  // electron-builder's default desktop entry for an AppImage adds --no-sandbox everywhere; its AppRun already
  // adds it only where user namespaces fail, so the entry must not (see electron-builder.yml).
  check(
    'the AppImage desktop entry does not force --no-sandbox',
    Array.isArray(config.appImage?.executableArgs) && !config.appImage.executableArgs.includes('--no-sandbox')
      ? null
      : 'set appImage.executableArgs to [] so AppRun decides',
  );

  // That choice rests on the AppRun this electron-builder writes: it probes user namespaces on every start.
  const appRun = generateAppRunScript({
    DesktopFileName: 'unknot.desktop',
    ExecutableName: 'unknot',
    ProductName: 'Unknot',
    ProductFilename: 'Unknot',
    ResourceName: 'appimagekit-unknot',
  });
  check(
    "the AppImage's AppRun adds --no-sandbox only where `unshare -Ur true` fails",
    /! unshare -Ur true[^\n]*\n\s*NO_SANDBOX=\(--no-sandbox\)/.test(appRun)
      ? null
      : 'this electron-builder writes a different AppRun: revisit appImage.executableArgs',
  );

  if (problems.length === 0) {
    const smoke = await runPackagingSmoke(projectDir, configFile);
    passed.push(...smoke.passed);
    problems.push(...smoke.problems);
  } else {
    warnings.push('packaging smoke test skipped: fix the configuration first');
  }

  console.log(`\nelectron-builder config: ${shownPath}`);
  for (const label of passed) console.log(`  ✓ ${label}`);
  for (const problem of problems) console.log(`  ✗ ${problem}`);
  for (const warning of warnings) console.log(`  ! warning: ${warning}`);
  console.log(problems.length ? `\n${problems.length} problem(s).` : '\nAll checks passed.');
  process.exit(problems.length ? 1 : 0);
}

await main();
