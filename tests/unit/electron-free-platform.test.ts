// The pure parts of main/platform/ must never reach electron (directly or through
// what they import), or they could no longer be tested here, where Electron
// cannot run. Reads the source text and follows relative imports.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const PURE_MODULES = [
  'main/platform/idle-detection.ts',
  'main/platform/window-placement.ts',
  'main/platform/tray-model.ts',
  'main/platform/notifier-wording.ts',
  'main/platform/node-scheduler.ts',
  'main/platform/system-clock.ts',
  'main/platform/xdg-autostart.ts',
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

describe('pure platform modules stay electron-free', () => {
  it.each(PURE_MODULES)('%s imports no electron, directly or indirectly', (file) => {
    expect(specifiersOf(file).length).toBeGreaterThan(0);
    expect(electronImportsReachableFrom(file)).toEqual([]);
  });

  it('the check itself sees an electron import (the adapters have them)', () => {
    for (const adapter of [
      'main/platform/tray.ts',
      'main/platform/break-window.ts',
      'main/platform/power-monitor.ts',
      'main/platform/notifier.ts',
    ]) {
      expect(electronImportsReachableFrom(adapter).length).toBeGreaterThan(0);
    }
  });
});
