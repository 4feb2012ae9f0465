/**
 * "Find the source" end to end through the web preview: log pain on the body
 * map with the keyboard alone, see the possible sources of that entry, start
 * the suggested release routine; pick places on the map in the view itself
 * (with the explained empty result); the person's own relief; and red-flag
 * advice after saving (the entry is saved regardless). Screenshots of the
 * view and of the advice, to look at.
 */
import { expect, test, type Page } from '@playwright/test';
import { makeDataDir, routeUrl, screenshot, startPreview, type RunningPreview } from './preview';

let preview: RunningPreview | undefined;
test.afterEach(async () => {
  await preview?.stop();
  preview = undefined;
});

const focusedRegion = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-region'));
const sourceList = (page: Page) => page.getByRole('list', { name: 'Possible sources, closest match first' });

test('keyboard only: log pain on the map, see possible sources, start the suggested routine', async ({ page }) => {
  preview = await startPreview(makeDataDir());
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1180, height: 900 });
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();

  await page.keyboard.press('Control+3');
  await expect(page.getByRole('heading', { name: 'Pain log', level: 1 })).toBeFocused();
  // Into the front view of the map, then across to the right temple (on the left of the picture: you face us).
  await page.keyboard.press('Tab');
  expect(await focusedRegion(page)).toBe('forehead-left');
  await page.keyboard.press('ArrowLeft');
  expect(await focusedRegion(page)).toBe('forehead-right');
  await page.keyboard.press('ArrowLeft');
  expect(await focusedRegion(page)).toBe('temple-right');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('checkbox', { name: 'Temple (your right)', exact: true })).toBeChecked();

  // Past the back view and the search box to the new place's 0–10 scale.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const scale = page.getByRole('slider', { name: 'Temple (your right): intensity' });
  await expect(scale).toBeFocused();
  await page.keyboard.press('6');
  await expect(scale).toHaveAttribute('aria-valuenow', '6');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'aching' })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Control+Enter');

  const entries = page.getByRole('list', { name: 'Pain entries' });
  await expect(entries).toContainText('Temple (your right): 6 · aching');
  const seeSources = page.getByRole('button', { name: 'See possible sources' });
  await expect(seeSources).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/#\/sources\/entry\/[A-Za-z0-9_-]+$/);
  await expect(page.getByRole('heading', { name: 'Possible sources', level: 1 })).toBeFocused();
  await expect(page.getByText('not a diagnosis')).toBeVisible();
  await expect(page.getByText(/From your entry of today, .*: Temple \(your right\)\./)).toBeVisible();
  // The sidebar still says where you are.
  await expect(
    page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: /Pain log/ }),
  ).toHaveAttribute('aria-current', 'page');

  const items = sourceList(page).getByRole('listitem');
  const firstThree = (await items.allTextContents()).slice(0, 3).join(' | ');
  expect(firstThree).toContain('Upper trapezius');
  const trapezius = items.filter({ has: page.getByRole('heading', { name: 'Upper trapezius — your right side' }) });
  await expect(trapezius).toContainText('Can send pain to Temple (your right).');
  // Only the right side's pattern reaches the right temple.
  await expect(page.getByRole('heading', { name: 'Upper trapezius — your left side' })).toHaveCount(0);
  // The map shows the place that hurts and the first muscle's pattern.
  await expect(page.getByRole('checkbox', { name: /^Temple \(your right\)/ })).toBeChecked();
  await expect(page.locator('.sources-map .bm-region[data-referral]')).not.toHaveCount(0);
  await screenshot(page, 'sources-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'sources-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 400, height: 800 });
  await screenshot(page, 'sources-narrow');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
  await page.setViewportSize({ width: 1180, height: 900 });

  // Tab to the trapezius's Start routine button and start it.
  const start = page.getByRole('button', { name: 'Start routine: release the Upper trapezius, your right side' });
  for (let i = 0; i < 30 && !(await start.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(start).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/routines\/play\/release-upper-trapezius\/right$/);
  await expect(page.getByRole('heading', { name: 'Top of the shoulder release', level: 1 })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Right side only' })).toBeChecked();
});

test('pick places in the view itself: the explained empty result, ranking, your relief, the map', async ({ page }) => {
  preview = await startPreview(makeDataDir());
  await page.setViewportSize({ width: 1180, height: 900 });
  await page.goto(preview.url);
  // Two rated sessions of the temporalis release: 6 → 3 and 5 → 3 (relief 2.5 on average).
  await page.evaluate(async () => {
    for (const [before, after, day] of [
      [6, 3, 16],
      [5, 3, 17],
    ] as const) {
      await window.unknot.routines.sessionSave({
        session: {
          routineId: 'release-temporalis',
          side: 'right',
          startedAt: `2026-11-${day}T09:00:00+01:00`,
          endedAt: `2026-11-${day}T09:05:00+01:00`,
          rounds: 2,
          pressSeconds: 120,
          pressRounds: { left: 0, right: 2 },
          before,
          after,
          stopReason: null,
        },
      });
    }
  });
  await page.goto(routeUrl(preview, 'sources'));
  await expect(page.getByRole('heading', { name: 'Possible sources', level: 1 })).toBeVisible();
  await expect(page.getByText('Mark where it hurts to see possible sources.')).toBeVisible();

  // A place no muscle in the atlas refers to: said plainly, with where to turn.
  await page.getByRole('checkbox', { name: 'Heel (your left)', exact: true }).click();
  await expect(page.getByText('No muscle in Unknot’s atlas is known to send pain to Heel (your left).')).toBeVisible();
  await expect(page.getByText(/a doctor or physical therapist can help find out why/)).toBeVisible();
  await expect(page).toHaveURL(/#\/sources\/heel-left$/);

  // Add the right temple: now there are possible sources, and your own relief shows.
  await page.getByRole('checkbox', { name: 'Temple (your right)', exact: true }).click();
  await expect(page).toHaveURL(/#\/sources\/heel-left\/temple-right$/);
  const temporalis = sourceList(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Temporalis — your right side' }) });
  await expect(temporalis).toContainText('(1 of your 2 places)');
  await expect(temporalis).toContainText('Its routines have helped you by about 2.5 points (2 rated sessions).');
  // Your relief breaks the tie between muscles that reach the temple equally: the temporalis comes first.
  await expect(sourceList(page).getByRole('listitem').first()).toContainText('Temporalis');
  const trapezius = sourceList(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Upper trapezius — your right side' }) });
  await expect(trapezius).not.toContainText('helped you');

  // Show another muscle on the map: its pattern replaces the first one's.
  const second = sourceList(page).getByRole('listitem').nth(1);
  const secondName = (await second.getByRole('heading').textContent())!.split(' — ')[0]!;
  await second.getByRole('button', { name: /^Show on the map: / }).click();
  await expect(second.getByRole('button', { name: /^Show on the map: / })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(`Also showing the ${secondName} on your right side`)).toBeVisible();

  // The address keeps the places: a reload shows the same.
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Heel (your left)', exact: true })).toBeChecked();
  await expect(sourceList(page).getByRole('listitem').first()).toContainText('Temporalis');

  // The muscle page is one click away.
  await trapezius.getByRole('link', { name: 'About this muscle: Upper trapezius' }).click();
  await expect(page).toHaveURL(/#\/routines\/muscle\/upper-trapezius$/);
});

test('numbness: with weakness, see a doctor soon; alone, mention it if it lingers; the entry is saved either way', async ({
  page,
}) => {
  preview = await startPreview(makeDataDir());
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1180, height: 900 });
  await page.goto(preview.url);
  await page.goto(routeUrl(preview, 'pain'));

  // Weakness in the note.
  await page.getByRole('searchbox').fill('hand back right');
  await page.getByRole('searchbox').press('Enter');
  await page.getByRole('slider', { name: 'Back of hand (your right): intensity' }).press('5');
  await page.getByRole('group', { name: 'Back of hand (your right): how it feels' }).getByText('numb').click();
  await page.getByLabel(/^Note/).fill('Fingers numb since lunch, and my grip feels weak');
  await page.getByRole('button', { name: 'Save entry' }).click();

  const advice = page.getByRole('alert').filter({ hasText: 'Numbness or tingling with weakness' });
  await expect(advice).toBeVisible();
  await expect(advice).toContainText('Please see a doctor or physical therapist soon');
  await expect(advice).toContainText('You can keep logging as usual.');
  const entries = page.getByRole('list', { name: 'Pain entries' });
  await expect(entries).toContainText('Back of hand (your right): 5 · numb');
  await expect(entries).toContainText(
    'Numbness or tingling with weakness: please see a doctor soon, today if you can.',
  );
  await screenshot(page, 'pain-advice-light', { fullPage: false });
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'pain-advice-dark', { fullPage: false });
  await page.emulateMedia({ colorScheme: 'light' });

  // Weakness from today's check-in, with tingling and nothing about weakness in the note.
  await page.evaluate(async () => {
    const now = new Date();
    const date = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    await window.unknot.checkin.save({
      checkin: {
        date,
        sleepHours: null,
        sleepQuality: null,
        stress: null,
        activeMinutes: null,
        water: null,
        interferenceActivity: null,
        interferenceEnjoyment: null,
        warningSigns: ['weakness-clumsiness'],
      },
    });
  });
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(advice).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Forearm, palm side (your left)', exact: true }).click();
  await page.getByRole('slider', { name: 'Forearm, palm side (your left): intensity' }).press('5');
  await page.getByRole('group', { name: 'Forearm, palm side (your left): how it feels' }).getByText('tingling').click();
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(advice).toBeVisible();
  await expect(
    entries.getByRole('listitem', { name: /^Pain \d+ of 10/ }).filter({ hasText: 'Forearm, palm side (your left)' }),
  ).toHaveCount(1);

  // Tingling without weakness anywhere: calm advice for the next visit, in that tier's colour, nothing in the way.
  await page
    .getByRole('button', { name: /^Delete entry from/ })
    .first()
    .click();
  await page.evaluate(async () => {
    const now = new Date();
    const date = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    const day = await window.unknot.checkin.get({ date });
    await window.unknot.checkin.save({ checkin: { ...day.checkin!, warningSigns: [] } });
  });
  await page.getByRole('checkbox', { name: 'Palm (your left)', exact: true }).click();
  await page.getByRole('slider', { name: 'Palm (your left): intensity' }).press('5');
  await page.getByRole('group', { name: 'Palm (your left): how it feels' }).getByText('tingling').click();
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('region', { name: 'Saved entry' })).toContainText('Palm (your left)');
  await expect(advice).toHaveCount(0);
  const alone = page.getByRole('alert').filter({ hasText: 'About the numbness or tingling' });
  await expect(alone).toHaveAttribute('data-tier', 'next-visit');
  await expect(alone).toContainText('If it lingers, keeps coming back');
  await expect(alone).toContainText('avoid pressing on a numb area');
});

test('the left chest or the breastbone: a heart warning above every "Start routine", in light, dark and 400 px', async ({
  page,
}) => {
  preview = await startPreview(makeDataDir());
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1180, height: 900 });
  await page.goto(preview.url);
  await page.goto(routeUrl(preview, 'sources'));
  await expect(page.getByRole('heading', { name: 'Possible sources', level: 1 })).toBeVisible();
  const warning = page.getByRole('alert').filter({ hasText: 'Chest pain: think of your heart first' });
  await expect(warning).toHaveCount(0);

  // The right upper chest alone: muscles only.
  await page.getByRole('checkbox', { name: 'Upper chest (your right)', exact: true }).click();
  await expect(sourceList(page).getByRole('listitem').first()).toBeVisible();
  await expect(warning).toHaveCount(0);

  // The left upper chest: the warning comes first, in the emergency tier, before any routine can start.
  await page.getByRole('checkbox', { name: 'Upper chest (your left)', exact: true }).click();
  await expect(warning).toBeVisible();
  await expect(warning).toHaveAttribute('data-tier', 'emergency');
  await expect(warning).toContainText('Call emergency services now');
  await expect(warning).toContainText('whether you are resting or active');
  const firstStart = sourceList(page)
    .getByRole('button', { name: /^Start routine/ })
    .first();
  await expect(firstStart).toBeVisible();
  const warningFirst = await page.evaluate(() => {
    const w = document.querySelector('.sources-chest-warning');
    const start = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Start routine');
    return !!w && !!start && (w.compareDocumentPosition(start) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  });
  expect(warningFirst).toBe(true);
  await screenshot(page, 'sources-chest-warning-light', { fullPage: false });
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'sources-chest-warning-dark', { fullPage: false });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 400, height: 900 });
  await screenshot(page, 'sources-chest-warning-narrow', { fullPage: false });
  await page.setViewportSize({ width: 1180, height: 900 });

  // Taking the left chest away takes the warning away; the breastbone alone brings it back.
  await page.getByRole('checkbox', { name: /^Upper chest \(your left\)/ }).click();
  await expect(warning).toHaveCount(0);
  await page.goto(routeUrl(preview, 'sources/sternum~4'));
  await expect(warning).toBeVisible();
});

test('pain at the knot itself: the top of the shoulder finds its muscles, and a new muscle has its page and routine', async ({
  page,
}) => {
  preview = await startPreview(makeDataDir());
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1180, height: 900 });
  await page.goto(preview.url);
  await page.goto(routeUrl(preview, 'sources/top-of-shoulder-right~5'));
  const list = sourceList(page).getByRole('listitem');
  // Muscles that send pain there first; then those whose knots sit right there, said so.
  await expect(list.nth(0)).toContainText('Middle trapezius');
  await expect(list.nth(0)).toContainText('Can send pain to Top of shoulder (your right)');
  const trap = list.filter({ hasText: 'Upper trapezius' });
  await expect(trap).toContainText('Its trigger points can sit right where it hurts: Top of shoulder (your right).');
  await expect(trap).not.toContainText('Can send pain to');
  await screenshot(page, 'sources-knot-site-light', { fullPage: false });

  // The new mid-back region, beside the spine below the shoulder blade, is on the map.
  await page.goto(routeUrl(preview, 'sources'));
  await page.getByRole('checkbox', { name: 'Mid-back, below the shoulder blade (your left)', exact: true }).click();
  await expect(list.first()).toContainText('Iliocostalis thoracis');

  // A muscle from the addendum: its page (map, cautions, stop signs) and its release routine.
  await page.goto(routeUrl(preview, 'routines/muscle/lower-trapezius'));
  await expect(page.getByRole('heading', { name: 'Lower trapezius', level: 1 })).toBeVisible();
  await expect(page.getByText('Mid-back pain that is constant')).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await screenshot(page, `muscle-lower-trapezius-${scheme}`, { fullPage: false });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 400, height: 900 });
  await screenshot(page, 'muscle-lower-trapezius-narrow', { fullPage: false });
  await page.setViewportSize({ width: 1180, height: 900 });
  await page.goto(routeUrl(preview, 'routines/play/release-lower-trapezius/right'));
  await expect(page.getByRole('heading', { name: 'Lower shoulder blade release', level: 1 })).toBeVisible();
});
