/**
 * Routines end to end through the web preview: the library (filters, history,
 * today's suggestion), the player (a whole release routine on a sped-up clock,
 * the safety stop, the daily pressure cap, Space and →), the person's own
 * routines (create, edit, bad input, delete with undo), and the routine shown
 * inside the small break window. Screenshots of each to look at.
 */
import { expect, test, type Page } from '@playwright/test';
import { makeDataDir, routeUrl, screenshot, startPreview, type RunningPreview } from './preview';

let preview: RunningPreview | undefined;
test.afterEach(async () => {
  await preview?.stop();
  preview = undefined;
});

const at = (route: string) => routeUrl(preview!, route);

/** Opens the preview (its first link carries the token), then goes to a route. */
async function open(page: Page, route: string) {
  await page.goto(preview!.url);
  await page.goto(at(route));
}

const readSessions = (page: Page) => page.evaluate(() => window.unknot.routines.sessions({}));

/** The "before" step's choices, scoped to their groups (several have a "1"). */
function setup(page: Page) {
  return {
    before: page.getByRole('group', { name: /How strong is the pain or tightness/ }),
    side: page.getByRole('group', { name: 'Which side?' }),
    rounds: page.getByRole('group', { name: /^Rounds/ }),
  };
}

const stepKind = (page: Page) => page.locator('.run-main .step-kind');

test('play a release routine on a sped-up clock: ratings saved, history updated', async ({ page }) => {
  preview = await startPreview(makeDataDir(), { clockSpeed: 20 });
  await page.setViewportSize({ width: 1180, height: 860 });
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await page.keyboard.press('Control+2');
  await expect(page.getByRole('heading', { name: 'Routines', level: 1 })).toBeFocused();

  const card = page.locator('article[data-routine="release-upper-trapezius"]').last();
  await expect(card).toContainText('Your history: not tried yet');
  await card.getByRole('link', { name: 'Start Top of the shoulder release' }).click();
  await expect(page).toHaveURL(/#\/routines\/play\/release-upper-trapezius$/);
  await expect(page.getByRole('heading', { name: 'Top of the shoulder release', level: 1 })).toBeFocused();

  // Before a first press, where never to press is open (not folded away), with the shoulder-top note for pregnancy.
  const general = page.locator('details.pressure-cautions');
  await expect(general).toHaveAttribute('open', '');
  await expect(general).toContainText('This is your first routine with pressure');
  await expect(general).toContainText('blood thinners');
  await expect(page.getByText('If you are pregnant, keep pressure on the top of the shoulder gentle')).toBeVisible();
  await screenshot(page, 'routine-player-first-press', { fullPage: false });

  const { before, side, rounds } = setup(page);
  await before.getByRole('radio', { name: '6', exact: true }).check();
  await side.getByRole('radio', { name: 'Right side only' }).check();
  await rounds.getByRole('radio', { name: '1', exact: true }).check();
  await expect(page.getByText(/^4 steps · about/)).toBeVisible();
  await page.getByRole('button', { name: 'Start', exact: true }).click();

  // The routine runs: steps announce side and round; press steps ask how strong it is.
  await expect(page.getByRole('timer')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Pause/ })).toBeFocused();
  await expect(page.locator('.run-main .step-where')).toHaveText('Right side');
  await expect(stepKind(page)).toHaveText('Press and hold', { timeout: 10_000 });
  await page.getByRole('button', { name: /^Pause/ }).click(); // the hold lasts 3 s at this speed
  const strength = page.getByRole('group', { name: 'How strong is it now?' });
  await strength.getByRole('radio', { name: '8', exact: true }).check();
  await expect(page.getByText('Ease off a little.')).toBeVisible();
  await strength.getByRole('radio', { name: '6', exact: true }).check();
  await expect(page.getByText('Just right.')).toBeVisible();
  await page.getByRole('button', { name: /^Resume/ }).click();

  // 125 s of routine at 20× is about 6 s.
  await expect(page.getByRole('heading', { name: 'Well done. That’s the routine.' })).toBeVisible({ timeout: 15_000 });
  await page
    .getByRole('group', { name: /How does the area feel now/ })
    .getByRole('radio', { name: '3', exact: true })
    .check();
  await screenshot(page, 'routine-player-after', { fullPage: false });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Saved.' })).toBeFocused();
  await expect(page.getByText('Eased by 3, from 6 to 3.')).toBeVisible();
  await screenshot(page, 'routine-player-saved', { fullPage: false });

  const sessions = await readSessions(page);
  expect(sessions).toHaveLength(1);
  const s = sessions[0]!;
  expect(s).toMatchObject({
    routineId: 'release-upper-trapezius',
    side: 'right',
    rounds: 1,
    before: 6,
    after: 3,
    stopReason: null,
    pressRounds: { left: 0, right: 1 },
    muscles: ['upper-trapezius'],
  });
  expect(s.pressSeconds).toBeGreaterThan(0);
  expect(Date.parse(s.endedAt)).toBeGreaterThan(Date.parse(s.startedAt));
  expect(await page.evaluate(() => window.unknot.routines.pressRoundsToday())).toMatchObject({
    'upper-trapezius:right': 1,
    'upper-trapezius:left': 0,
  });

  await page.getByRole('link', { name: 'Back to routines' }).click();
  await expect(page.getByRole('heading', { name: 'Routines', level: 1 })).toBeFocused();
  await expect(card).toContainText('Your history: done once, eased by 3.0 on average');

  // After that first press the general cautions are folded away; a routine pressing below the collarbone names implants.
  await page.goto(at('routines/play/release-pectoralis-minor'));
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeEnabled();
  await expect(page.locator('details.pressure-cautions')).not.toHaveAttribute('open', '');
  await expect(
    page.getByText(/pacemaker, defibrillator, port or other implanted device, or breast implants/),
  ).toBeVisible();
});

test('leaving a routine part-way asks first; left anyway, it is stopped early, never a routine done', async ({
  page,
}) => {
  // 4× speed: the 5 s a routine must run before leaving records anything pass in about a second.
  preview = await startPreview(makeDataDir(), { clockSpeed: 4 });
  await page.setViewportSize({ width: 1180, height: 860 });
  await open(page, 'routines/play/release-upper-trapezius');
  await setup(page).side.getByRole('radio', { name: 'Right side only' }).check();
  await setup(page).rounds.getByRole('radio', { name: '1', exact: true }).check();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Pause/ })).toBeFocused();
  await page.keyboard.press('ArrowRight'); // on to the press step: a round of pressure is under way
  await expect(stepKind(page)).toHaveText('Press and hold');
  await page.waitForTimeout(1500);

  // Ctrl+1 (or any way out) first pauses the clock and asks.
  await page.keyboard.press('Control+1');
  const ask = page.getByRole('dialog', { name: 'Leave this routine?' });
  await expect(ask).toBeVisible();
  await expect(ask).toContainText('step 2 of 4');
  await expect(ask).toContainText('saved as stopped early');
  await expect(ask.getByRole('button', { name: 'Keep going' })).toBeFocused();
  await expect(page).toHaveURL(/#\/routines\/play\/release-upper-trapezius$/);
  const held = await page.getByRole('timer').textContent();
  await page.waitForTimeout(600);
  await expect(page.getByRole('timer')).toHaveText(held!);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await screenshot(page, `routine-leave-ask-${scheme}`, { fullPage: false });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 400, height: 860 });
  await screenshot(page, 'routine-leave-ask-narrow', { fullPage: false });
  await page.setViewportSize({ width: 1180, height: 860 });

  // Escape stays (it is not a safety stop), and the clock runs on.
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  await expect(page.getByRole('dialog', { name: /Safety stop/ })).toBeHidden();
  await expect(page.getByRole('button', { name: /^Pause/ })).toBeFocused();
  await expect(page.getByRole('timer')).not.toHaveText(held!);
  expect(await readSessions(page)).toHaveLength(0);

  // The back link asks too; this time the person leaves.
  await page.getByRole('link', { name: '← Routines' }).click();
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Leave the routine' }).click();
  await expect(page.getByRole('heading', { name: 'Routines', level: 1 })).toBeVisible();
  await expect.poll(async () => (await readSessions(page)).length).toBe(1);
  const [session] = await readSessions(page);
  expect(session).toMatchObject({
    side: 'right',
    stopReason: 'left-early',
    after: null,
    pressRounds: { left: 0, right: 1 },
    progress: { stepsDone: 1, stepsTotal: 4 },
  });
  // Its pressure counts toward today's limit ...
  expect(await page.evaluate(() => window.unknot.routines.pressRoundsToday())).toMatchObject({
    'upper-trapezius:right': 1,
  });
  // ... but it is not a routine done: not in the history, not in Today's counts, and shown as stopped early.
  const card = page.locator('article[data-routine="release-upper-trapezius"]').last();
  await expect(card).toContainText('Your history: not tried yet');
  await page.keyboard.press('Control+1');
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  const today = page.getByRole('list', { name: 'Routines today' });
  await expect(today).toContainText('Top of the shoulder release · stopped early, 1 of 4 steps');
  await expect(page.locator('.routines-today .badge')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'This week so far' })).toContainText('Nothing yet this week');
  await screenshot(page, 'routine-left-early-today', { fullPage: false });
});

test('the library: sections, suggestion, filters by area, tool and length, screenshots', async ({ page }) => {
  preview = await startPreview(makeDataDir());
  await page.setViewportSize({ width: 1180, height: 860 });
  await open(page, 'routines');
  await expect(page.getByRole('heading', { name: 'Routines', level: 1 })).toBeVisible();
  for (const name of [
    'Today’s suggestion',
    'Desk routines',
    'Release one muscle',
    'Strengthening',
    'Micro-pauses & stretch breaks',
    'Your own routines',
  ]) {
    await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
  }
  const suggestion = page.getByRole('region', { name: 'Today’s suggestion' });
  await expect(suggestion).toContainText('No pain logged in the last week');
  await expect(page.getByText('You haven’t made a routine of your own yet.')).toBeVisible();
  await expect(page.getByText(/^Showing all 54 routines$/)).toBeVisible();

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await screenshot(page, `routines-library-${scheme}`, { fullPage: false });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 400, height: 860 });
  await screenshot(page, 'routines-library-narrow', { fullPage: false });
  await page.setViewportSize({ width: 1180, height: 860 });

  // Muscles link to their pages; cautions open on request.
  const trap = page.locator('article[data-routine="release-upper-trapezius"]');
  await expect(trap.getByRole('link', { name: 'Upper trapezius' })).toHaveAttribute(
    'href',
    '#/routines/muscle/upper-trapezius',
  );
  await expect(trap.getByText('If your arm or hand starts to tingle')).toBeHidden();
  await trap.getByText('Cautions').click();
  await expect(trap.getByText('If your arm or hand starts to tingle')).toBeVisible();

  // Filters, by keyboard: the area list, then arrow keys through the tool choices.
  await page.getByLabel('Body area').selectOption({ label: 'Head and face' });
  await expect(page.getByText(/^Showing \d+ of 54 routines$/)).toBeVisible();
  await expect(page.locator('article[data-routine="release-masseter"]')).toBeVisible();
  await expect(page.locator('article[data-routine="release-piriformis"]')).toHaveCount(0);
  const tools = page.getByRole('group', { name: 'Tool' });
  await tools.getByRole('radio', { name: 'Any' }).focus();
  await page.keyboard.press('ArrowRight'); // Hands
  await page.keyboard.press('ArrowRight'); // Ball
  await expect(tools.getByRole('radio', { name: 'Ball' })).toBeChecked();
  await expect(page.locator('article[data-routine="release-masseter"]')).toHaveCount(0); // hands only
  await expect(page.locator('article[data-routine="release-suboccipitals"]')).toBeVisible();
  await page.getByRole('group', { name: 'Length' }).getByRole('radio', { name: 'Under 2 min' }).check();
  await expect(page.getByText('No routine matches all of these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(page.getByText(/^Showing all 54 routines$/)).toBeVisible();
  await page.getByRole('group', { name: 'Length' }).getByRole('radio', { name: 'Under 2 min' }).check();
  await expect(page.locator('article[data-routine="micro-chin-tuck"]')).toBeVisible();
  // (Today's suggestion stays whatever the filters.)
  await expect(
    page.locator('.routine-section:not(.suggestion) article[data-routine="desk-neck-shoulders"]'),
  ).toHaveCount(0);
  // Filters are kept while moving around the section.
  await page.reload();
  await expect(page.getByRole('group', { name: 'Length' }).getByRole('radio', { name: 'Under 2 min' })).toBeChecked();
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await screenshot(page, 'routines-library-full-light');

  // A muscle link opens its atlas page, and back.
  await trap.getByRole('link', { name: 'Upper trapezius' }).click();
  await expect(page).toHaveURL(/#\/routines\/muscle\/upper-trapezius$/);
  await expect(page.getByRole('heading', { name: 'Upper trapezius', level: 1 })).toBeFocused();
  await page.getByRole('link', { name: '← Routines' }).click();
  await expect(page.getByRole('heading', { name: 'Routines', level: 1 })).toBeFocused();
});

test('today’s suggestion follows the pain log and starts on the side that hurts', async ({ page }) => {
  preview = await startPreview(makeDataDir());
  await page.goto(preview.url);
  await page.evaluate(async () => {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    const off = -d.getTimezoneOffset();
    const at =
      `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:00` +
      `${off < 0 ? '-' : '+'}${pad(Math.trunc(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
    await window.unknot.pain.add({
      entry: {
        at,
        note: '',
        regions: [
          { region: 'temple-right', intensity: 6, qualities: [] },
          { region: 'jaw-joint-right', intensity: 5, qualities: [] },
        ],
      },
    });
  });
  const expected = await page.evaluate(() => window.unknot.routines.suggestedRelease());
  expect(expected.side).toBe('right');
  await page.goto(at('routines'));
  const suggestion = page.getByRole('region', { name: 'Today’s suggestion' });
  await expect(suggestion).toContainText(expected.reason);
  await suggestion.getByRole('link', { name: /^Start / }).click();
  await expect(page).toHaveURL(new RegExp(`#/routines/play/${expected.routineId}/right$`));
  await expect(setup(page).side.getByRole('radio', { name: 'Right side only' })).toBeChecked();
});

test('safety stop with Esc during a press step; Space pauses and → skips', async ({ page }) => {
  preview = await startPreview(makeDataDir());
  await page.setViewportSize({ width: 1180, height: 860 });
  await open(page, 'routines/play/release-upper-trapezius');
  await expect(page.getByRole('heading', { name: 'Top of the shoulder release', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(stepKind(page)).toHaveText('Find the spot');
  await expect(page.locator('.run-main .step-where')).toHaveText('Left side · round 1 of 2');
  await expect(page.locator('.run-main .step-count')).toHaveText('Step 1 of 18');

  // Space pauses: the clock stands still. Space again resumes.
  await page.locator('.run-main').click({ position: { x: 5, y: 5 } }); // off the buttons
  await page.keyboard.press('Space');
  await expect(page.getByText('Paused. Press Space or Resume to go on.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Resume/ })).toBeVisible();
  const frozen = await page.getByRole('timer').textContent();
  await page.waitForTimeout(1300);
  await expect(page.getByRole('timer')).toHaveText(frozen!);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: /^Pause/ })).toBeVisible();
  await expect(page.getByRole('timer')).not.toHaveText(frozen!);

  // → skips to the press step.
  await page.keyboard.press('ArrowRight');
  await expect(stepKind(page)).toHaveText('Press and hold');
  await expect(page.locator('.run-main .step-count')).toHaveText('Step 2 of 18');
  await expect(page.getByRole('timer')).toHaveText(/^(1:00|0:5\d)$/);
  await expect(page.locator('.breath-cue')).toHaveText(/Breathe (in|out)…/);
  await page
    .getByRole('group', { name: 'How strong is it now?' })
    .getByRole('radio', { name: '6', exact: true })
    .check();
  await page.locator('.run-main').click({ position: { x: 5, y: 5 } });
  await expect(page.getByRole('timer')).toHaveText(/^0:5[0-7]$/); // a few seconds into the hold
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await screenshot(page, `routine-player-press-${scheme}`, { fullPage: false });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 400, height: 860 });
  await screenshot(page, 'routine-player-press-narrow', { fullPage: false });
  await page.setViewportSize({ width: 1180, height: 860 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await expect(page.locator('.breath-orb')).toBeHidden();
  await expect(page.locator('.breath-cue')).toBeVisible();
  await screenshot(page, 'routine-player-press-reduced-motion', { fullPage: false });
  await page.emulateMedia({ reducedMotion: 'no-preference' });

  // Esc: the clock stops at once and a dialog asks what happened.
  await page.keyboard.press('Escape');
  const dialog = page.getByRole('dialog', { name: 'Safety stop: the timer is stopped' });
  await expect(dialog).toBeVisible();
  const held = await page.getByRole('timer').textContent();
  await page.waitForTimeout(1200);
  expect(await page.getByRole('timer').textContent()).toBe(held);
  // A second Esc does not put the pressure back on.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  await screenshot(page, 'routine-safety-stop-dialog', { fullPage: false });

  // Continue resumes; a second stop is answered with a reason.
  await dialog.getByRole('button', { name: 'Continue the routine' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('timer')).not.toHaveText(held!);
  await page.getByRole('button', { name: /^Safety stop/ }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: 'A pulse under my fingers' }).check();
  await dialog.getByRole('button', { name: 'End the routine' }).click();
  await expect(page.getByRole('heading', { name: 'A pulse: move away from that spot' })).toBeFocused();
  await expect(page.getByText('Never press over a pulse.')).toBeVisible();
  await expect(page.getByText('This stop is saved in your history.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Log how it feels in your pain log' })).toHaveAttribute('href', '#/pain');
  await screenshot(page, 'routine-safety-stop-advice', { fullPage: false });

  const sessions = await readSessions(page);
  expect(sessions).toHaveLength(1);
  expect(sessions[0]).toMatchObject({
    routineId: 'release-upper-trapezius',
    side: 'both',
    stopReason: 'pulse',
    after: null,
    pressRounds: { left: 1, right: 0 },
  });
  expect(sessions[0]!.pressSeconds).toBeGreaterThan(0);
});

test('safety-stop dialog: ending is the prominent action; after numbness there is no going on', async ({ page }) => {
  preview = await startPreview(makeDataDir());
  await page.setViewportSize({ width: 1180, height: 860 });
  await open(page, 'routines/play/release-upper-trapezius');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Pause/ })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(stepKind(page)).toHaveText('Press and hold');
  await page.keyboard.press('Escape');
  const dialog = page.getByRole('dialog', { name: 'Safety stop: the timer is stopped' });
  await expect(dialog).toBeVisible();

  // One prominent action, and it ends the routine; going on is the plain second choice.
  const end = dialog.getByRole('button', { name: 'End the routine' });
  const goOn = dialog.getByRole('button', { name: 'Continue the routine' });
  await expect(end).toHaveClass(/\bprimary\b/);
  await expect(goOn).not.toHaveClass(/\bprimary\b/);
  await expect(dialog.locator('button.primary')).toHaveCount(1);
  await expect(goOn).toBeEnabled();

  // After numbness or tingling (or sharp pain, dizziness, pain rising) the routine cannot go on.
  await dialog.getByRole('radio', { name: 'Numbness or tingling' }).check();
  await expect(goOn).toBeDisabled();
  await expect(dialog).toContainText('After numbness or tingling, the routine should not go on today.');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await screenshot(page, `routine-safety-stop-numbness-${scheme}`, { fullPage: false });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 400, height: 860 });
  await screenshot(page, 'routine-safety-stop-numbness-narrow', { fullPage: false });
  await page.setViewportSize({ width: 1180, height: 860 });
  await dialog.getByRole('radio', { name: 'Sharp or shooting pain' }).check();
  await expect(goOn).toBeDisabled();
  // A pulse means "move a finger's width away": going on is the person's call.
  await dialog.getByRole('radio', { name: 'A pulse under my fingers' }).check();
  await expect(goOn).toBeEnabled();
  await dialog.getByRole('radio', { name: 'Numbness or tingling' }).check();

  // From the keyboard: Tab from the last reason reaches "End the routine".
  await dialog.getByRole('radio', { name: 'Numbness or tingling' }).focus();
  await page.keyboard.press('Tab');
  await expect(end).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Numbness or tingling: let go and rest' })).toBeFocused();
  await expect(page.getByText('You told us: Numbness or tingling.')).toBeVisible();
  await expect.poll(async () => (await readSessions(page)).length).toBe(1);
  expect((await readSessions(page))[0]).toMatchObject({ stopReason: 'numbness-tingling', after: null });
});

test('safety stop ended without a reason: stopped early, and nothing put in the person’s mouth', async ({ page }) => {
  preview = await startPreview(makeDataDir());
  await open(page, 'routines/play/release-upper-trapezius');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Pause/ })).toBeFocused();
  await page.keyboard.press('Escape');
  const dialog = page.getByRole('dialog', { name: 'Safety stop: the timer is stopped' });
  await dialog.getByRole('button', { name: 'End the routine' }).click();
  await expect(page.getByRole('heading', { name: 'You stopped: that was the right call' })).toBeFocused();
  await expect(page.getByText(/You told us/)).toHaveCount(0);
  await expect.poll(async () => (await readSessions(page)).length).toBe(1);
  expect((await readSessions(page))[0]).toMatchObject({ stopReason: 'left-early', progress: { stepsDone: 0 } });
});

test('a safety stop for numbness sticks for the day: no pressure on that muscle and side, shown everywhere', async ({
  page,
}) => {
  preview = await startPreview(makeDataDir());
  await page.setViewportSize({ width: 1180, height: 860 });
  await open(page, 'routines/play/release-upper-trapezius/right');
  await expect(setup(page).side.getByRole('radio', { name: 'Right side only' })).toBeChecked();
  await setup(page).rounds.getByRole('radio', { name: '1', exact: true }).check();
  await expect(page.getByText(/^4 steps · about/)).toBeVisible();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Pause/ })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(stepKind(page)).toHaveText('Press and hold');
  await page.keyboard.press('Escape');
  const dialog = page.getByRole('dialog', { name: 'Safety stop: the timer is stopped' });
  await dialog.getByRole('radio', { name: 'Numbness or tingling' }).check();
  await dialog.getByRole('button', { name: 'End the routine' }).click();
  await expect(page.getByText('Don’t press on that spot again today.', { exact: false })).toBeVisible();
  await expect.poll(async () => (await readSessions(page)).length).toBe(1);
  expect((await readSessions(page))[0]).toMatchObject({ stopReason: 'numbness-tingling', stopSide: 'right' });

  // Minutes later, the same routine and side: no pressure today, with the reason and the advice.
  await page.goto(at('routines'));
  await page.goto(at('routines/play/release-upper-trapezius/right'));
  const block = page.locator('.safety-block');
  await expect(block.getByRole('heading', { name: 'No pressure on your right side today' })).toBeVisible();
  await expect(block).toContainText(/You stopped Top of the shoulder release at .+ with numbness or tingling\./);
  await expect(block).toContainText('Gentle stretches still run; the pressure steps are left out.');
  await expect(block).toContainText('Don’t press on that spot again today.');
  await setup(page).rounds.getByRole('radio', { name: '1', exact: true }).check();
  await expect(page.getByText(/^2 steps · about/)).toBeVisible();
  await expect(page.getByText(/hold pressure at about 5–6 of 10/)).toHaveCount(0);
  await page.locator('.plan-steps summary').click();
  await expect(page.locator('.plan-steps li')).not.toContainText(['Press and hold']);
  await expect(page.locator('.plan-steps li', { hasText: 'Find the spot' })).toHaveCount(0);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await screenshot(page, `routine-safety-block-${scheme}`, { fullPage: false });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 400, height: 860 });
  await block.scrollIntoViewIfNeeded();
  await screenshot(page, 'routine-safety-block-narrow', { fullPage: false });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
  await page.setViewportSize({ width: 1180, height: 860 });

  // The other side is free: pressure as usual there.
  await setup(page).side.getByRole('radio', { name: 'Left side only' }).check();
  await expect(block).toHaveCount(0);
  await expect(page.getByText(/^4 steps · about/)).toBeVisible();
  // Both sides: the left with pressure, the right with stretches only, and the note says which.
  await setup(page)
    .side.getByRole('radio', { name: /^Both sides/ })
    .check();
  await expect(block.getByRole('heading', { name: 'No pressure on your right side today' })).toBeVisible();

  // The muscle page and Possible sources show it too.
  await page.goto(at('routines/muscle/upper-trapezius'));
  await expect(page.locator('.safety-block')).toContainText('No pressure on your right side today');
  await expect(page.locator('.safety-block')).toContainText('with numbness or tingling');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'muscle-safety-block-dark', { fullPage: false });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(at('sources/temple-right'));
  const card = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: /Upper trapezius — your right side/ }) });
  await expect(card.locator('.safety-block')).toContainText('No pressure on your right side today');
  await screenshot(page, 'sources-safety-block-light', { fullPage: false });
});

test('the daily cap: after 4 rounds on a side the player says so before starting', async ({ page }) => {
  preview = await startPreview(makeDataDir());
  await page.setViewportSize({ width: 1180, height: 860 });
  await page.goto(preview.url);
  await page.evaluate(async () => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const stamp = (ms: number) => {
      const d = new Date(ms);
      const off = -d.getTimezoneOffset();
      const local = new Date(ms + off * 60_000);
      return (
        `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
        `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
        `${off < 0 ? '-' : '+'}${pad(Math.trunc(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`
      );
    };
    const now = Date.now();
    for (let i = 0; i < 2; i++) {
      await window.unknot.routines.sessionSave({
        session: {
          routineId: 'release-upper-trapezius',
          side: 'right',
          startedAt: stamp(now - (i + 1) * 120_000 - 60_000),
          endedAt: stamp(now - (i + 1) * 120_000),
          rounds: 2,
          pressSeconds: 120,
          pressRounds: { left: 0, right: 2 },
          before: null,
          after: null,
          stopReason: null,
        },
      });
    }
  });
  expect(await page.evaluate(() => window.unknot.routines.pressRoundsToday())).toMatchObject({
    'upper-trapezius:right': 4,
  });

  await page.goto(at('routines/play/release-upper-trapezius'));
  const notice = page.locator('.cap-notice');
  await expect(notice).toContainText('Today’s limit for pressure');
  await expect(notice).toContainText('You have already done 4 rounds of pressure on your right side today');
  // Left side is still free: both sides plays left with pressure, right with stretches only.
  await expect(page.getByText(/^11 steps · about/)).toBeVisible();
  await setup(page).side.getByRole('radio', { name: 'Left side only' }).check();
  await expect(notice).toHaveCount(0);
  await setup(page).side.getByRole('radio', { name: 'Right side only' }).check();
  await expect(notice).toBeVisible();
  await expect(page.getByText(/^2 steps · about/)).toBeVisible();
  await screenshot(page, 'routine-cap-notice', { fullPage: false });
});

test('your own routines: create, refuse bad input, edit, delete and undo', async ({ page }) => {
  preview = await startPreview(makeDataDir());
  await page.setViewportSize({ width: 1180, height: 860 });
  await open(page, 'routines');
  await page.getByRole('link', { name: '+ New routine' }).first().click();
  await expect(page.getByRole('heading', { name: 'New routine', level: 1 })).toBeFocused();

  // Bad input: no title, a 120-second press step. Nothing is saved; each problem is named by its field.
  await page.getByLabel('Step 2: Seconds').fill('120');
  await page.getByRole('button', { name: 'Save routine' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Nothing was saved.');
  await expect(alert).toContainText('Give it a title of 3 to 80 characters');
  await expect(alert).toContainText('Step 2 (Press and hold): A press step holds for 30 to 90 seconds.');
  await expect(alert).toContainText('Pick the muscles you press');
  await expect(page.getByLabel('Title')).toBeFocused();
  await expect(page.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Step 2: Seconds')).toHaveAccessibleDescription(
    'A press step holds for 30 to 90 seconds.',
  );
  await screenshot(page, 'routine-editor-errors', { fullPage: false });
  expect(await page.evaluate(() => window.unknot.routines.customList())).toEqual([]);

  // Fixing a problem clears its message at once.
  await page.getByLabel('Step 2: Seconds').fill('45');
  await expect(alert).not.toContainText('A press step holds');
  await page.getByLabel('Title').fill('My evening neck');
  await page.getByLabel('Summary').fill('What helps my neck after a long day.');
  await page.getByRole('checkbox', { name: /Upper trapezius/ }).check();
  await page.getByRole('checkbox', { name: /Levator scapulae/ }).check();
  await page.getByRole('checkbox', { name: 'Ball' }).check();
  await page.getByLabel('Cautions').fill('Stop if my hand tingles.');
  // Steps: add one, move it up by keyboard, remove another.
  await page.getByRole('button', { name: '+ Add step' }).click();
  await expect(page.getByLabel('Step 4: Kind')).toBeFocused();
  await page.getByLabel('Step 4: Kind').selectOption('breathe');
  await page.getByLabel('Step 4: Seconds').fill('15');
  await page.getByLabel('Step 4: What to do').fill('Breathe slowly into the belly.');
  await page.getByLabel('Step 4: What to do').press('Alt+ArrowUp');
  await expect(page.getByLabel('Step 3: What to do')).toHaveValue('Breathe slowly into the belly.');
  await expect(page.getByLabel('Step 3: What to do')).toBeFocused();
  await page.getByRole('button', { name: 'Move step 3 down' }).click();
  await expect(page.getByLabel('Step 4: Kind')).toHaveValue('breathe');
  await page.getByRole('button', { name: 'Move step 4 up' }).click();
  await expect(page.getByLabel('Step 3: Kind')).toHaveValue('breathe');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await screenshot(page, 'routine-editor');
  await page.getByRole('button', { name: 'Save routine' }).click();

  await expect(page.getByRole('heading', { name: 'Routines', level: 1 })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('Saved “My evening neck”.');
  const own = page.locator('article[data-routine="my-my-evening-neck"]');
  await expect(own).toContainText('What helps my neck after a long day.');
  await expect(own).toContainText('Your history: not tried yet');
  const saved = await page.evaluate(() => window.unknot.routines.customList());
  expect(saved).toHaveLength(1);
  expect(saved[0]).toMatchObject({
    id: 'my-my-evening-neck',
    title: 'My evening neck',
    muscles: ['upper-trapezius', 'levator-scapulae'],
    tools: ['hands', 'ball'],
    cautions: ['Stop if my hand tingles.'],
  });
  expect(saved[0]!.steps.map((s) => `${s.kind}:${s.seconds}`)).toEqual([
    'locate:20',
    'press:45',
    'breathe:15',
    'stretch:30',
  ]);

  // Edit: the id stays, the title changes.
  await own.getByRole('link', { name: 'Edit My evening neck' }).click();
  await expect(page.getByRole('heading', { name: 'Edit “My evening neck”', level: 1 })).toBeFocused();
  await page.getByLabel('Title').fill('Evening neck, gentle');
  await page.getByRole('button', { name: 'Remove step 4' }).click();
  await expect(page.getByRole('button', { name: 'Remove step 3' })).toBeFocused();
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status')).toContainText('Saved your changes to “Evening neck, gentle”.');
  await expect(own.getByRole('heading', { name: 'Evening neck, gentle' })).toBeVisible();
  const edited = await page.evaluate(() => window.unknot.routines.customList());
  expect(edited.map((r) => [r.id, r.title, r.steps.length])).toEqual([
    ['my-my-evening-neck', 'Evening neck, gentle', 3],
  ]);

  // It plays like a built-in routine.
  await own.getByRole('link', { name: 'Start Evening neck, gentle' }).click();
  await expect(page.getByRole('heading', { name: 'Evening neck, gentle', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: '← Routines' }).click();

  // Delete, then undo from the toast.
  await own.getByRole('button', { name: 'Delete Evening neck, gentle' }).click();
  await expect(page.getByRole('status')).toContainText('Deleted “Evening neck, gentle”.');
  await expect(own).toHaveCount(0);
  await expect(page.getByText('You haven’t made a routine of your own yet.')).toBeVisible();
  expect(await page.evaluate(() => window.unknot.routines.customList())).toEqual([]);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(own).toBeVisible();
  await expect(page.getByRole('status')).toContainText('“Evening neck, gentle” is back.');
  await own.scrollIntoViewIfNeeded();
  await screenshot(page, 'routines-library-own', { fullPage: false });
  expect(await page.evaluate(() => window.unknot.routines.customList())).toEqual(edited);
});

test('breaks: a stretch routine inside the 420×300 window; the release prompt opens its routine', async ({ page }) => {
  preview = await startPreview(makeDataDir());
  await page.setViewportSize({ width: 420, height: 300 });
  await page.goto(preview.url);
  await page.evaluate(() => window.unknot.breaks.takeNow({ kind: 'stretch' }));
  await page.goto(at('break'));
  await expect(page.getByRole('heading', { name: 'Stretch break', level: 1 })).toBeVisible();
  await expect(page.getByText(/^Stand up and move a little\. Today: .+\.$/)).toBeVisible();
  const step = page.locator('.break-routine .step-panel');
  await expect(step).toBeVisible();
  await expect(step.locator('.step-count')).toHaveText(/^Step 1 of \d+$/);
  await expect(step.locator('.step-clock')).toHaveText(/^0:[0-5]\d$/);
  await expect(page.getByRole('timer')).toHaveCount(1); // the break's own clock stays the one timer
  await expect(page.getByRole('button', { name: 'I’m done' })).toBeInViewport();
  // Its stop signs stay in view, whatever step is showing.
  await expect(page.locator('.break-stop')).toHaveText(/^Stop if .+\.$/);
  await expect(page.locator('.break-stop')).toBeInViewport();
  // Everything fits: nothing scrolls in the small window.
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(300);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await screenshot(page, `break-stretch-routine-${scheme}`, { fullPage: false });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Well done. Your break is over.' })).toBeVisible();

  // A micro-pause shows one small move.
  await page.evaluate(() => window.unknot.breaks.takeNow({ kind: 'micro' }));
  await expect(page.getByText(/^Try this: .+\.$/)).toBeVisible();
  await expect(page.locator('.break-routine .step-text')).toBeVisible();
  await expect(page.locator('.break-stop')).toHaveText(/^Stop if .+\.$/);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(300);
  await screenshot(page, 'break-micro-routine-light', { fullPage: false });
  await page.keyboard.press('Enter');

  // The release session suggests the day's routine; Open routine goes to its player.
  await page.evaluate(() => window.unknot.breaks.takeNow({ kind: 'release' }));
  await expect(page.getByRole('heading', { name: 'Release session', level: 1 })).toBeVisible();
  await expect(page.getByText('Today: Neck and shoulders at the desk')).toBeVisible();
  await expect(page.getByText('No pain logged in the last week')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(300);
  await screenshot(page, 'break-release-suggestion-light', { fullPage: false });
  await page.getByRole('button', { name: 'Open routine' }).click();
  await expect(page).toHaveURL(/#\/routines\/play\/desk-neck-shoulders$/);
  await page.evaluate(() => window.unknot.breaks.respond({ action: 'finish' }));
  await page.goto(at('break'));

  // The prompt itself (before Start) only comes from the daily timer, so it is staged at the transport here:
  // Start, Snooze and Skip, plus the suggestion, still fit; Open routine also starts the break.
  const status = await page.evaluate(() => window.unknot.breaks.status());
  const now = Date.now();
  const prompt = {
    kind: 'release',
    phase: 'prompt',
    dueAt: new Date(now).toISOString(),
    durationSeconds: 600,
    breakEndsAt: null,
    snoozesLeft: 2,
    canSnooze: true,
    canSkip: true,
  };
  let responded = '';
  await page.route('**/__unknot/call/breaks%3Astatus', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ok: true, value: { ...status, prompt } }),
    }),
  );
  await page.route('**/__unknot/call/breaks%3Arespond', async (route) => {
    responded = (route.request().postDataJSON() as { args: { action: string } }).args.action;
    await route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ok: true, value: { ...status, prompt: null } }),
    });
  });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Release session', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Snooze' })).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Open routine' })).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(300);
  await screenshot(page, 'break-release-prompt-light', { fullPage: false });
  await page.getByRole('button', { name: 'Open routine' }).click();
  await expect(page).toHaveURL(/#\/routines\/play\/desk-neck-shoulders$/);
  expect(responded).toBe('start');
  await page.unrouteAll();
  await page.setViewportSize({ width: 1180, height: 860 });
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
});

test('a release routine can start with ten minutes of warmth, with when not to use heat', async ({ page }) => {
  preview = await startPreview(makeDataDir());
  await page.setViewportSize({ width: 1180, height: 860 });
  await page.goto(preview.url);
  await page.goto(at('routines/play/release-rhomboids'));
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeEnabled();
  const warm = page.getByRole('checkbox', { name: 'Start with 10 minutes of warmth (optional)' });
  await expect(warm).not.toBeChecked();
  const steps = page.locator('.plan-steps li');
  const without = await steps.count();
  await page.getByText('When not to use heat').click();
  await expect(page.getByText(/Not on a fresh injury/)).toBeVisible();
  await expect(page.getByText(/Never sleep with a heat pack/)).toBeVisible();
  await warm.check();
  await expect(steps).toHaveCount(without + 1);
  await expect(steps.first()).toContainText('Warm up');
  await screenshot(page, 'routine-player-warm-up', { fullPage: false });
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.locator('.run-main')).toContainText('Warm up');
  // A stretch break has no warm-up to offer (leaving the routine under way asks first).
  await page.goto(at('routines/play/stretch-neck-shoulders'));
  await page
    .getByRole('dialog', { name: 'Leave this routine?' })
    .getByRole('button', { name: 'Leave the routine' })
    .click();
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeEnabled();
  await expect(page.getByRole('checkbox', { name: /minutes of warmth/ })).toHaveCount(0);
});
