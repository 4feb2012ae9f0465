/**
 * Settings → Backups in words: when a backup was made (today, yesterday, a
 * weekday, another year — in the person's time zone), what it holds, its size,
 * and the restore confirmation, which says what the data becomes, what goes
 * and that the current data is backed up first.
 */
import { describe, expect, it } from 'vitest';
import {
  HOW_BACKUPS_WORK,
  backupContents,
  backupWhen,
  fileSize,
  restoreQuestion,
} from '@renderer/features/settings/backups-model';
import { backupNameAt } from '@common/domain/backups';

const words = { locale: 'en-GB', timeZone: 'Europe/Berlin' };
const NOW = Date.parse('2026-03-05T10:00:00+01:00'); // Thursday

describe('backupWhen', () => {
  it('says today, yesterday, a weekday with its date, and the year only when it is another one', () => {
    expect(backupWhen(Date.parse('2026-03-05T08:15:00+01:00'), NOW, words)).toBe('Today at 08:15');
    expect(backupWhen(Date.parse('2026-03-04T23:59:00+01:00'), NOW, words)).toBe('Yesterday at 23:59');
    expect(backupWhen(Date.parse('2026-03-03T18:00:00+01:00'), NOW, words)).toBe('Tuesday 3 March at 18:00');
    expect(backupWhen(Date.parse('2025-12-29T09:00:00+01:00'), NOW, words)).toBe('Monday, 29 December 2025 at 09:00');
  });

  it('counts days where the person is, not in UTC', () => {
    // 00:30 in Berlin on the 5th is still the 4th in UTC.
    expect(backupWhen(Date.parse('2026-03-05T00:30:00+01:00'), NOW, words)).toBe('Today at 00:30');
    expect(backupWhen(Date.parse('2026-03-05T00:30:00+01:00'), NOW, { ...words, timeZone: 'UTC' })).toBe(
      'Yesterday at 23:30',
    );
  });
});

describe('what a backup holds', () => {
  it('in words, with nothing logged and an unreadable copy said plainly', () => {
    expect(backupContents({ counts: { painEntries: 12, checkins: 4, routineSessions: 1 } })).toBe(
      '12 pain entries, 4 check-ins and 1 routine session',
    );
    expect(backupContents({ counts: { painEntries: 0, checkins: 0, routineSessions: 0 } })).toBe('Nothing logged yet');
    expect(backupContents({ counts: null })).toBe('Could not be read to count its entries');
  });

  it('sizes in bytes, KB and MB', () => {
    expect(fileSize(900)).toBe('900 bytes');
    expect(fileSize(48 * 1024 + 300)).toBe('48 KB');
    expect(fileSize(1.25 * 1024 * 1024)).toBe('1.3 MB');
    expect(fileSize(25 * 1024 * 1024)).toBe('25 MB');
  });

  it('explains the rotation with its own numbers', () => {
    expect(HOW_BACKUPS_WORK).toBe(
      'Unknot backs up your data by itself once a day when it starts, checks each copy after writing it, ' +
        'and keeps one for each of the last 7 days and one for each of the last 4 weeks.',
    );
  });
});

describe('the restore confirmation', () => {
  const backup = {
    name: backupNameAt(Date.parse('2026-03-05T08:15:00+01:00')),
    createdAtMs: Date.parse('2026-03-05T08:15:00+01:00'),
    sizeBytes: 40_000,
    counts: { painEntries: 2, checkins: 1, routineSessions: 0 },
  };

  it('says what the data becomes, what goes, and that the current data is backed up first', () => {
    expect(restoreQuestion(backup, NOW, words)).toEqual({
      title: 'Restore the backup from today at 08:15?',
      lines: [
        'Your data will be as it was then: 2 pain entries and 1 check-in.',
        'Anything logged after that will no longer show.',
        'Your current data is backed up first, so you can come back to it here.',
      ],
      confirm: 'Restore this backup',
    });
  });

  it('keeps a weekday’s capital, and still asks about a copy it could not count', () => {
    const older = { ...backup, createdAtMs: Date.parse('2026-03-02T08:15:00+01:00'), counts: null };
    const q = restoreQuestion(older, NOW, words);
    expect(q.title).toBe('Restore the backup from Monday 2 March at 08:15?');
    expect(q.lines[0]).toBe('Your data will be as it was then (this backup could not be read to count its entries).');
  });
});
