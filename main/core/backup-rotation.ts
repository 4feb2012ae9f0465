/**
 * Owns which backups the rotation keeps: the newest of each of the 7 most
 * recent days that have a backup, and the newest of each of the 4 most recent
 * ISO weeks that have one, by the local date where the person is. Pure, so the
 * rule is tested on its own; main/db/backups.ts deletes the rest.
 *
 * Why "days that have a backup" rather than "the last 7 calendar days": after a
 * month away, a calendar window would hold nothing but today's new copy, so the
 * rotation would throw away every older backup just when the person may need one.
 */
import { BACKUP_KEEP_DAYS, BACKUP_KEEP_WEEKS } from '../../common/domain/backups';
import { isoWeekOf, localDateIn } from '../../common/domain/iso-week';

export interface DatedBackup {
  name: string;
  atMs: number;
}

export interface RotationRule {
  days: number;
  weeks: number;
}

export const DEFAULT_ROTATION: RotationRule = { days: BACKUP_KEEP_DAYS, weeks: BACKUP_KEEP_WEEKS };

/** The names to keep; every other backup may be deleted. */
export function backupsToKeep(
  backups: readonly DatedBackup[],
  timeZone: string,
  rule: RotationRule = DEFAULT_ROTATION,
): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.atMs - a.atMs || b.name.localeCompare(a.name));
  const keep = new Set<string>();
  const days = new Set<string>();
  const weeks = new Set<string>();
  for (const backup of newestFirst) {
    const day = localDateIn(backup.atMs, timeZone);
    const week = isoWeekOf(day);
    // The first (newest) backup seen for a day or week is the one that stands for it.
    if (!days.has(day)) {
      days.add(day);
      if (days.size <= rule.days) keep.add(backup.name);
    }
    if (!weeks.has(week)) {
      weeks.add(week);
      if (weeks.size <= rule.weeks) keep.add(backup.name);
    }
  }
  return keep;
}
