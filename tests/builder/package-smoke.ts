/**
 * Owns the offline packaging smoke test: a real `electron-builder --linux dir` run of the
 * project (its electron-builder.yml, the built out/ folder, the installed node_modules)
 * against a stub Electron distribution, since no Electron download is possible here. The
 * stub is a few files whose "binary" carries Electron's fuse wire, so electron-builder
 * flips the configured fuses in it as it would in the real one. Then the packaged file set
 * is read back (app.asar through @electron/asar, the resources folder from disk) and held
 * to packaged-file-set.ts, and the fuses are read back through @electron/fuses.
 *
 * Linux and Windows are packaged on every host (Windows with its executable's signing and
 * resource editing off, which need Windows tools): Linux carries no koffi, Windows koffi's
 * entry and its win32 binary, unpacked. The output cannot run (the stub is not Electron).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getRawHeader } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { Arch, Platform, build, type Configuration } from 'electron-builder';
// The library electron-builder itself edits Windows executables with (a dependency of app-builder-lib).
import * as ResEdit from 'resedit';
import { asarProblems, resourcesDirProblems, type AsarFile } from './packaged-file-set';

// The sentinel @electron/fuses looks for, then wire version 1 and the 8 fuses of Electron 45 as shipped
// (RunAsNode, cookie encryption, NODE_OPTIONS, inspect flags, asar integrity, only-asar, V8 snapshot, file://).
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const SHIPPED_FUSES = '10110001';
// A fuse's state byte is the character '1' (on) or '0' (off); @electron/fuses does not export its FuseState.
const FUSE_ON = '1'.charCodeAt(0);
const FUSE_OFF = '0'.charCodeAt(0);

/** What electron-builder.yml's electronFuses must leave in the packaged binary. */
const EXPECTED_FUSES: [FuseV1Options, boolean][] = [
  [FuseV1Options.RunAsNode, false],
  [FuseV1Options.EnableCookieEncryption, true],
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable, false],
  [FuseV1Options.EnableNodeCliInspectArguments, false],
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation, true],
  [FuseV1Options.OnlyLoadAppFromAsar, true],
  [FuseV1Options.GrantFileProtocolExtraPrivileges, false],
];

/** Each packaged target: what electron-builder.yml leaves out on purpose there, and the native files it must carry. */
const TARGETS = [
  {
    name: 'linux',
    platform: Platform.LINUX,
    dir: 'linux-unpacked',
    executable: 'unknot',
    prebuild: 'linux-x64',
    excluded: ['node_modules/node-addon-api', 'node_modules/koffi'],
    addons: [] as string[],
  },
  {
    name: 'win',
    platform: Platform.WINDOWS,
    dir: 'win-unpacked',
    executable: 'Unknot.exe',
    prebuild: 'win32-x64',
    excluded: ['node_modules/node-addon-api'],
    addons: ['node_modules/koffi/build/koffi/win32_x64/koffi.node'],
  },
] as const;

/**
 * electron.exe for the Windows run: an empty PE with one version-info language (electron-builder
 * embeds the asar integrity hash as a resource beside it) carrying the fuse wire after its sections.
 */
function stubWindowsExecutable(wire: Buffer): Buffer {
  const exe = ResEdit.NtExecutable.createEmpty(false, false);
  const resources = ResEdit.NtExecutableResource.from(exe);
  const version = ResEdit.Resource.VersionInfo.createEmpty();
  version.setStringValues({ lang: 1033, codepage: 1200 }, { ProductName: 'stub electron' });
  version.outputToResourceEntries(resources.entries);
  resources.outputResource(exe);
  exe.setExtraData(wire);
  return Buffer.from(exe.generate());
}

function makeStubElectron(dir: string): void {
  const wire = Buffer.concat([
    Buffer.from('stub electron: not runnable\n'),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, SHIPPED_FUSES.length]),
    Buffer.from(SHIPPED_FUSES),
  ]);
  fs.writeFileSync(path.join(dir, 'electron'), wire, { mode: 0o755 });
  fs.writeFileSync(path.join(dir, 'electron.exe'), stubWindowsExecutable(wire));
  fs.writeFileSync(path.join(dir, 'chrome-sandbox'), 'stub', { mode: 0o755 });
  fs.writeFileSync(path.join(dir, 'chrome_crashpad_handler'), 'stub', { mode: 0o755 });
  fs.writeFileSync(path.join(dir, 'LICENSE'), 'stub');
  fs.writeFileSync(path.join(dir, 'LICENSES.chromium.html'), 'stub');
  fs.writeFileSync(path.join(dir, 'version'), '45.0.0');
  fs.mkdirSync(path.join(dir, 'resources'));
}

interface HeaderNode {
  files?: Record<string, HeaderNode>;
  unpacked?: boolean;
  link?: string;
}

function asarFiles(archive: string): AsarFile[] {
  const out: AsarFile[] = [];
  const walk = (node: HeaderNode, prefix: string) => {
    for (const [name, child] of Object.entries(node.files ?? {})) {
      const p = prefix ? `${prefix}/${name}` : name;
      if (child.files) walk(child, p);
      else out.push({ path: p, unpacked: child.unpacked === true });
    }
  };
  walk(getRawHeader(archive).header as HeaderNode, '');
  return out;
}

function filesUnder(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((d) => !d.isDirectory())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'));
}

function productionPackages(projectDir: string): Set<string> {
  const lock = JSON.parse(fs.readFileSync(path.join(projectDir, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean; devOptional?: boolean }>;
  };
  return new Set(
    Object.entries(lock.packages)
      .filter(([key, entry]) => key.startsWith('node_modules/') && !entry.dev && !entry.devOptional)
      .filter(([key]) => fs.existsSync(path.join(projectDir, key)))
      .map(([key]) => key),
  );
}

export interface SmokeResult {
  passed: string[];
  problems: string[];
}

/** What the packaged fuses are, as "name: on/off" lines that differ from EXPECTED_FUSES. */
async function fuseProblems(binary: string): Promise<string[]> {
  const wire = await getCurrentFuseWire(binary);
  return EXPECTED_FUSES.flatMap(([fuse, wanted]) => {
    const state = (wire as unknown as Record<number, number>)[fuse];
    const want = wanted ? FUSE_ON : FUSE_OFF;
    return state === want ? [] : [`${FuseV1Options[fuse]} is ${state === FUSE_ON ? 'on' : 'off'}`];
  });
}

/**
 * Packages the project with its configuration file (electron-builder loads and normalises it
 * itself; only the stub and a temp output folder are layered over it) and checks what came
 * out. Needs out/ built first (npm run build).
 */
export async function runPackagingSmoke(projectDir: string, configFile: string): Promise<SmokeResult> {
  const passed: string[] = [];
  const problems: string[] = [];
  const check = (label: string, found: string[]) => {
    if (found.length) problems.push(`${label}:\n${found.map((p) => `      ${p}`).join('\n')}`);
    else passed.push(label);
  };

  for (const built of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
    if (!fs.existsSync(path.join(projectDir, built))) {
      problems.push(`packaging smoke test: ${built} is missing; run \`npm run build\` first`);
      return { passed, problems };
    }
  }

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'unknot-package-'));
  try {
    const stub = path.join(work, 'electron-dist');
    fs.mkdirSync(stub);
    makeStubElectron(stub);
    const resourceFiles = ['content', 'icons'].flatMap((dir) =>
      fs
        .readdirSync(path.join(projectDir, 'resources', dir))
        .filter((name) => dir === 'content' || name.endsWith('.png'))
        .map((name) => `resources/${dir}/${name}`),
    );
    for (const target of TARGETS) {
      const output = path.join(work, `dist-${target.name}`);
      await build({
        projectDir,
        targets: target.platform.createTarget('dir', Arch.x64),
        publish: 'never',
        // electron-builder always reads the project's electron-builder.yml; another file comes in through extends.
        config: {
          ...(path.resolve(configFile) === path.join(projectDir, 'electron-builder.yml')
            ? {}
            : { extends: configFile }),
          electronDist: stub,
          directories: { output },
          // Editing and signing Unknot.exe needs Windows' tools; the file set does not depend on it.
          win: { signAndEditExecutable: false },
        } satisfies Configuration,
      });

      const appDir = path.join(output, target.dir);
      const resources = path.join(appDir, 'resources');
      const files = asarFiles(path.join(resources, 'app.asar'));
      const label = `${target.name}: `;
      check(
        `${label}packaged app.asar holds out/, content, icons, package.json and production node_modules only (${files.length} files)`,
        asarProblems(files, {
          productionPackages: productionPackages(projectDir),
          excludedPackages: new Set(target.excluded),
          prebuild: target.prebuild,
          addons: target.addons,
          resourceFiles,
        }),
      );
      check(
        `${label}packaged resources/ holds app.asar and the native addons unpacked (app.asar.unpacked)`,
        resourcesDirProblems(filesUnder(resources), files),
      );
      const natives = [`node_modules/better-sqlite3/prebuilds/${target.prebuild}.node`, ...target.addons];
      check(
        `${label}the unpacked native addons (${natives.map((n) => path.basename(path.dirname(n)) + '/' + path.basename(n)).join(', ')}) are the files from their npm tarballs, byte for byte`,
        natives.flatMap((native) => {
          const unpacked = path.join(resources, 'app.asar.unpacked', native);
          const installed = path.join(projectDir, native);
          return fs.existsSync(unpacked) && fs.readFileSync(unpacked).equals(fs.readFileSync(installed))
            ? []
            : [`${native} differs from the installed one (or is missing)`];
        }),
      );
      check(
        `${label}packaged Electron fuses: RunAsNode, NODE_OPTIONS, --inspect and file:// privileges off; only-asar, asar integrity, cookie encryption on`,
        await fuseProblems(path.join(appDir, target.executable)),
      );
    }
  } catch (error) {
    problems.push(`packaging smoke test (electron-builder --linux dir, --win dir): ${(error as Error).message}`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  return { passed, problems };
}
