/**
 * Owns the proof that the catalogs are complete and current: extracting the
 * messages from today's source gives exactly the committed English catalog
 * (so no string was added without `npm run i18n:extract`), and every message
 * has a German translation. A missing translation fails here, never in the app.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = path.resolve('renderer/src/locales');

/** msgid → msgstr from a .po file (single-line entries, as Lingui writes them for our messages). */
function readPo(file: string): Map<string, string> {
  const entries = new Map<string, string>();
  const text = fs.readFileSync(file, 'utf8');
  const entry = /^msgid "((?:[^"\\]|\\.)*)"\nmsgstr "((?:[^"\\]|\\.)*)"$/gm;
  for (const match of text.matchAll(entry)) {
    if (match[1] !== '') entries.set(match[1]!, match[2]!);
  }
  return entries;
}

describe('translation catalogs', () => {
  it('match the messages in the source (run npm run i18n:extract after changing text)', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'unknot-i18n-'));
    const config = path.join(out, 'lingui.config.ts');
    fs.writeFileSync(
      config,
      `import base from ${JSON.stringify(path.resolve('lingui.config.ts'))};\n` +
        `export default { ...base, rootDir: ${JSON.stringify(process.cwd())}, locales: ['en'], pseudoLocale: [],\n` +
        `  catalogs: [{ ...base.catalogs[0], path: ${JSON.stringify(path.join(out, '{locale}', 'messages'))} }] };\n`,
    );
    execFileSync(
      process.execPath,
      [path.resolve('node_modules/@lingui/cli/dist/lingui.js'), 'extract', '--config', config],
      {
        stdio: 'pipe',
      },
    );
    const fresh = [...readPo(path.join(out, 'en', 'messages.po')).keys()].sort();
    const committed = [...readPo(path.join(LOCALES, 'en', 'messages.po')).keys()].sort();
    expect(fresh.length).toBeGreaterThan(0);
    expect(committed).toEqual(fresh);
  }, 60_000);

  it('have a German translation for every English message, and nothing stale', () => {
    const english = readPo(path.join(LOCALES, 'en', 'messages.po'));
    const german = readPo(path.join(LOCALES, 'de', 'messages.po'));
    const untranslated = [...english.keys()].filter((id) => !german.get(id));
    expect(untranslated).toEqual([]);
    expect([...german.keys()].filter((id) => !english.has(id))).toEqual([]);
  });
});
