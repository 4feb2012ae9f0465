/**
 * Owns the last lines of `npm test`: the test counts per layer, read from the
 * JSON reports vitest and Playwright wrote, and one closing total line.
 */
import fs from 'node:fs';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function readJson(file: string): unknown {
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: did that test layer run?`);
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function vitestCounts(file: string): Counts {
  const r = readJson(file) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
}

interface PwSuite {
  suites?: PwSuite[];
  specs?: { tests: { projectName: string; status: 'expected' | 'unexpected' | 'flaky' | 'skipped' }[] }[];
}

function playwrightCounts(file: string): Record<string, Counts> {
  const byProject: Record<string, Counts> = {};
  const walk = (suite: PwSuite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests) {
        const c = (byProject[t.projectName] ??= { passed: 0, failed: 0, skipped: 0 });
        if (t.status === 'skipped') c.skipped++;
        else if (t.status === 'unexpected') c.failed++;
        else c.passed++;
      }
    }
    (suite.suites ?? []).forEach(walk);
  };
  ((readJson(file) as { suites: PwSuite[] }).suites ?? []).forEach(walk);
  return byProject;
}

const layers: [string, Counts][] = [
  ['unit and integration (vitest)', vitestCounts('test-results/vitest.json')],
  ['Electron contract harness, linux + darwin + win32 (vitest)', vitestCounts('test-results/harness.json')],
  ...Object.entries(playwrightCounts('test-results/playwright.json')).map(([project, c]): [string, Counts] => [
    `end to end, ${project} (Playwright)`,
    c,
  ]),
];
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
console.log('\nTest counts by layer:');
for (const [name, c] of layers) {
  console.log(`  ${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
  total.passed += c.passed;
  total.failed += c.failed;
  total.skipped += c.skipped;
}
console.log(`total: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exitCode = total.failed > 0 ? 1 : 0;
