/**
 * The daily check-in on Today, end to end through the web preview: it asks
 * once the set time has passed, a saved urgent warning sign shows clear advice
 * to get checked (announced, urgent first), and a skipped day stays skipped
 * after a reload. Screenshots of the card asking and of the advice in light,
 * dark and a 400 px window.
 */
import { expect, test, type Page } from '@playwright/test';
import { importIntoPage, makeDataDir, routeUrl, screenshot, startPreview, type RunningPreview } from './preview';

let preview: RunningPreview | undefined;
test.afterEach(async () => {
  await preview?.stop();
  preview = undefined;
});

/** Sets the check-in time to midnight, so it has always passed, and opens Today afresh. */
async function openTodayWithCheckinDue(page: Page) {
  preview = await startPreview(makeDataDir());
  await page.goto(preview.url);
  await page.evaluate(() => window.unknot.settings.update({ patch: { checkin: { enabled: true, time: '00:00' } } }));
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
}

/**
 * Some history through the real import: three breaks and a routine today, two breaks on
 * the same weekday last week, so Today's week line and routines card have something to show.
 */
async function seedHistory(page: Page) {
  const text = await page.evaluate(() => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const at = (daysAgo: number, h: number, m: number) => {
      const d = new Date();
      d.setDate(d.getDate() - daysAgo);
      d.setHours(h, m, 0, 0);
      const off = -d.getTimezoneOffset();
      const sign = off < 0 ? '-' : '+';
      return (
        `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(h)}:${pad(m)}:00` +
        `${sign}${pad(Math.trunc(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`
      );
    };
    const brk = (id: string, daysAgo: number, h: number, outcome: string) => ({
      id,
      kind: 'micro',
      dueAt: at(daysAgo, h, 0),
      shownAt: outcome === 'natural' ? null : at(daysAgo, h, 0),
      outcome,
      secondsTaken: outcome === 'skipped' ? 0 : 30,
    });
    const file = {
      format: 'unknot-export',
      version: 1,
      exportedAt: at(0, 0, 1),
      painEntries: [],
      checkins: [],
      breaks: [
        brk('seed-break-1', 0, 0, 'taken'),
        brk('seed-break-2', 0, 0, 'natural'),
        brk('seed-break-3', 0, 0, 'taken'),
        brk('seed-break-4', 0, 0, 'skipped'),
        brk('seed-break-5', 7, 0, 'taken'),
        brk('seed-break-6', 7, 0, 'taken'),
      ],
      routineSessions: [
        {
          id: 'seed-session-1',
          routine: 'release-upper-trapezius',
          muscles: ['upper-trapezius'],
          side: 'right',
          startedAt: at(0, 0, 2),
          endedAt: at(0, 0, 7),
          rounds: 2,
          pressSeconds: 120,
          pressRounds: { left: 0, right: 2 },
          before: 6,
          after: 4,
          stopReason: null,
        },
      ],
      customRoutines: [],
    };
    return JSON.stringify(file);
  });
  const result = await importIntoPage(page, text);
  expect(result.summary?.added).toMatchObject({ breaks: 6, routineSessions: 1 });
}

const todayDate = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });

test('an emergency warning sign shows what to do as soon as it is ticked; saved signs get advice by tier, and logging goes on', async ({
  page,
}) => {
  await openTodayWithCheckinDue(page);
  await seedHistory(page);
  await page.reload();
  const card = page.getByRole('region', { name: 'How was today?' });
  await expect(card).toBeVisible();
  await expect(card.getByRole('button', { name: 'Skip today' })).toBeVisible();
  // This week so far against the same days last week: breaks taken (taken + on your own) and routines.
  const week = page.getByRole('region', { name: 'This week so far' });
  await expect(week).toContainText('More breaks and routines than by this day last week.');
  const figures = week.getByRole('list', { name: 'This week and last' }).getByRole('listitem');
  await expect(figures.nth(0)).toContainText('3 breaks taken');
  await expect(figures.nth(0)).toContainText('2 by this day last week');
  await expect(figures.nth(1)).toContainText('1 routine done');
  await expect(page.getByRole('list', { name: 'Routines today' })).toContainText('Eased by 2, from 6 to 4.');

  await card.getByLabel('Sleep last night').fill('7.5');
  // 0–10 answers: one Tab stop, a typed digit picks it (1 then 0 is 10).
  await card.getByRole('radio', { name: '0, very badly' }).focus();
  await page.keyboard.press('6');
  await expect(card.getByRole('radio', { name: '6', exact: true }).first()).toBeChecked();
  await card.getByRole('group', { name: 'How stressed did you feel today?' }).getByRole('radio').first().focus();
  await page.keyboard.press('1');
  await page.keyboard.press('0');
  await expect(
    card.getByRole('group', { name: 'How stressed did you feel today?' }).getByRole('radio', { name: '10, extremely' }),
  ).toBeChecked();
  await card.getByLabel('Water today').fill('6');
  await card.getByText('Anything new?').click();
  // The signs come in three groups, most urgent first.
  await expect(card.getByRole('group', { name: /^Call emergency services now/ })).toBeVisible();
  await expect(card.getByRole('group', { name: /^See a doctor soon/ })).toBeVisible();
  await expect(card.getByRole('group', { name: /^Mention it at your next visit/ })).toBeVisible();
  await expect(card.getByRole('alert')).toHaveCount(0);
  // An emergency cannot wait for Save: ticking shows (and announces) what to do at once.
  await card.getByRole('checkbox', { name: /^Chest pain, pressure or tightness, at rest or with effort/ }).check();
  const now = card.getByRole('alert');
  await expect(now).toHaveCount(1);
  await expect(now).toContainText('Call emergency services now');
  await expect(now).toContainText('Do not drive yourself');
  // A "see a doctor soon" sign waits for Save.
  await card
    .getByRole('checkbox', { name: 'Pain that is much worse at night and that rest or no position eases' })
    .check();
  await expect(card.getByRole('alert')).toHaveCount(1);

  for (const [name, viewport] of [
    ['today-checkin-light', { width: 1180, height: 900 }],
    ['today-checkin-narrow', { width: 400, height: 900 }],
  ] as const) {
    await page.setViewportSize(viewport);
    await screenshot(page, name);
  }
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1180, height: 900 });
  await screenshot(page, 'today-checkin-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  await card.getByRole('button', { name: 'Save check-in' }).click();

  // The emergency first, announced, and it says to get help rather than naming a cause; then "see a doctor soon".
  const alerts = page.getByRole('alert');
  await expect(alerts).toHaveCount(2);
  await expect(alerts.first()).toContainText('Call emergency services now');
  await expect(alerts.first()).toContainText('Chest pain, pressure or tightness');
  await expect(alerts.first()).toHaveAttribute('data-tier', 'emergency');
  await expect(alerts.nth(1)).toContainText('See a doctor soon, today if you can');
  await expect(alerts.nth(1)).toContainText('Pain that is much worse at night');
  await expect(alerts.nth(1)).toHaveAttribute('data-tier', 'soon');
  const summary = page.getByRole('list', { name: 'Today’s check-in' });
  await expect(summary).toContainText('Sleep 7.5 h, slept 6/10');
  await expect(summary).toContainText('Stress 10/10');
  await expect(summary).toContainText('6 glasses of water');
  await expect(page.getByRole('button', { name: 'Edit check-in' })).toBeVisible();

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1180, height: 900 });
    await screenshot(page, `today-checkin-advice-${scheme}`, { fullPage: false });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 400, height: 900 });
  await screenshot(page, 'today-checkin-advice-narrow', { fullPage: false });

  const saved = await page.evaluate((date) => window.unknot.checkin.get({ date }), await todayDate(page));
  expect(saved.settled).toBe(true);
  expect(saved.checkin).toMatchObject({
    sleepHours: 7.5,
    sleepQuality: 6,
    stress: 10,
    water: 6,
    activeMinutes: null,
    warningSigns: ['chest-exertion', 'night-pain'],
  });

  // Logging is never blocked: the quick log still saves.
  await page.goto(routeUrl(preview!, 'quick-log'));
  // Typing starts once the field has focus (the quick-log window opens that way; here the page loads first).
  await expect(page.getByRole('combobox', { name: 'Where does it hurt?' })).toBeFocused();
  await page.keyboard.type('tailbone');
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();

  // Back on Today, answered: the summary and the advice stay (only the emergency still announced), no questions again.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Daily check-in' })).toContainText('Call emergency services now');
  await expect(page.getByRole('region', { name: 'Daily check-in' })).toContainText('See a doctor soon');
  await expect(page.getByRole('alert')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Save check-in' })).toHaveCount(0);

  // Edit brings the answers back; an edit can remove the warning sign.
  await page.getByRole('button', { name: 'Edit check-in' }).click();
  await expect(page.getByLabel('Sleep last night')).toHaveValue('7.5');
  await expect(page.getByRole('alert')).toHaveCount(2); // the saved emergency sign, ticked again in the form
  await page.getByRole('checkbox', { name: /^Chest pain, pressure or tightness/ }).uncheck();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('alert')).toHaveCount(1);
  await expect(page.getByRole('alert')).toContainText('See a doctor soon');
});

test('skip today is remembered after a reload, and a bad number is named, not sent', async ({ page }) => {
  await openTodayWithCheckinDue(page);
  const card = page.getByRole('region', { name: 'How was today?' });
  await card.getByLabel('Sleep last night').fill('7.3');
  await card.getByRole('button', { name: 'Save check-in' }).click();
  await expect(card.getByRole('alert')).toContainText('Use quarter hours for sleep');
  await expect(card.getByLabel('Sleep last night')).toBeFocused();
  await expect(card.getByLabel('Sleep last night')).toHaveAttribute('aria-invalid', 'true');
  expect((await page.evaluate((date) => window.unknot.checkin.get({ date }), await todayDate(page))).settled).toBe(
    false,
  );

  await card.getByRole('button', { name: 'Skip today' }).click();
  const quiet = page.getByRole('region', { name: 'Daily check-in' });
  await expect(quiet).toContainText('You skipped today’s check-in');
  await expect(quiet.getByRole('heading', { name: 'Daily check-in' })).toBeFocused();

  await page.reload();
  await expect(page.getByRole('region', { name: 'Daily check-in' })).toContainText('You skipped today’s check-in');
  await expect(page.getByRole('button', { name: 'Save check-in' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Skip today' })).toHaveCount(0);
  const state = await page.evaluate((date) => window.unknot.checkin.get({ date }), await todayDate(page));
  expect(state).toEqual({ checkin: null, settled: true });

  // Still possible on purpose, without nagging: "Check in anyway" opens the questions.
  await page.getByRole('button', { name: 'Check in anyway' }).click();
  await expect(page.getByRole('button', { name: 'Save check-in' })).toBeVisible();
});

test('the check-in time and switch in Settings decide whether Today asks', async ({ page }) => {
  preview = await startPreview(makeDataDir());
  await page.goto(preview.url);
  await page.goto(routeUrl(preview, 'settings'));
  const section = page.getByRole('region', { name: 'Daily check-in' });
  const time = section.getByLabel('Daily check-in: From');
  await expect(time).toHaveValue('17:30');
  await time.focus();
  await page.keyboard.type('1200A'); // Chromium's en-US time field: hour, minutes, AM/PM = midnight
  await page.keyboard.press('Enter');
  await expect(section.getByRole('status')).toHaveText(/^Saved: daily check-in from 12:00\sAM\.$/);
  expect(await page.evaluate(async () => (await window.unknot.settings.get()).checkin)).toEqual({
    enabled: true,
    time: '00:00',
  });

  await page.goto(routeUrl(preview, 'today'));
  await expect(page.getByRole('region', { name: 'How was today?' })).toBeVisible();

  await page.goto(routeUrl(preview, 'settings'));
  const ask = section.getByRole('checkbox', { name: 'Ask me a few questions once a day' });
  await ask.click(); // saved at once; the box follows main's answer
  await expect(ask).not.toBeChecked();
  await expect(section.getByRole('status')).toHaveText('Saved: no daily check-in.');
  await page.goto(routeUrl(preview, 'today'));
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'How was today?' })).toHaveCount(0);
});
