/**
 * Learn end to end through the web preview: the lesson list, a lesson leading
 * to its routine and the player leading back to "how to press", the
 * workstation check (keyboard answers, stored, redone, the muscles a phone on
 * the shoulder loads), and every Learn page at 200 % zoom without sideways
 * scrolling. Screenshots of each to look at.
 */
import { expect, test, type Page } from '@playwright/test';
import { makeDataDir, routeUrl, screenshot, startPreview, type RunningPreview } from './preview';

let preview: RunningPreview | undefined;
test.afterEach(async () => {
  await preview?.stop();
  preview = undefined;
});

const at = (route: string) => routeUrl(preview!, route);

async function open(page: Page, route: string) {
  await page.goto(preview!.url);
  await page.goto(at(route));
}

const LESSON_COUNT = 12;

test('lessons: the list, a lesson, its routine, and the player’s way back to “how to press”', async ({ page }) => {
  preview = await startPreview(makeDataDir());
  await page.setViewportSize({ width: 1180, height: 860 });
  await page.goto(preview.url);
  // Learn sits just before Settings in the sidebar.
  await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link')).toHaveText([
    /^Today/,
    /^Routines/,
    /^Pain log/,
    /^Report/,
    /^Learn/,
    /^Settings/,
  ]);
  await page.keyboard.press('Control+5');
  await expect(page).toHaveURL(/#\/learn$/);
  await expect(page.getByRole('heading', { name: 'Learn', level: 1 })).toBeFocused();

  const lessons = page.getByRole('list', { name: 'Lessons' }).getByRole('listitem');
  await expect(lessons).toHaveCount(LESSON_COUNT);
  await expect(lessons.nth(3)).toContainText('How to press a trigger point');
  await expect(lessons.nth(3)).toContainText(/\d min read/);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await screenshot(page, `learn-list-${scheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });

  await page.getByRole('link', { name: 'How to press a trigger point' }).click();
  await expect(page).toHaveURL(/#\/learn\/how-to-press$/);
  await expect(page.getByRole('heading', { name: 'How to press a trigger point', level: 1 })).toBeFocused();
  await expect(page.getByText(`Lesson 4 of ${LESSON_COUNT}`)).toBeVisible();
  const article = page.getByRole('article');
  await expect(article).toContainText('30 to 90 seconds');
  await expect(article.getByRole('heading', { name: 'How not to overdo it', level: 2 })).toBeVisible();
  const sources = page.getByRole('region', { name: 'Sources' });
  await expect(sources.getByRole('listitem').first()).toContainText('Hou et al. 2002');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await screenshot(page, `lesson-${scheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // Previous and next, by keyboard.
  const more = page.getByRole('navigation', { name: 'More lessons' });
  await more.getByRole('link', { name: /Next.*Little and often/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Little and often beats rarely and hard', level: 1 })).toBeFocused();
  await page
    .getByRole('navigation', { name: 'More lessons' })
    .getByRole('link', { name: /Previous.*How to press/ })
    .click();
  await expect(page.getByRole('heading', { name: 'How to press a trigger point', level: 1 })).toBeFocused();

  // The lesson's routine opens in the player, and the player links back to the lesson.
  await page
    .getByRole('region', { name: 'Put it into practice' })
    .getByRole('link', { name: 'Top of the shoulder release' })
    .click();
  await expect(page).toHaveURL(/#\/routines\/play\/release-upper-trapezius$/);
  await expect(page.getByRole('heading', { name: 'Top of the shoulder release', level: 1 })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  await screenshot(page, 'player-link-to-lesson', { fullPage: false });
  await page.getByRole('link', { name: 'how to press, and how not to overdo it' }).click();
  await expect(page).toHaveURL(/#\/learn\/how-to-press$/);
  await expect(page.getByRole('heading', { name: 'How to press a trigger point', level: 1 })).toBeVisible();

  // A lesson's muscle link opens the muscle page; the warning-sign lesson shows the app's own list.
  await page.goto(at('learn/referred-pain'));
  await page.getByRole('link', { name: 'Levator scapulae' }).click();
  await expect(page).toHaveURL(/#\/routines\/muscle\/levator-scapulae$/);
  await expect(page.getByRole('heading', { name: 'Levator scapulae', level: 1 })).toBeVisible();
  await page.goto(at('learn/when-to-see-a-professional'));
  await expect(page.getByRole('article')).toContainText(
    'A sudden, very severe headache that reached its worst within about a minute',
  );
  await expect(page.getByRole('article')).toContainText('two weeks');

  // A stretch-only routine has nothing to press, so no link to the pressing lesson.
  await page.goto(at('routines/play/micro-chin-tuck'));
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'how to press, and how not to overdo it' })).toHaveCount(0);

  await page.goto(at('learn/no-such-lesson'));
  await expect(page.getByRole('heading', { name: 'We could not find that lesson', level: 1 })).toBeVisible();
});

test('workstation check: answers by keyboard are stored, the fixes ranked by logged pain, marked done and redone', async ({
  page,
}) => {
  preview = await startPreview(makeDataDir());
  await page.setViewportSize({ width: 1180, height: 860 });
  await page.goto(preview.url);
  // Pain at the right temple and where the neck meets the shoulder: what a phone on the shoulder loads.
  await page.evaluate(async () => {
    const day = new Date();
    day.setHours(9, 0, 0, 0);
    await window.unknot.pain.add({
      entry: {
        at: day.toISOString(),
        note: '',
        regions: [
          { region: 'temple-right', intensity: 6, qualities: [] },
          { region: 'neck-angle-right', intensity: 4, qualities: [] },
        ],
      },
    });
  });
  await open(page, 'learn');
  await page.getByRole('link', { name: 'Start the workstation check' }).click();
  await expect(page).toHaveURL(/#\/learn\/workstation-check$/);
  await expect(page.getByRole('heading', { name: 'Workstation check', level: 1 })).toBeFocused();

  // Nothing answered: a clear message, nothing saved.
  await page.getByRole('button', { name: 'Save and see the results' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Answer at least one question/);
  expect(await page.evaluate(() => window.unknot.workstation.list({}))).toEqual([]);

  // Radio groups work from the keyboard: Tab into a group, arrows pick the answer.
  const phone = page.getByRole('group', { name: /How do you hold the phone on longer calls/ });
  await phone.getByRole('radio', { name: 'A headset, the speaker, or in my hand' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(phone.getByRole('radio', { name: 'Between my ear and my shoulder' })).toBeChecked();
  await expect(phone.getByRole('radio', { name: 'Between my ear and my shoulder' })).toBeFocused();
  await page
    .getByRole('group', { name: /Which fits how you sit in your chair best/ })
    .getByRole('radio', { name: 'I slump, or perch on the front edge' })
    .check();
  await page
    .getByRole('group', { name: /Where is the top of the screen/ })
    .getByRole('radio', { name: /About level with my eyes/ })
    .check();
  await expect(page.getByText('3 of 9 answered')).toBeVisible();
  await page.getByRole('button', { name: 'Save and see the results' }).click();

  // A to-do list, the fix first: the phone (load 2, behind the logged temple and neck) above the chair (load 2,
  // which loads muscles behind nothing logged), each with its muscles and one routine.
  await expect(page.getByRole('heading', { name: 'Your check from today', level: 2 })).toBeFocused();
  const todos = page.getByRole('list', { name: 'Your to-do list' }).locator('> li');
  await expect(todos.locator('h4')).toHaveText([
    'Use a headset or the speaker for calls',
    'Sit back against a backrest that holds you up',
  ]);
  const phoneTodo = todos.first();
  await expect(phoneTodo).toContainText('Phone on calls, your answer: Between my ear and my shoulder');
  await expect(phoneTodo.locator('.ws-loads a')).toHaveText(['Upper trapezius', 'Levator scapulae']);
  await expect(phoneTodo).toContainText(
    /behind pain you logged at Temple \(your right\), Where neck meets shoulder \(your right\)/,
  );
  await expect(phoneTodo.getByRole('link', { name: /^Start: / })).toHaveCount(1);
  await expect(
    phoneTodo.getByRole('link', { name: 'Start: Top of the shoulder release (right side)' }),
  ).toHaveAttribute('href', '#/routines/play/release-upper-trapezius/right');
  await expect(page.getByRole('list').filter({ hasText: 'Screen height:' })).toContainText('About level with my eyes');

  const stored = await page.evaluate(() => window.unknot.workstation.list({}));
  expect(stored).toHaveLength(1);
  expect(stored[0]!.answers).toEqual({ 'screen-height': 'eye-level', chair: 'slump', phone: 'on-shoulder' });

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await screenshot(page, `workstation-result-${scheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // Marking the phone done records it as a new check (what the weekly report compares).
  await phoneTodo.getByRole('button', { name: 'Mark done' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Done:' })).toContainText(
    'Phone on calls is now “A headset, the speaker, or in my hand”',
  );
  await expect(todos.locator('h4')).toHaveText(['Sit back against a backrest that holds you up']);
  await expect(page.locator('.ws-changes')).toContainText('Phone on calls: better.');
  const afterDone = await page.evaluate(() => window.unknot.workstation.list({}));
  expect(afterDone).toHaveLength(2);
  expect(afterDone[0]!.answers).toEqual({ 'screen-height': 'eye-level', chair: 'slump', phone: 'hands-free' });

  // A reload shows the stored answers; redoing starts from them and adds a new check.
  await page.reload();
  await expect(todos.locator('h4')).toHaveText(['Sit back against a backrest that holds you up']);
  await page.getByRole('button', { name: 'Redo the check' }).click();
  await expect(page.getByRole('heading', { name: 'Your answers', level: 2 })).toBeFocused();
  await expect(phone.getByRole('radio', { name: 'A headset, the speaker, or in my hand' })).toBeChecked();
  await expect(
    page
      .getByRole('group', { name: /Which fits how you sit in your chair best/ })
      .getByRole('radio', { name: 'I slump, or perch on the front edge' }),
  ).toBeChecked();
  await page
    .getByRole('group', { name: /Where is the top of the screen/ })
    .getByRole('radio', { name: /Well below my eyes/ })
    .check();
  await screenshot(page, 'workstation-questions-light', { fullPage: false });
  await page.getByRole('button', { name: 'Save and see the results' }).click();

  // The low screen loads neck muscles behind the logged pain: first; the chair after it.
  await expect(page.getByRole('heading', { name: 'Your check from today', level: 2 })).toBeFocused();
  await expect(todos.locator('h4')).toHaveText([
    'Raise your screen to eye level',
    'Sit back against a backrest that holds you up',
  ]);
  await expect(page.locator('.ws-changes')).toContainText('Screen height: more strain.');
  expect(await page.evaluate(() => window.unknot.workstation.list({}))).toHaveLength(3);

  await page.setViewportSize({ width: 400, height: 800 });
  await screenshot(page, 'workstation-result-narrow');

  await todos
    .last()
    .getByRole('link', { name: /^Start: / })
    .click();
  await expect(page).toHaveURL(/#\/routines\/play\/release-/);
});

test('every Learn page reads at 200 % zoom (640 CSS px) without scrolling sideways', async ({ browser }) => {
  preview = await startPreview(makeDataDir());
  // A 1280-pixel-wide window zoomed to 200 % lays out like 640 CSS pixels at twice the pixel density.
  const context = await browser.newContext({ viewport: { width: 640, height: 800 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(preview.url);
  await page.evaluate(() => window.unknot.workstation.save({ answers: { phone: 'on-shoulder', bag: 'one-heavy' } }));

  // The lesson ids, read from the list the app shows.
  await page.goto(at('learn'));
  const titles = page.locator('.lesson-item-title a');
  await expect(titles).toHaveCount(LESSON_COUNT);
  const lessonRoutes = await titles.evaluateAll((links) => links.map((a) => a.getAttribute('href')!.slice(2)));
  const pages = ['learn', 'learn/workstation-check', ...lessonRoutes];
  expect(pages).toHaveLength(2 + LESSON_COUNT);
  for (const route of pages) {
    await page.goto(at(route));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, route).toBeLessThanOrEqual(0);
  }
  await page.goto(at('learn/how-to-press'));
  await screenshot(page, 'lesson-640-zoom-200');
  await page.goto(at('learn/workstation-check'));
  await screenshot(page, 'workstation-640-zoom-200');

  await page.setViewportSize({ width: 400, height: 800 });
  await page.goto(at('learn/when-to-see-a-professional'));
  await screenshot(page, 'lesson-narrow');
  await context.close();
});
