/**
 * Settings → Backups end to end through the web preview: the automatic
 * start-up backup is listed; a newcomer finds "restore a backup" from the
 * sidebar (Settings, then the Backups heading and a Restore button), reads
 * what will happen, can cancel, and restores — the current data is backed up
 * first and a notice says so. Then a damaged data file at start-up: the
 * preview restores the newest good backup, keeps the damaged file and says so.
 * Screenshots in light, dark and 400 px wide.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { makeDataDir, screenshot, startPreview, type RunningPreview } from './preview';

const previews: RunningPreview[] = [];
test.afterEach(async () => {
  await Promise.all(previews.splice(0).map((p) => p.stop()));
});

async function start(page: Page, dataDir: string): Promise<RunningPreview> {
  const preview = await startPreview(dataDir);
  previews.push(preview);
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  return preview;
}

async function addEntry(page: Page, at: string, note: string) {
  await page.evaluate(
    async ({ at, note }) => {
      await window.unknot.pain.add({
        entry: { at, note, regions: [{ region: 'neck-angle-left', intensity: 5, qualities: ['stiff'] }] },
      });
    },
    { at, note },
  );
}

const painNotes = (page: Page) =>
  page.evaluate(async () => (await window.unknot.pain.list({})).map((e) => e.note).sort());

test('find "restore a backup" in Settings, cancel once, restore, and see the data as it was', async ({ page }) => {
  await page.setViewportSize({ width: 1180, height: 900 });
  const dataDir = makeDataDir();
  await start(page, dataDir);

  // From the sidebar, as a newcomer would: Settings, then the Backups section.
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: /^Settings/ })
    .click();
  const section = page.getByRole('region', { name: 'Backups' });
  await expect(section).toContainText('backs up your data by itself once a day');
  await expect(section).toContainText(path.join(dataDir, 'backups'));
  const list = section.getByRole('list', { name: 'Your backups' });
  // The start-up backup of the new, empty diary.
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText(/Today at .*Nothing logged yet/);

  await addEntry(page, '2026-11-16T09:30:00+01:00', 'Stiff after the train');
  await addEntry(page, '2026-11-17T14:10:00+01:00', 'Headache after a long call');
  await section.getByRole('button', { name: 'Back up now' }).click();
  await expect(section.getByRole('status')).toHaveText('Backed up just now: 2 pain entries.');
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('listitem').first()).toContainText('2 pain entries');
  await addEntry(page, '2026-11-18T08:00:00+01:00', 'Logged after the backup');

  await section.scrollIntoViewIfNeeded();
  await screenshot(page, 'settings-backups-light', { fullPage: false });
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'settings-backups-dark', { fullPage: false });
  await page.emulateMedia({ colorScheme: 'light' });

  // Restore… asks first and says what will happen; Cancel changes nothing.
  const restoreNewest = list
    .getByRole('listitem')
    .first()
    .getByRole('button', { name: /^Restore the backup from Today at/ });
  await expect(restoreNewest).toHaveText('Restore…');
  await restoreNewest.click();
  const dialog = page.getByRole('dialog', { name: /^Restore the backup from today at .+\?$/ });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Your data will be as it was then: 2 pain entries.');
  await expect(dialog).toContainText('Anything logged after that will no longer show.');
  await expect(dialog).toContainText('Your current data is backed up first');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await screenshot(page, 'settings-backups-restore-dialog-light', { fullPage: false });
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'settings-backups-restore-dialog-dark', { fullPage: false });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await painNotes(page)).toHaveLength(3);

  await restoreNewest.click();
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  // The page reloads; main's notice says what happened and how to go back.
  const notice = page.getByRole('alert').filter({ hasText: 'Backup restored' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('(2 pain entries)');
  await expect(notice).toContainText('What you had just before is saved as the backup from');
  expect(await painNotes(page)).toEqual(['Headache after a long call', 'Stiff after the train']);
  await screenshot(page, 'settings-backups-restored-light', { fullPage: false });
  // The safety backup (3 entries) is listed, newest first.
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(list.getByRole('listitem').first()).toContainText('3 pain entries');

  // In a browser the folder cannot be opened: its path is shown instead.
  await section.getByRole('button', { name: 'Open backups folder' }).click();
  await expect(section.getByRole('status')).toHaveText(
    `Unknot cannot open folders from here. Your backups are in ${path.join(dataDir, 'backups')}`,
  );

  await page.setViewportSize({ width: 400, height: 900 });
  await section.scrollIntoViewIfNeeded();
  await screenshot(page, 'settings-backups-narrow', { fullPage: false });
  await list.getByRole('listitem').first().getByRole('button').click();
  await expect(dialog).toBeVisible();
  await screenshot(page, 'settings-backups-restore-dialog-narrow', { fullPage: false });
  // Nothing on the narrow page scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
});

test('a damaged data file at start-up: the newest good backup is restored, the damaged file kept, and the notice says so', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1180, height: 900 });
  const dataDir = makeDataDir();
  const first = await start(page, dataDir);
  await addEntry(page, '2026-11-16T09:30:00+01:00', 'Kept in the backup');
  await page.evaluate(() => window.unknot.backups.create());
  await first.stop();

  fs.writeFileSync(path.join(dataDir, 'unknot.sqlite'), 'These are my notes, not a database.\n'.repeat(20));
  for (const suffix of ['-wal', '-shm']) fs.rmSync(path.join(dataDir, `unknot.sqlite${suffix}`), { force: true });
  await start(page, dataDir);
  const notice = page.getByRole('alert').filter({ hasText: 'Your data was restored from a backup' });
  await expect(notice).toContainText('Unknot could not read its data file (file is not a database).');
  await expect(notice).toContainText('(1 pain entry)');
  const damaged = fs.readdirSync(dataDir).find((f) => f.startsWith('unknot.damaged-'));
  expect(damaged).toBeDefined();
  await expect(notice).toContainText(path.join(dataDir, damaged!));
  expect(fs.readFileSync(path.join(dataDir, damaged!), 'utf8')).toMatch(/^These are my notes/);
  expect(await painNotes(page)).toEqual(['Kept in the backup']);
  await screenshot(page, 'recovered-from-backup-light', { fullPage: false });
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'recovered-from-backup-dark', { fullPage: false });
  await page.setViewportSize({ width: 400, height: 900 });
  await screenshot(page, 'recovered-from-backup-narrow', { fullPage: false });
});
