/**
 * The Report screen end to end through the web preview, on a week seeded by
 * importing an export file (report-seed.ts, figures worked out by hand): the
 * headline and numbers, the daily table alternative, the heat map and its
 * list, what helps you, breaks, warning signs by tier, "This week", the week
 * picker, the lazily loaded code, and the clinician PDF on A4 and Letter (one
 * page for the seeded week, two at most for a heavy one, every section found
 * by poppler's pdftotext, pages counted by pdfinfo and rendered to PNG with
 * pdftoppm). Screenshots in light, dark and a 400 px window.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  SCREENSHOT_DIR,
  makeDataDir,
  routeUrl,
  screenshot,
  startPreview,
  type RunningPreview,
  importIntoPage,
} from './preview';
import { SEEDED_WEEK, reportSeed } from './report-seed';
import { DENSE_WEEK, denseSeed } from './report-dense-seed';

let preview: RunningPreview | undefined;
test.afterEach(async () => {
  await preview?.stop();
  preview = undefined;
});

async function openSeeded(page: Page): Promise<void> {
  preview = await startPreview(makeDataDir());
  await page.goto(preview.url);
  const result = await importIntoPage(page, JSON.stringify(reportSeed()));
  expect(result.summary?.added).toMatchObject({
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

  // The warning sign from Tuesday's check-in, listed under its tier with its day; a week is about the past, so
  // no same-day advice (and pain eased clearly since the baseline, so no progress advice either).
  const signs = page.locator('.report-signs');
  await expect(signs.getByRole('heading', { name: 'Warning signs noted this week', level: 2 })).toBeVisible();
  await expect(signs.locator('[data-tier="soon"]')).toContainText(
    /See a doctor soon\s*Tuesday.*19.*: Pain that is much worse at night and that rest or no position eases/,
  );
  await expect(page.locator('.report-advice-item')).toHaveCount(0);
  await expect(page.locator('.report-advice')).not.toContainText(/today/i);
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
  // Ranked by intensity-days: temple 6 (Mon, 5 and 7) + 2 (Sun) = 8 on 2 days; the neck (3, 4) and the shoulder
  // (3, 4) 7 each on 2 days; the low back 2 on one day.
  const areas = heat.getByRole('list', { name: 'Areas, by how often and how much' }).getByRole('listitem');
  await expect(areas).toHaveCount(4);
  await expect(areas.first()).toContainText('Temple (your right)');
  await expect(areas.first()).toContainText('on 2 days · 4.7 avg · max 7.0');
  await expect(areas.last()).toContainText(/^Lower back.*on 1 day · 2\.0 avg/);

  // The 12-week trend labels weeks by the date they start; the ISO week is in the tooltip and the table.
  const trend = card(page, 'The last 12 weeks');
  await expect(trend.locator('.chart-x text').last()).toHaveText(/^(18 Nov|Nov 18)$/);
  await expect(trend.locator('.chart-x')).not.toContainText('W47');
  await expect(trend.getByRole('table')).toContainText('Week 47 of 2024');

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

  // This week: three next steps from the data, each with its link.
  const next = page.locator('.report-next').getByRole('listitem');
  await expect(next).toHaveCount(3);
  await expect(next.nth(0)).toContainText('Talk to a doctor or physical therapist about the warning signs you noted');
  await expect(next.nth(0).getByRole('link')).toHaveAttribute('href', '#/learn/when-to-see-a-professional');
  await expect(next.nth(1)).toContainText(
    'Keep doing Top of the shoulder release: it eased you by 1.5 on average over 2 sessions',
  );
  await expect(next.nth(1).getByRole('link')).toHaveAttribute('href', '#/routines/play/release-upper-trapezius');
  // The bag on one shoulder loads the upper trapezius, behind the temple and neck pain logged.
  await expect(next.nth(2)).toContainText('Lighten your bag and carry it on both shoulders');
  await expect(next.nth(2)).toContainText('temple (your right)');
  await expect(next.nth(2).getByRole('link')).toHaveAttribute('href', '#/learn/workstation-check');

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
  await page.locator('.report-trend').scrollIntoViewIfNeeded();
  await screenshot(page, 'report-narrow-trend', { fullPage: false });
  await page.locator('.report-next').scrollIntoViewIfNeeded();
  await screenshot(page, 'report-narrow-next', { fullPage: false });
  // An empty week, honestly empty.
  await page.setViewportSize({ width: 1180, height: 900 });
  await page.goto(routeUrl(preview!, 'report/2024-W40'));
  await expect(page.locator('.headline-title')).toHaveText('No pain entries this week.');
  await expect(page.locator('.headline-detail')).toContainText('This week is before your first entry');
  await screenshot(page, 'report-empty-week');
});

/** The PDF's sections, by their headings, each of which must appear on both papers. */
const SHEET_SECTIONS = [
  'Pain diary summary',
  'Period:',
  'Printed',
  'Self-reported with Unknot',
  'This week against baseline',
  '12-week trend',
  'Average pain',
  'Worst pain',
  'Interference with activity and enjoyment',
  'Interference: activity',
  'Interference: enjoyment',
  'Pain locations',
  'Warning signs reported',
  'Routines and breaks',
  'Sleep and stress',
];

/** Prints the report page to PDF on the paper, renders its pages to PNG and returns the page count and text. */
async function printSheet(page: Page, name: string, format: 'A4' | 'Letter') {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.emulateMedia({ media: 'print' });
  const pdfPath = path.join(SCREENSHOT_DIR, `${name}-${format.toLowerCase()}.pdf`);
  await page.pdf({ path: pdfPath, format, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const prefix = path.join(SCREENSHOT_DIR, `${name}-pdf-${format.toLowerCase()}`);
  for (const old of fs.readdirSync(SCREENSHOT_DIR)) {
    if (old.startsWith(path.basename(prefix) + '-')) fs.rmSync(path.join(SCREENSHOT_DIR, old));
  }
  execFileSync('pdftoppm', ['-png', '-r', '70', pdfPath, prefix]);
  const info = execFileSync('pdfinfo', [pdfPath]).toString();
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
  const text = execFileSync('pdftotext', [pdfPath, '-']).toString();
  return { pages, width: Number(size?.[1]), height: Number(size?.[2]), text, flat: text.replace(/\s+/g, ' ') };
}

/** Imports an export file into the running preview (the seeded week's own import is openSeeded). */
async function importSeed(page: Page, seed: unknown): Promise<void> {
  const result = await importIntoPage(page, JSON.stringify(seed));
  expect(result.summary?.added.painEntries).toBeGreaterThan(0);
}

test('the clinician PDF: one page on A4 and Letter, every section, name and paper remembered', async ({ page }) => {
  await openSeeded(page);
  await page.setViewportSize({ width: 1180, height: 900 });
  // Dark on screen: the printout must still be light.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(routeUrl(preview!, `report/${SEEDED_WEEK}`));
  await expect(page.locator('.headline-title')).toContainText('3.6');

  // In the web preview the button hands over to the browser's print dialog, after the name and paper are entered.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  const form = page.getByRole('form', { name: 'A summary for your clinician' });
  await form.getByLabel('Name on the PDF').fill('Alex Example');
  await form.getByLabel('Date of birth').fill('1899-12-31');
  await expect(form.getByText('Enter a date from 1900 on.')).toBeVisible();
  await expect(form.getByRole('button', { name: 'Save PDF' })).toBeDisabled();
  await form.getByLabel('Date of birth').fill('1968-04-23');
  await form.getByLabel('Paper').selectOption('Letter');
  await expect(page.locator('.report-page')).toHaveAttribute('data-paper', 'letter');
  await screenshot(page, 'report-save-pdf-form', { fullPage: false });
  await form.getByRole('button', { name: 'Save PDF' }).click();
  await expect(form).toBeHidden();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  // Remembered: a fresh load offers the same name, date of birth and paper.
  await page.reload();
  await expect(page.locator('.headline-title')).toContainText('3.6');
  await expect(page.locator('.report-page')).toHaveAttribute('data-paper', 'letter');
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(form.getByLabel('Name on the PDF')).toHaveValue('Alex Example');
  await expect(form.getByLabel('Date of birth')).toHaveValue('1968-04-23');
  await expect(form.getByLabel('Paper')).toHaveValue('Letter');

  for (const format of ['A4', 'Letter'] as const) {
    await form.getByLabel('Paper').selectOption(format);
    const pdf = await printSheet(page, 'report', format);
    // A4 is 595 × 842 pt, Letter 612 × 792 pt.
    const [width, height] = format === 'A4' ? [595, 842] : [612, 792];
    expect(Math.abs(pdf.width - width), `${format} width ${pdf.width}`).toBeLessThan(2);
    expect(Math.abs(pdf.height - height), `${format} height ${pdf.height}`).toBeLessThan(2);
    expect(pdf.pages, `${format} pages`).toBe(1);
    for (const section of SHEET_SECTIONS) expect(pdf.flat, `${format}: ${section}`).toContain(section);
    expect(pdf.flat).toContain('Patient: Alex Example');
    expect(pdf.flat).toMatch(/Date of birth: (23 Apr 1968|Apr 23, 1968)/);
    // This week against the baseline, with the verdict and the rule.
    expect(pdf.flat).toContain('Against baseline 6.0/10: −2.4 points, −40%, meaningful improvement');
    expect(pdf.flat).toContain('≥ 2 points or ≥ 30%');
    // The trend's current week, interference this week (PEG-style), locations most frequent first.
    expect(pdf.flat).toMatch(/Average pain( –){9} 6\.0 6\.0 3\.6\b/);
    expect(pdf.flat).toMatch(/Worst pain( –){9} 6\.0 6\.0 7\.0\b/);
    expect(pdf.flat).toContain('interference with general activity 3.0/10, with enjoyment of life 2.0/10');
    expect(pdf.flat).toMatch(/Temple \(right\) 2 4\.7 7\.0/);
    // Warning signs by tier and date; routines followed by lower pain; sleep and stress; the workstation.
    expect(pdf.flat).toMatch(
      /See a doctor soon Pain that is much worse at night and that rest or no position eases: (19 Nov|Nov 19)\b/,
    );
    expect(pdf.flat).toContain('Followed by lower pain');
    expect(pdf.flat).toContain('Top of the shoulder release (−1.5)');
    expect(pdf.flat).toContain('Breaks kept: 80%');
    expect(pdf.flat).toMatch(/Sleep 7\.0 h\/night/);
    expect(pdf.flat).toContain('Workstation factors');
    expect(pdf.flat).toContain('Carrying a bag');
    // Written for a clinician: no coaching, no second person, nothing from the app around it.
    expect(pdf.flat).not.toMatch(/\byou(r)?\b/i);
    expect(pdf.flat).not.toContain('keep logging');
    expect(pdf.flat).not.toContain('not your fault');
    expect(pdf.flat).not.toContain('Show as table');
    expect(pdf.flat).not.toContain('Your data stays on this computer');
  }
});

test('the clinician PDF of a heavy week stays within two pages on A4 and Letter, every section present', async ({
  page,
}) => {
  preview = await startPreview(makeDataDir());
  await page.goto(preview.url);
  await importSeed(page, denseSeed());
  await page.setViewportSize({ width: 1180, height: 900 });
  await page.goto(routeUrl(preview, `report/${DENSE_WEEK}`));
  await expect(page.locator('.headline-title')).toBeVisible();
  // A clear pattern: short-sleep days about three points worse over four weeks.
  await expect(page.locator('.factors-list [data-factor="short-sleep"]')).toBeVisible();
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  const form = page.getByRole('form', { name: 'A summary for your clinician' });
  await form.getByLabel('Name on the PDF').fill('Maximiliane Alexandra Beispiel-Oberhausen von Langenname');
  await form.getByLabel('Date of birth').fill('1950-01-31');
  for (const format of ['A4', 'Letter'] as const) {
    await form.getByLabel('Paper').selectOption(format);
    const pdf = await printSheet(page, 'report-dense', format);
    expect(pdf.pages, `${format} pages`).toBeGreaterThanOrEqual(1);
    expect(pdf.pages, `${format} pages`).toBeLessThanOrEqual(2);
    for (const section of [...SHEET_SECTIONS, 'Workstation factors']) {
      expect(pdf.flat, `${format}: ${section}`).toContain(section);
    }
    expect(pdf.flat).toContain('Emergency tier');
    expect(pdf.flat).toContain('Chest pain, pressure or tightness');
    expect(pdf.flat).toMatch(/Mean pain \d\.\d on days with sleep < 6 h vs \d\.\d otherwise/);
    expect(pdf.flat).toContain('and 3 more (on the map)');
    expect(pdf.flat).toContain('and 4 other routines');
    expect(pdf.flat).toContain('A sudden, very severe headache that reached its worst within about a minute');
    expect(pdf.flat).toContain('No improvement after about two weeks of regular self-care');
  }
});
