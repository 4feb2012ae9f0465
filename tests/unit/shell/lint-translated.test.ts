/**
 * Owns the proof that a translated file cannot show a bare string: the planted
 * fixture (tests/lint-fixtures/…/language-section.tsx) is linted as if it were
 * the real file and must be reported by lingui/no-unlocalized-strings, while the
 * real file passes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const FILE = 'renderer/src/features/settings/language-section.tsx';
const eslint = new ESLint();

// ESLint's first type-aware run builds the whole program (seconds on a busy two-core machine).
describe('strings go through the catalog', { timeout: 60_000 }, () => {
  it('reports bare JSX text in a translated file', async () => {
    const code = fs.readFileSync(path.resolve('tests/lint-fixtures', FILE), 'utf8');
    const [result] = await eslint.lintText(code, { filePath: path.resolve(FILE) });
    expect(result!.messages.map((m) => m.ruleId)).toEqual(['lingui/no-unlocalized-strings']);
  });

  it('passes the real, translated file', async () => {
    const [result] = await eslint.lintFiles([FILE]);
    expect(result!.messages).toEqual([]);
  });
});
