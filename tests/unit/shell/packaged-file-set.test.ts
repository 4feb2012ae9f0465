import { describe, expect, it } from 'vitest';
import {
  asarProblems,
  packageOf,
  resourcesDirProblems,
  type AsarFile,
  type FileSetExpectations,
} from '../../builder/packaged-file-set';

const expectations: FileSetExpectations = {
  productionPackages: new Set(['node_modules/better-sqlite3', 'node_modules/zod', 'node_modules/node-addon-api']),
  excludedPackages: new Set(['node_modules/node-addon-api']),
  prebuild: 'linux-x64',
  resourceFiles: ['resources/content/routines.json', 'resources/icons/tray.png'],
};

const good: AsarFile[] = [
  'package.json',
  'out/main/index.js',
  'out/main/transfer-worker.js',
  'out/main/chunks/routine-sessions-abc.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
  'out/renderer/assets/index-abc.js',
  'resources/content/routines.json',
  'resources/icons/tray.png',
  'node_modules/zod/index.js',
  'node_modules/better-sqlite3/lib/index.js',
].map((path) => ({ path, unpacked: false }));
const prebuild: AsarFile = { path: 'node_modules/better-sqlite3/prebuilds/linux-x64.node', unpacked: true };

describe('packageOf', () => {
  it('names the package a node_modules file belongs to, scoped and nested too', () => {
    expect(packageOf('node_modules/zod/index.js')).toBe('node_modules/zod');
    expect(packageOf('node_modules/@s/p/lib/x.js')).toBe('node_modules/@s/p');
    expect(packageOf('node_modules/a/node_modules/@s/q/x.js')).toBe('node_modules/a/node_modules/@s/q');
    expect(packageOf('out/main/index.js')).toBeNull();
  });
});

describe('asarProblems', () => {
  it('accepts the app, its resources, production packages and the one unpacked prebuild', () => {
    expect(asarProblems([...good, prebuild], expectations)).toEqual([]);
  });

  it('names sources, dev packages, build input, foreign prebuilds and an excluded package that slipped in', () => {
    const extra = [
      'main/index.ts',
      'out/main/chunks/deeper/x.js',
      'node_modules/vitest/index.js',
      'node_modules/better-sqlite3/deps/sqlite3/sqlite3.c',
      'node_modules/better-sqlite3/prebuilds/win32-x64.node',
      'node_modules/node-addon-api/napi.h',
    ].map((path) => ({ path, unpacked: false }));
    const problems = asarProblems([...good, prebuild, ...extra], expectations);
    expect(problems).toHaveLength(6);
    expect(problems.join('\n')).toMatch(/main\/index\.ts is not part of the app/);
    expect(problems.join('\n')).toMatch(/chunks\/deeper\/x\.js is not part of the app/);
    expect(problems.join('\n')).toMatch(/vitest is not a production dependency/);
    expect(problems.join('\n')).toMatch(/sqlite3\.c is better-sqlite3 build input/);
    expect(problems.join('\n')).toMatch(/win32-x64\.node is a native addon for another platform/);
    expect(problems.join('\n')).toMatch(/node-addon-api is excluded on purpose but shipped/);
  });

  it('wants the prebuild present and unpacked, and every production package and app file', () => {
    expect(asarProblems(good, expectations)).toEqual([
      'node_modules/better-sqlite3/prebuilds/linux-x64.node is missing: the packaged app could not open its database',
    ]);
    expect(asarProblems([...good, { ...prebuild, unpacked: false }], expectations)[0]).toMatch(/inside the asar/);
    const withoutZod = good.filter((f) => !f.path.startsWith('node_modules/zod') && f.path !== 'out/main/index.js');
    expect(asarProblems([...withoutZod, prebuild], expectations)).toEqual([
      'out/main/index.js is missing',
      'node_modules/zod (a production dependency) is missing',
    ]);
  });
});

describe('asarProblems with koffi on Windows', () => {
  const win: FileSetExpectations = {
    ...expectations,
    productionPackages: new Set([...expectations.productionPackages, 'node_modules/koffi']),
    prebuild: 'win32-x64',
    addons: ['node_modules/koffi/build/koffi/win32_x64/koffi.node'],
  };
  const winFiles: AsarFile[] = [
    ...good,
    { path: 'node_modules/better-sqlite3/prebuilds/win32-x64.node', unpacked: true },
    { path: 'node_modules/koffi/index.js', unpacked: false },
    { path: 'node_modules/koffi/package.json', unpacked: false },
  ];
  const koffiNode: AsarFile = { path: 'node_modules/koffi/build/koffi/win32_x64/koffi.node', unpacked: true };

  it("accepts koffi's entry with the target's binary, unpacked", () => {
    expect(asarProblems([...winFiles, koffiNode], win)).toEqual([]);
  });

  it("wants koffi's binary present and unpacked, and no other platform's or build input", () => {
    expect(asarProblems(winFiles, win)).toEqual(['node_modules/koffi/build/koffi/win32_x64/koffi.node is missing']);
    expect(asarProblems([...winFiles, { ...koffiNode, unpacked: false }], win)[0]).toMatch(/inside the asar/);
    const extra = [
      { path: 'node_modules/koffi/build/koffi/linux_x64/koffi.node', unpacked: true },
      { path: 'node_modules/koffi/src/koffi/src/ffi.cc', unpacked: false },
    ];
    const problems = asarProblems([...winFiles, koffiNode, ...extra], win).join('\n');
    expect(problems).toMatch(/linux_x64\/koffi\.node is a native addon for another platform/);
    expect(problems).toMatch(/ffi\.cc is koffi build input/);
  });
});

describe('resourcesDirProblems', () => {
  const files = [...good, prebuild];
  it('accepts app.asar and exactly the unpacked files its header names', () => {
    expect(resourcesDirProblems(['app.asar', `app.asar.unpacked/${prebuild.path}`], files)).toEqual([]);
  });

  it('names stray files and unpacked files that are missing on disk', () => {
    expect(resourcesDirProblems(['app.asar', 'app-update.yml'], files)).toEqual([
      'resources/app-update.yml is not the app archive or one of its unpacked files',
      `resources/app.asar.unpacked/${prebuild.path} is marked unpacked in app.asar but missing`,
    ]);
  });
});
