/**
 * Owns how main tells a person about backups and a damaged data file, in
 * plain words: a backup's date and what it holds, the notices after a
 * recovery or a restore, and the start-up question a shell asks (the Electron
 * dialog shows it as it is). Pure, so every sentence is tested in Node.
 */
import { countsInWords, totalEntries, type BackupInfo } from '../../common/domain/backups';
import type { Notice } from '../../common/ipc/contract';

/**
 * Dates are written the way the person's system writes them (`locale` undefined:
 * the process's own locale, as the renderer does); tests pass a fixed one.
 */
export interface Where {
  timeZone: string;
  locale?: string;
}

/** "Tuesday, 3 March 2026 at 09:15" (en-GB), where the person is. */
export function backupTimeInWords(atMs: number, where: Where): string {
  return new Intl.DateTimeFormat(where.locale, {
    timeZone: where.timeZone,
    dateStyle: 'full',
    timeStyle: 'short',
  }).format(new Date(atMs));
}

/** "3 Mar 2026, 09:15" (en-GB): for a button, where the long form does not fit. */
export function backupShortTime(atMs: number, where: Where): string {
  return new Intl.DateTimeFormat(where.locale, {
    timeZone: where.timeZone,
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(atMs));
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Tuesday, 3 March 2026 at 09:15 (12 pain entries and 4 check-ins)". */
export function backupInWords(backup: BackupInfo, where: Where): string {
  const when = backupTimeInWords(backup.createdAtMs, where);
  return backup.counts ? `${when} (${countsInWords(backup.counts)})` : when;
}

export interface RecoveryQuestion {
  /** The data file that could not be used. */
  file: string;
  /** SQLite's own words for what is wrong. */
  problem: string;
  /** Where the damaged file is kept once the person chooses to go on. */
  damagedPath: string;
  /** The newest backup that passed its check, or null when there is none. */
  backup: (BackupInfo & { file: string }) | null;
}

export type RecoveryChoice = 'restore' | 'fresh' | 'quit';

export interface RecoveryDialog {
  message: string;
  detail: string;
  /** In this order; `choices[i]` is what button i means. */
  buttons: string[];
  choices: RecoveryChoice[];
}

/** What the start-up question says, and the buttons (restore first when there is a backup). */
export function recoveryDialog(question: RecoveryQuestion, where: Where): RecoveryDialog {
  const kept = `Whatever you choose, the damaged file is kept (moved aside to ${question.damagedPath}); nothing is deleted.`;
  const message = 'Unknot could not open your data';
  if (!question.backup) {
    return {
      message,
      detail:
        `Your data file is damaged (${question.problem}) and there is no backup to restore yet.\n\n` +
        `You can start with an empty diary, or quit and keep everything as it is for now. ${kept}`,
      buttons: ['Start fresh', 'Quit'],
      choices: ['fresh', 'quit'],
    };
  }
  const backup = question.backup;
  const shortDate = backupShortTime(backup.createdAtMs, where);
  const entries = backup.counts ? ` (${plural(totalEntries(backup.counts), 'entry', 'entries')})` : '';
  return {
    message,
    detail:
      `Your data file is damaged (${question.problem}).\n\n` +
      `Your newest backup is from ${backupInWords(backup, where)}. ` +
      `Restoring it brings back everything up to then; anything logged after it is not in it.\n\n${kept}`,
    buttons: [`Restore backup from ${shortDate}${entries}`, 'Start fresh', 'Quit'],
    choices: ['restore', 'fresh', 'quit'],
  };
}

/** The notice after start-up recovery: what happened, what was done, where the damaged file is. */
export function recoveryNotice(
  question: RecoveryQuestion,
  outcome: 'restored' | 'fresh' | 'restore-failed',
  where: Where,
  nowMs: number,
): Notice {
  const start = `Unknot could not read its data file (${question.problem}).`;
  const kept = `The damaged file is kept as ${question.damagedPath}.`;
  const id = `database-recovered-${nowMs}`;
  if (outcome === 'restored' && question.backup) {
    return {
      id,
      level: 'warning',
      title: 'Your data was restored from a backup',
      message:
        `${start} It restored your backup from ${backupInWords(question.backup, where)}. ` +
        `Anything logged after that is not in it. ${kept}`,
    };
  }
  const why =
    outcome === 'restore-failed'
      ? 'Restoring the backup did not work either, so it started with an empty diary.'
      : question.backup
        ? 'As you chose, it started with an empty diary; your backups are still there in Settings → Backups.'
        : 'There was no backup to restore, so it started with an empty diary.';
  return { id, level: 'warning', title: 'Unknot started with an empty diary', message: `${start} ${why} ${kept}` };
}

/** The notice after a restore from Settings or the command line. */
export function restoredNotice(restored: BackupInfo, safety: BackupInfo, where: Where, nowMs: number): Notice {
  return {
    id: `backup-restored-${nowMs}`,
    level: 'info',
    title: 'Backup restored',
    message:
      `Your data is now as it was on ${backupInWords(restored, where)}. ` +
      `What you had just before is saved as the backup from ${backupTimeInWords(safety.createdAtMs, where)}, ` +
      `so you can go back to it in Settings → Backups.`,
  };
}
