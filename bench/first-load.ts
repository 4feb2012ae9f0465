/**
 * Owns the first-load figure: how much JavaScript the renderer needs before it
 * can draw its first screen. Read from the built assets in out/renderer (run
 * `npm run build` first): the entry chunk named in index.html plus every chunk
 * it imports statically (what index.html preloads), gzipped. Lazy chunks (the
 * sections, loaded when opened) are not part of it. Also lists the largest chunks.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchResult } from './report';

export const FIRST_LOAD_TARGET_KB = 120;
const OUT = path.resolve('out/renderer');
const LARGEST_SHOWN = 5;

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const gzipBytes = (file: string) => gzipSync(fs.readFileSync(file)).length;

/** Static imports of a built chunk (`import … from "./x.js"`, `import "./x.js"`), not `import("./x.js")`. */
function staticImports(file: string): string[] {
  const code = fs.readFileSync(file, 'utf8');
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)) {
    found.add(path.resolve(path.dirname(file), m[1]!));
  }
  return [...found];
}

/** The entry chunk and everything it loads before running, from index.html and the chunks' own static imports. */
export function initialChunks(outDir = OUT): string[] {
  const html = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const refs = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => path.resolve(outDir, m[1]!.replace(/^\//, '')));
  const seen = new Set<string>();
  const queue = [...refs];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file) || !fs.existsSync(file)) continue;
    seen.add(file);
    queue.push(...staticImports(file));
  }
  return [...seen];
}

export function benchFirstLoad(): BenchResult[] {
  if (!fs.existsSync(path.join(OUT, 'index.html'))) {
    return [
      { name: 'first load: not measured (run `npm run build` first)', value: 0, unit: '', target: 'info', ok: true },
    ];
  }
  const initial = initialChunks();
  const raw = initial.reduce((sum, f) => sum + fs.statSync(f).size, 0);
  const gzip = initial.reduce((sum, f) => sum + gzipBytes(f), 0);
  const assets = path.join(OUT, 'assets');
  const chunks = fs
    .readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => path.join(assets, f))
    .map((f) => ({ f, gzip: gzipBytes(f), raw: fs.statSync(f).size }))
    .sort((a, b) => b.gzip - a.gzip);
  return [
    {
      name: `first load: initial JS, gzip (${initial.length} chunk${initial.length === 1 ? '' : 's'}, ${kb(raw)} KB raw)`,
      value: kb(gzip),
      unit: 'KB',
      target: `≤ ${FIRST_LOAD_TARGET_KB} KB`,
      ok: kb(gzip) <= FIRST_LOAD_TARGET_KB,
    },
    ...chunks.slice(0, LARGEST_SHOWN).map(({ f, gzip, raw }) => ({
      name: `  chunk ${path.relative(OUT, f)}${initial.includes(f) ? ' (initial)' : ''}, gzip (${kb(raw)} KB raw)`,
      value: kb(gzip),
      unit: 'KB',
      target: 'info',
      ok: true,
    })),
  ];
}
