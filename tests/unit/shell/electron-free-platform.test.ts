// The Node adapters, the stand-ins and the pure models beside the Electron
// adapters must never reach electron (directly or through what they import), or
// they could no longer be tested here, where Electron cannot run. Reads the
// source text and follows relative imports.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const filesIn = (dir: string) =>
  fs
    .readdirSync(path.join(ROOT, dir))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `${dir}/${f}`);

const PURE_MODULES = [
  // The pure models the Electron adapters are built from.
  'main/adapters/electron/idle-detection.ts',
  'main/adapters/electron/window-placement.ts',
  'main/adapters/electron/tray-model.ts',
  'main/adapters/electron/notifier-wording.ts',
  'main/adapters/electron/window-session.ts',
  ...filesIn('main/adapters/node'),
  ...filesIn('main/adapters/fake'),
];

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;

function specifiersOf(file: string): string[] {
  const source = fs.readFileSync(path.join(ROOT, file), 'utf8');
  return [...source.matchAll(SPECIFIER)].map((m) => m[1]!);
}

function resolveRelative(from: string, specifier: string): string {
  const base = path.join(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(path.join(ROOT, candidate)) && fs.statSync(path.join(ROOT, candidate)).isFile()) {
      return path.normalize(candidate);
    }
  }
  throw new Error(`${from}: cannot resolve ${specifier}`);
}

const isElectron = (specifier: string) =>
  specifier === 'electron' || specifier.startsWith('electron/') || specifier === 'electron-store';

/** Every electron import reachable from a file through relative imports, as "file → specifier". */
function electronImportsReachableFrom(start: string): string[] {
  const seen = new Set<string>();
  const found: string[] = [];
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of specifiersOf(file)) {
      if (isElectron(specifier)) found.push(`${file} → ${specifier}`);
      else if (specifier.startsWith('.') && !specifier.endsWith('.json')) visit(resolveRelative(file, specifier));
    }
  };
  visit(start);
  return found;
}

describe('Node adapters, stand-ins and pure models stay electron-free', () => {
  it.each(PURE_MODULES)('%s imports no electron, directly or indirectly', (file) => {
    // Every import statement is seen (platform-name.ts has none).
    const source = fs.readFileSync(path.join(ROOT, file), 'utf8');
    expect(specifiersOf(file).length).toBe((source.match(/^import\b/gm) ?? []).length);
    expect(electronImportsReachableFrom(file)).toEqual([]);
  });

  it('the check itself sees an electron import (the adapters have them)', () => {
    for (const adapter of [
      'main/adapters/electron/tray.ts',
      'main/adapters/electron/break-window.ts',
      'main/adapters/electron/power-monitor.ts',
      'main/adapters/electron/notifier.ts',
    ]) {
      expect(electronImportsReachableFrom(adapter).length).toBeGreaterThan(0);
    }
  });
});
