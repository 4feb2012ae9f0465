/**
 * Owns the proof that the layer rules in eslint.config.js fire: every planted
 * violation in tests/lint-fixtures/ is linted as if it sat at the same path in
 * the repository and must be reported by the expected rule; the allowed file
 * must pass.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const FIXTURES = path.resolve('tests/lint-fixtures');
const LAYERS = '@typescript-eslint/no-restricted-imports';
const PLATFORM = 'no-restricted-imports';

/** Fixture (relative to tests/lint-fixtures) → the rule and a fragment of its message. */
const VIOLATIONS: [string, string, string][] = [
  ['renderer/src/features/today/imports-main.ts', LAYERS, 'only through window.unknot'],
  ['renderer/src/features/today/imports-feature-internals.ts', LAYERS, 'public index'],
  ['renderer/src/features/today/imports-sibling-feature.ts', LAYERS, 'public index'],
  ['renderer/src/app-imports-feature-internals.ts', LAYERS, 'public index'],
  ['renderer/src/ui/imports-feature.ts', LAYERS, 'must not depend on a feature'],
  ['renderer/src/lib/imports-feature.ts', LAYERS, 'must not depend on a feature'],
  ['common/domain/imports-renderer.ts', LAYERS, 'common/ is shared by every process'],
  ['common/domain/imports-node.ts', PLATFORM, 'no Node APIs'],
  ['main/core/imports-db.ts', LAYERS, 'through a port'],
  ['main/core/imports-electron.ts', PLATFORM, 'must not import electron'],
  ['main/db/imports-electron.ts', PLATFORM, 'must not import electron'],
];

const eslint = new ESLint();

async function lintFixture(fixture: string) {
  const code = fs.readFileSync(path.join(FIXTURES, fixture), 'utf8');
  const [result] = await eslint.lintText(code, { filePath: path.resolve(fixture) });
  return result!.messages;
}

// ESLint's first type-aware run builds the whole program (seconds on a busy two-core machine).
describe('layer rules', { timeout: 60_000 }, () => {
  it.each(VIOLATIONS)('%s is reported by %s', async (fixture, rule, message) => {
    const messages = await lintFixture(fixture);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: rule, severity: 2 });
    expect(messages[0]!.message).toContain(message);
  });

  it('lets a feature use another through its public index, and shared ui/ and lib/', async () => {
    expect(await lintFixture('renderer/src/features/today/imports-feature-index.ts')).toEqual([]);
  });

  it('has a test for every planted fixture', () => {
    const planted = fs
      .readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.split(path.sep).join('/'))
      .sort();
    const tested = [...VIOLATIONS.map(([f]) => f), 'renderer/src/features/today/imports-feature-index.ts'].sort();
    expect(planted).toEqual(tested);
  });
});
