/**
 * Owns the words of Settings → Backups: when a backup was made in the
 * person's terms ("Today at 09:15", "Tuesday 3 March at 18:00"), what it holds,
 * its size, and what the restore confirmation says will happen. Pure, so each
 * sentence is unit-tested; the section (backups-section.tsx) only shows them.
 */
import { BACKUP_KEEP_DAYS, BACKUP_KEEP_WEEKS, countsInWords, type BackupInfo } from '@common/domain/backups';

export interface WordsOptions {
  /** Undefined: the person's own locale and time zone (tests pass fixed ones). */
  locale?: string;
  timeZone?: string;
}

function dayKey(atMs: number, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(atMs),
  );
}

/** "Today at 09:15", "Yesterday at 18:00", "Tuesday 3 March at 09:15", or with the year when it is not this one. */
export function backupWhen(atMs: number, nowMs: number, options: WordsOptions = {}): string {
  const { locale, timeZone } = options;
  const time = new Intl.DateTimeFormat(locale, { timeZone, timeStyle: 'short' }).format(new Date(atMs));
  const day = dayKey(atMs, timeZone);
  if (day === dayKey(nowMs, timeZone)) return `Today at ${time}`;
  if (day === dayKey(nowMs - 86_400_000, timeZone)) return `Yesterday at ${time}`;
  const sameYear = day.slice(0, 4) === dayKey(nowMs, timeZone).slice(0, 4);
  const date = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(new Date(atMs));
  return `${date} at ${time}`;
}

/** What a backup holds: "12 pain entries and 4 check-ins", "Nothing logged yet", or why it is not known. */
export function backupContents(backup: Pick<BackupInfo, 'counts'>): string {
  if (!backup.counts) return 'Could not be read to count its entries';
  const words = countsInWords(backup.counts);
  return words === 'no entries' ? 'Nothing logged yet' : words.charAt(0).toUpperCase() + words.slice(1);
}

/** "48 KB", "1.2 MB": sizes a person reads at a glance (1 KB = 1024 bytes, as file managers mostly show). */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${Math.round(kb)} KB`;
  const mb = kb / 1024;
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}

export const HOW_BACKUPS_WORK =
  `Unknot backs up your data by itself once a day when it starts, checks each copy after writing it, ` +
  `and keeps one for each of the last ${BACKUP_KEEP_DAYS} days and one for each of the last ${BACKUP_KEEP_WEEKS} weeks.`;

export interface RestoreQuestion {
  title: string;
  lines: string[];
  confirm: string;
}

/** The confirmation: what the data becomes, what goes, and that nothing is lost for good. */
export function restoreQuestion(backup: BackupInfo, nowMs: number, options: WordsOptions = {}): RestoreQuestion {
  const when = backupWhen(backup.createdAtMs, nowMs, options);
  const held = backup.counts ? countsInWords(backup.counts) : null;
  return {
    title: `Restore the backup from ${lowerFirst(when)}?`,
    lines: [
      held
        ? `Your data will be as it was then: ${held}.`
        : 'Your data will be as it was then (this backup could not be read to count its entries).',
      'Anything logged after that will no longer show.',
      'Your current data is backed up first, so you can come back to it here.',
    ],
    confirm: 'Restore this backup',
  };
}

/** "Today at 09:15" inside a sentence reads "today at 09:15"; a weekday keeps its capital. */
function lowerFirst(when: string): string {
  return /^(Today|Yesterday) /.test(when) ? when.charAt(0).toLowerCase() + when.slice(1) : when;
}
