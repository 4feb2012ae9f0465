/** Screens a person should look at after every change: light, dark, and a narrow window. */
import { expect, test } from '@playwright/test';
import { makeDataDir, screenshot, startPreview, type RunningPreview } from './preview';

let preview: RunningPreview | undefined;
test.afterAll(async () => preview?.stop());

const now = new Date();
const pad = (n: number) => String(n).padStart(2, '0');
const offset = -now.getTimezoneOffset();
const todayAt = (h: number, m: number) =>
  `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(h)}:${pad(m)}:00` +
  `${offset < 0 ? '-' : '+'}${pad(Math.trunc(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;

test('screens in light, dark and narrow', async ({ page }) => {
  preview = await startPreview(makeDataDir());
  await page.goto(preview.url);
  await page.evaluate(
    async (entries) => {
      for (const entry of entries) await window.unknot.pain.add({ entry });
    },
    [
      {
        at: todayAt(9, 15),
        note: 'Woke up with a stiff neck',
        regions: [{ region: 'neck-angle-left', intensity: 5, qualities: [] }],
      },
      {
        at: todayAt(11, 40),
        note: 'Headache behind the right eye after a long call',
        regions: [
          { region: 'temple-right', intensity: 6, qualities: [] },
          { region: 'eye-right', intensity: 4, qualities: [] },
        ],
      },
    ],
  );

  await page.reload(); // the page loaded its list before the seeding above

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1180, height: 800 });
    await page.goto(new URL('/#/today', preview.origin).toString());
    await expect(page.locator('.entry')).toHaveCount(2);
    await screenshot(page, `today-${scheme}`);

    await page.goto(new URL('/#/pain', preview.origin).toString());
    await page.getByRole('searchbox').fill('temple');
    await page.getByRole('checkbox', { name: 'Temple (your left)' }).check();
    await screenshot(page, `pain-log-${scheme}`);
    await page.getByRole('checkbox', { name: 'Temple (your left)' }).uncheck();

    await page.goto(new URL('/#/settings', preview.origin).toString());
    await screenshot(page, `settings-${scheme}`);
  }

  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 400, height: 800 });
  await page.goto(new URL('/#/pain', preview.origin).toString());
  await expect(page.getByRole('heading', { name: 'Pain log', level: 1 })).toBeVisible();
  await screenshot(page, 'pain-log-narrow');
  await page.goto(new URL('/#/today', preview.origin).toString());
  await screenshot(page, 'today-narrow');
});
