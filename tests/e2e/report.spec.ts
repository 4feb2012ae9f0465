/**
 * The Report screen end to end through the web preview, on a week seeded by
 * importing an export file (report-seed.ts, figures worked out by hand): the
 * headline and numbers, the daily table alternative, the heat map and its
 * list, what helps you, breaks, advice, the week picker, the lazily loaded
 * code, and the clinician PDF on A4 and Letter rendered to PNG with pdftoppm
 * (1–2 pages each). Screenshots in light, dark and a 400 px window.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { SCREENSHOT_DIR, makeDataDir, routeUrl, screenshot, startPreview, type RunningPreview } from './preview';
import { SEEDED_WEEK, reportSeed } from './report-seed';

let preview: RunningPreview | undefined;
test.afterEach(async () => {
  await preview?.stop();
  preview = undefined;
});

async function openSeeded(page: Page): Promise<void> {
  preview = await startPreview(makeDataDir());
  await page.goto(preview.url);
  const result = await page.evaluate((text) => window.unknot.data.import({ text }), JSON.stringify(reportSeed()));
  expect(result.added).toMatchObject({
    painEntries: 17,
    routineSessions: 3,
    breaks: 5,
    checkins: 3,
    workstationChecks: 2,
  });
}

const card = (page: Page, title: string) =>
  page.locator('section.card').filter({ has: page.getByRole('heading', { name: title, level: 2 }) });

test('a seeded week: headline, numbers, daily table, heat map, what helps, advice, week picker', async ({ page }) => {
  await page.setViewportSize({ width: 1180, height: 900 });
  await openSeeded(page);

  // The report's code arrives only when the report is opened.
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(routeUrl(preview!, 'today'));
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  expect(scripts.filter((s) => /\/report-[\w-]+\.js$/.test(s))).toEqual([]);
  // Arriving by keyboard lands on the report's heading, also across the lazy load.
  await page.keyboard.press('Control+4');
  await expect(page).toHaveURL(/#\/report$/);
  await expect(page.getByRole('navigation', { name: 'Choose the week' })).toContainText('This week');
  await expect(page.getByRole('heading', { name: 'Weekly report', level: 1 })).toBeFocused();
  expect(scripts.some((s) => /\/report-[\w-]+\.js$/.test(s))).toBe(true);
  await page.goto(routeUrl(preview!, `report/${SEEDED_WEEK}`));

  const picker = page.getByRole('navigation', { name: 'Choose the week' });
  await expect(picker).toContainText('Week 47 of 2024');
  await expect(picker).toContainText(/18\s?–\s?24 November 2024|November 18\s?–\s?24, 2024/);

  // Daily averages 6, 4, 3, 3, 2 → 3.6; last week 6.0 → 2.4 points (40%) lower.
  await expect(page.locator('.headline-title')).toHaveText(
    'Your pain averaged 3.6 this week, 2.4 points lower than last week — a meaningful improvement (40%).',
  );
  await expect(page.locator('.headline-detail')).toHaveText(
    'Compared with your baseline of 6.0 (your first two weeks), this week is 2.4 points lower — a meaningful improvement (40%).',
  );
  const stat = (label: string) => page.locator('.report-stat').filter({ has: page.getByText(label, { exact: true }) });
  await expect(stat('Average').locator('dd')).toHaveText('3.6 / 10');
  await expect(stat('Worst').locator('dd')).toHaveText('7.0');
  await expect(stat('Least').locator('dd')).toHaveText('2.0');
  await expect(stat('Days logged').locator('dd')).toHaveText('5 of 7');
  await expect(stat('Days at 4 or more').locator('dd')).toHaveText('2');
  await expect(stat('Entries at 7 or more').locator('dd')).toHaveText('1');

  // The warning sign from Tuesday's check-in: see a doctor soon (not an emergency, so not an alert).
  const advice = page.locator('.report-advice-item');
  await expect(advice).toHaveCount(1);
  await expect(advice).toContainText('See a doctor soon, today if you can');
  await expect(advice).toHaveAttribute('data-tier', 'soon');
  // The sign is listed once, with its tier and day, not repeated inside the advice.
  await expect(advice).not.toContainText('much worse at night');
  await expect(page.locator('.report-signs')).toContainText(
    /See a doctor soon.*Tuesday.*19.*: Pain that is much worse at night and that rest or no position eases/,
  );
  await expect(page.locator('.report-advice [role="alert"]')).toHaveCount(0);

  // The chart, and its table for anyone who asks (always there for screen readers).
  const daily = card(page, 'Day by day');
  await expect(daily.getByRole('img', { name: /5 days logged, averages from 2\.0 to 6\.0/ })).toBeVisible();
  await expect(daily.locator('.line-chart-svg .chart-gap')).toHaveCount(2);
  const table = daily.getByRole('table', { name: 'Daily pain, 0–10' });
  await expect(table).toBeAttached();
  await daily.getByRole('button', { name: 'Show as table' }).click();
  await expect(table).toBeVisible();
  await expect(daily.locator('.line-chart-svg')).toBeHidden();
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(7);
  await expect(rows.nth(0).locator('th')).toContainText('Monday');
  await expect(rows.nth(0).locator('td')).toHaveText(['2', '6.0', '7.0', '5.0']);
  await expect(rows.nth(2)).toContainText('Nothing logged');
  await expect(rows.nth(4).locator('td')).toHaveText(['2', '3.0', '4.0', '2.0']);
  await daily.getByRole('button', { name: 'Show as chart' }).click();
  await expect(daily.locator('.line-chart-svg')).toBeVisible();

  // Heat map: temple 5, 7, 2 → 4.7 on average (step 5 of the scale), most painful first.
  const heat = card(page, 'Where it hurt');
  await expect(heat.locator('path[data-region="temple-right"]')).toHaveAttribute('data-level', '5');
  await expect(heat.locator('path[data-region="lower-back-left"]')).toHaveAttribute('data-level', '2');
  await expect(heat.locator('path[data-region="temple-left"]')).not.toHaveAttribute('data-level', /.*/);
  await expect(heat.getByRole('list', { name: 'Key to the body map' })).toContainText('How much it hurt, 0 to 10');
  const areas = heat.getByRole('list', { name: 'Areas, most painful first' }).getByRole('listitem');
  await expect(areas).toHaveCount(4);
  await expect(areas.first()).toContainText('Temple (your right)');
  await expect(areas.first()).toContainText('4.7 avg · max 7.0 · 3 entries');

  // What helps: the shoulder release twice, eased 2 then 1; the one-off levator routine is not ranked.
  const helps = card(page, 'What helps you');
  await expect(helps.getByRole('listitem')).toHaveCount(1);
  await expect(helps.getByRole('listitem')).toContainText('2 sessions, eased by 1.5 on average (2 rated)');
  await expect(card(page, 'Routines')).toContainText('3 routine sessions, 15 min in all.');
  await expect(card(page, 'Breaks')).toContainText('You took 80% of your breaks');
  await expect(card(page, 'Patterns over the last 4 weeks')).toContainText('Not enough days to compare yet');
  await expect(card(page, 'Daily check-ins')).toContainText('Sleep7.0 h a night');

  // The week's workstation check, against the one before it.
  const desk = card(page, 'Your desk setup');
  await expect(desk).toContainText('compared with Nov 5');
  await expect(desk.getByRole('listitem')).toHaveText([
    /^Phone on calls: better \(was: between my ear and my shoulder/,
  ]);

  // The entries, oldest first, with areas, numbers, words and notes.
  const entries = card(page, 'This week’s entries');
  await entries.getByRole('button', { name: 'Show 7 entries' }).click();
  const entryRows = entries.locator('tbody tr');
  await expect(entryRows).toHaveCount(7);
  await expect(entryRows.nth(1)).toContainText('Temple (your right) 7 aching, throbbing');
  await expect(entryRows.nth(1)).toContainText('Headache behind the right eye after a long video call');

  // The week picker: back a week (steady 6s), forward again, never past this week.
  await picker.getByRole('button', { name: 'Previous week: Week 46 of 2024' }).click();
  await expect(page).toHaveURL(/#\/report\/2024-W46$/);
  await expect(page.locator('.headline-title')).toHaveText(
    'Your pain averaged 6.0 this week, about the same as last week.',
  );
  await expect(picker.getByRole('button', { name: /^Previous week/ })).toBeFocused();
  await picker.getByRole('button', { name: 'Next week: Week 47 of 2024' }).click();
  await expect(page).toHaveURL(/#\/report\/2024-W47$/);
  await picker.getByRole('button', { name: 'Back to this week' }).click();
  await expect(picker).toContainText('This week');
  await expect(picker.getByRole('button', { name: 'Next week: not here yet' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await expect(page.locator('.headline-title')).toHaveText('No pain entries this week.');
  // A week in the future in the address shows this week.
  await page.goto(routeUrl(preview!, 'report/2999-W01'));
  await expect(picker).toContainText('This week');
});

test('screens in light, dark and a narrow window', async ({ page }) => {
  await openSeeded(page);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1180, height: 900 });
    await page.goto(routeUrl(preview!, `report/${SEEDED_WEEK}`));
    await expect(page.locator('.headline-title')).toContainText('3.6');
    await screenshot(page, `report-${scheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 400, height: 860 });
  await page.goto(routeUrl(preview!, `report/${SEEDED_WEEK}`));
  await expect(page.locator('.headline-title')).toContainText('3.6');
  await screenshot(page, 'report-narrow');
  await screenshot(page, 'report-narrow-top', { fullPage: false });
  await page.locator('.report-daily').scrollIntoViewIfNeeded();
  await screenshot(page, 'report-narrow-chart', { fullPage: false });
  await page.locator('.report-heat .heat-list').scrollIntoViewIfNeeded();
  await screenshot(page, 'report-narrow-heat', { fullPage: false });
  // An empty week, honestly empty.
  await page.setViewportSize({ width: 1180, height: 900 });
  await page.goto(routeUrl(preview!, 'report/2024-W40'));
  await expect(page.locator('.headline-title')).toHaveText('No pain entries this week.');
  await expect(page.locator('.headline-detail')).toContainText('This week is before your first entry');
  await screenshot(page, 'report-empty-week');
});

test('the clinician PDF: one or two pages on A4 and on Letter, and Save as PDF prints', async ({ page }) => {
  await openSeeded(page);
  await page.setViewportSize({ width: 1180, height: 900 });
  // Dark on screen: the printout must still be light.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(routeUrl(preview!, `report/${SEEDED_WEEK}`));
  await expect(page.locator('.headline-title')).toContainText('3.6');

  // In the web preview the button hands over to the browser's print dialog, on the paper chosen.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  const paper = page.getByLabel('Paper');
  await paper.selectOption('Letter');
  await expect(page.locator('.report-page')).toHaveAttribute('data-paper', 'letter');
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (const format of ['A4', 'Letter'] as const) {
    await page.emulateMedia({ media: 'screen' });
    await paper.selectOption(format);
    await page.emulateMedia({ media: 'print' });
    const pdfPath = path.join(SCREENSHOT_DIR, `report-${format.toLowerCase()}.pdf`);
    await page.pdf({ path: pdfPath, format, printBackground: true });
    const prefix = path.join(SCREENSHOT_DIR, `report-pdf-${format.toLowerCase()}`);
    for (const old of fs.readdirSync(SCREENSHOT_DIR)) {
      if (old.startsWith(path.basename(prefix) + '-')) fs.rmSync(path.join(SCREENSHOT_DIR, old));
    }
    execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, prefix]);
    const pages = fs.readdirSync(SCREENSHOT_DIR).filter((f) => f.startsWith(path.basename(prefix) + '-'));
    expect(pages.length, `${format} pages`).toBeGreaterThanOrEqual(1);
    expect(pages.length, `${format} pages`).toBeLessThanOrEqual(2);
    const text = execFileSync('pdftotext', [pdfPath, '-']).toString().replace(/\s+/g, ' ');
    expect(text).toContain('Weekly pain report');
    expect(text).toContain('Your pain averaged 3.6 this week');
    expect(text).toContain('Headache behind the right eye after a long video call');
    expect(text).toContain('Pain that is much worse at night and that rest or no position eases');
    expect(text).toContain('See a doctor soon'); // the tier, in words as well as colour
    expect(text).toContain('eased by 1.5 on average');
    expect(text).not.toContain('Show as table');
    expect(text).not.toContain('Your data stays on this computer'); // no sidebar
  }
});
