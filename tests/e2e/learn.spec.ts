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

test('workstation check: answers by keyboard are stored, redone, and a phone on the shoulder suggests its muscles', async ({
  page,
}) => {
  preview = await startPreview(makeDataDir());
  await page.setViewportSize({ width: 1180, height: 860 });
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

  await expect(page.getByRole('heading', { name: 'Your check from today', level: 2 })).toBeFocused();
  const phoneResult = page.getByRole('article', { name: /Phone on calls/ });
  await expect(phoneResult).toContainText('Between my ear and my shoulder');
  await expect(phoneResult.locator('.ws-muscle-name a')).toHaveText(['Upper trapezius', 'Levator scapulae']);
  await expect(phoneResult.getByRole('link', { name: 'Start: Top of the shoulder release' })).toHaveAttribute(
    'href',
    '#/routines/play/release-upper-trapezius',
  );
  await expect(phoneResult).toContainText('Use a headset or the speaker');
  await expect(page.getByRole('list').filter({ hasText: 'Screen height:' })).toContainText('About level with my eyes');

  const stored = await page.evaluate(() => window.unknot.workstation.list({}));
  expect(stored).toHaveLength(1);
  expect(stored[0]!.answers).toEqual({ 'screen-height': 'eye-level', chair: 'slump', phone: 'on-shoulder' });

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await screenshot(page, `workstation-result-${scheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // A reload shows the stored answers; redoing starts from them and adds a new check.
  await page.reload();
  await expect(page.getByRole('article', { name: /Phone on calls/ })).toContainText('Between my ear and my shoulder');
  await page.getByRole('button', { name: 'Redo the check' }).click();
  await expect(page.getByRole('heading', { name: 'Your answers', level: 2 })).toBeFocused();
  await expect(phone.getByRole('radio', { name: 'Between my ear and my shoulder' })).toBeChecked();
  await expect(
    page
      .getByRole('group', { name: /Which fits how you sit in your chair best/ })
      .getByRole('radio', { name: 'I slump, or perch on the front edge' }),
  ).toBeChecked();
  await phone.getByRole('radio', { name: 'A headset, the speaker, or in my hand' }).check();
  await screenshot(page, 'workstation-questions-light', { fullPage: false });
  await page.getByRole('button', { name: 'Save and see the results' }).click();

  await expect(page.getByRole('heading', { name: 'Your check from today', level: 2 })).toBeFocused();
  await expect(page.getByRole('article', { name: /Phone on calls/ })).toHaveCount(0);
  await expect(page.locator('.ws-changes')).toContainText('Phone on calls: better.');
  expect(await page.evaluate(() => window.unknot.workstation.list({}))).toHaveLength(2);

  await page.setViewportSize({ width: 400, height: 800 });
  await screenshot(page, 'workstation-result-narrow');

  await page
    .getByRole('article', { name: /Chair/ })
    .getByRole('link', { name: /^Start: / })
    .first()
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
