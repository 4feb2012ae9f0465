/**
 * Accessibility end to end: axe-core runs on every screen in light, dark and
 * forced-colours (Windows High Contrast) emulation and must find no serious or
 * critical violation of WCAG 2.1 A/AA. An exception would be listed here with
 * its reason; there are none.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { makeDataDir, routeUrl, startPreview, type RunningPreview } from './preview';

let preview: RunningPreview | undefined;
test.afterEach(async () => {
  await preview?.stop();
  preview = undefined;
});

/** Every screen a person can reach, by address, and what shows it has loaded. */
const SCREENS: [route: string, ready: (page: Page) => Promise<void>][] = [
  ['today', async (p) => void (await expect(p.getByRole('heading', { level: 1 })).toBeVisible())],
  ['pain', async (p) => void (await expect(p.getByRole('searchbox')).toBeVisible())],
  ['sources/temple-right', async (p) => void (await expect(p.getByRole('heading', { level: 1 })).toBeVisible())],
  ['routines', async (p) => void (await expect(p.getByRole('heading', { level: 1 })).toBeVisible())],
  [
    'routines/muscle/upper-trapezius',
    async (p) => void (await expect(p.getByRole('heading', { level: 1 })).toBeVisible()),
  ],
  [
    'routines/play/release-upper-trapezius',
    async (p) => void (await expect(p.getByRole('heading', { level: 1 })).toBeVisible()),
  ],
  ['routines/new', async (p) => void (await expect(p.getByRole('heading', { level: 1 })).toBeVisible())],
  ['report', async (p) => void (await expect(p.getByRole('heading', { level: 1 })).toBeVisible())],
  ['learn', async (p) => void (await expect(p.getByRole('heading', { level: 1 })).toBeVisible())],
  ['learn/referred-pain', async (p) => void (await expect(p.getByRole('heading', { level: 1 })).toBeVisible())],
  ['learn/workstation-check', async (p) => void (await expect(p.getByRole('heading', { level: 1 })).toBeVisible())],
  ['settings', async (p) => void (await expect(p.getByRole('heading', { level: 1 })).toBeVisible())],
  ['break', async (p) => void (await expect(p.locator('main, [role="main"], body').first()).toBeVisible())],
  [
    'quick-log',
    async (p) => void (await expect(p.getByRole('combobox').or(p.getByRole('searchbox')).first()).toBeVisible()),
  ],
];

const MODES = [
  { name: 'light', media: { colorScheme: 'light' as const, forcedColors: 'none' as const } },
  { name: 'dark', media: { colorScheme: 'dark' as const, forcedColors: 'none' as const } },
  { name: 'forced colours', media: { colorScheme: 'light' as const, forcedColors: 'active' as const } },
];

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }));
}

test('no serious or critical axe violations on any screen, in light, dark and forced colours', async ({ page }) => {
  test.setTimeout(240_000);
  preview = await startPreview(makeDataDir());
  await page.goto(preview.url);
  await page.evaluate(async () => {
    const day = new Date();
    day.setHours(9, 0, 0, 0);
    await window.unknot.pain.add({
      entry: {
        at: day.toISOString(),
        note: 'Stiff neck after a long call',
        regions: [{ region: 'temple-right', intensity: 6, qualities: [] }],
      },
    });
  });
  const found: Record<string, unknown> = {};
  for (const mode of MODES) {
    await page.emulateMedia(mode.media);
    for (const [route, ready] of SCREENS) {
      await page.goto(routeUrl(preview, route));
      await ready(page);
      const violations = await seriousViolations(page);
      if (violations.length) found[`${route} (${mode.name})`] = violations;
    }
  }
  expect(found).toEqual({});
});

test('the first-run setup has no serious or critical axe violations', async ({ page }) => {
  preview = await startPreview(makeDataDir(), { firstRun: true });
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const found: Record<string, unknown> = {};
  for (const mode of MODES) {
    await page.emulateMedia(mode.media);
    const violations = await seriousViolations(page);
    if (violations.length) found[mode.name] = violations;
  }
  expect(found).toEqual({});
});
