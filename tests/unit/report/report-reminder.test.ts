// The weekly "your report is ready" reminder, on a fake clock: the set day and
// local time (also across a DST change), about last week, quiet after an empty
// week, replanned when settings change, and the setting's validation.
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../../main/adapters/fake/fake-clock';
import { createClockScheduler } from '../../../main/adapters/fake/clock-scheduler';
import { createReportReminder } from '../../../main/core/report-reminder';
import { createServices } from '../../../main/services';
import { openConfBacking, settingsFilePath } from '../../../main/adapters/node/conf-backing';
import { APP_ORIGIN } from '../../../main/security/trusted-sender';
import { DEFAULT_SETTINGS, settingsPatchSchema, type Settings } from '../../../common/domain/settings';
import { appSender, fakeBreakPorts, sampleEntry, tempDir } from '../helpers';

const HOUR = 3600_000;

function setup(start: string, weeksWithEntries: string[] = ['2026-W47', '2026-W48', '2026-W43', '2026-W44']) {
  const clock = new FakeClock(Date.parse(start));
  let settings: Settings = DEFAULT_SETTINGS;
  const reminded: { week: string; at: string }[] = [];
  const reminder = createReportReminder({
    clock,
    scheduler: createClockScheduler(clock),
    settings: () => settings,
    timeZone: () => 'Europe/Berlin',
    hasEntries: (week) => weeksWithEntries.includes(week),
    remind: (week) => reminded.push({ week, at: new Date(clock.now()).toISOString() }),
  });
  return {
    clock,
    reminder,
    reminded,
    set: (next: Partial<Settings['report']>) => {
      settings = { ...settings, report: { ...settings.report, ...next } };
      reminder.replan();
    },
  };
}

describe('weekly report reminder', () => {
  it('defaults to Monday 09:00 and tells about the week that just ended', () => {
    expect(DEFAULT_SETTINGS.report).toEqual({ reminder: true, day: 'mon', time: '09:00' });
    const t = setup('2026-11-22T12:00:00+01:00'); // Sunday noon
    t.reminder.start();
    expect(t.reminder.nextRun()).toBe(Date.parse('2026-11-23T09:00:00+01:00'));
    t.clock.advanceBy(21 * HOUR - 1);
    expect(t.reminded).toEqual([]);
    t.clock.advanceBy(1);
    expect(t.reminded).toEqual([{ week: '2026-W47', at: '2026-11-23T08:00:00.000Z' }]);
    t.clock.advanceBy(7 * 24 * HOUR);
    expect(t.reminded.map((r) => r.week)).toEqual(['2026-W47', '2026-W48']);
  });

  it('stays quiet after a week with nothing logged', () => {
    const t = setup('2026-11-22T12:00:00+01:00', ['2026-W48']);
    t.reminder.start();
    t.clock.advanceBy(24 * HOUR); // Monday 23 Nov: W47 has no entries
    expect(t.reminded).toEqual([]);
    t.clock.advanceBy(7 * 24 * HOUR);
    expect(t.reminded.map((r) => r.week)).toEqual(['2026-W48']);
  });

  it('keeps 09:00 local across the end of summer time (25 Oct 2026 in Berlin)', () => {
    const t = setup('2026-10-19T10:00:00+02:00'); // Monday after this week's reminder
    t.reminder.start();
    // Next Monday is after the clocks went back: 09:00 is now UTC+1.
    expect(t.reminder.nextRun()).toBe(Date.parse('2026-10-26T09:00:00+01:00'));
    t.clock.advanceBy(7 * 24 * HOUR);
    expect(t.reminded).toEqual([{ week: '2026-W43', at: '2026-10-26T08:00:00.000Z' }]);
  });

  it('follows the settings: another day and time, off, and never twice about the same week', () => {
    const t = setup('2026-11-23T08:00:00+01:00'); // Monday, an hour before the default time
    t.reminder.start();
    t.set({ day: 'fri', time: '16:30' });
    expect(t.reminder.nextRun()).toBe(Date.parse('2026-11-27T16:30:00+01:00'));
    t.clock.advanceBy(4 * 24 * HOUR + 8.5 * HOUR);
    expect(t.reminded).toEqual([{ week: '2026-W47', at: '2026-11-27T15:30:00.000Z' }]);
    t.set({ day: 'sat', time: '08:00' }); // the next day, but still about the same week
    t.clock.advanceBy(24 * HOUR);
    expect(t.reminded).toHaveLength(1);
    t.set({ reminder: false });
    expect(t.reminder.nextRun()).toBeNull();
    t.clock.advanceBy(14 * 24 * HOUR);
    expect(t.reminded).toHaveLength(1);
  });

  it('the setting is validated with a message naming the bad value', () => {
    const bad = settingsPatchSchema.safeParse({ report: { reminder: true, day: 'monday', time: '09:00' } });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.message).toMatch(/unknown weekday "monday"/);
    expect(settingsPatchSchema.safeParse({ report: { reminder: true, day: 'mon', time: '9:00' } }).success).toBe(false);
  });

  it('is wired in the services: started with the other reminders, replanned by settings:update', async () => {
    const ports = fakeBreakPorts(Date.parse('2026-11-20T12:00:00+01:00')); // a Friday
    const dataDir = tempDir();
    const weeks: string[] = [];
    const s = createServices({
      dataDir,
      shell: 'web',
      trustedOrigin: () => APP_ORIGIN,
      settingsFile: settingsFilePath(dataDir),
      openSettingsBacking: () => openConfBacking(dataDir),
      ...ports,
      remindReport: (week) => weeks.push(week),
    });
    try {
      await s.dispatch(appSender, 'pain:add', { entry: sampleEntry({ at: '2026-11-18T10:00:00+01:00' }) });
      s.startReminders();
      const saved = await s.dispatch(appSender, 'settings:update', {
        patch: { report: { reminder: true, day: 'sun', time: '20:00' } },
      });
      expect(saved).toMatchObject({ ok: true, value: { report: { day: 'sun' } } });
      // Sunday 22nd 20:00: the week ending that day.
      ports.clock.advanceBy(2 * 24 * HOUR + 8 * HOUR - 1);
      expect(weeks).toEqual([]);
      ports.clock.advanceBy(1);
      expect(weeks).toEqual(['2026-W47']);
      await s.dispatch(appSender, 'settings:update', {
        patch: { report: { reminder: true, day: 'mon', time: '09:00' } },
      });
      ports.clock.advanceBy(13 * HOUR); // Monday 23rd 09:00: about W47 again, so not repeated
      expect(weeks).toEqual(['2026-W47']);
      await s.dispatch(appSender, 'settings:update', {
        patch: { report: { reminder: true, day: 'tue', time: '09:00' } },
      });
      ports.clock.advanceBy(7 * 24 * HOUR); // W48 has nothing logged
      expect(weeks).toEqual(['2026-W47']);
    } finally {
      s.close();
    }
  });
});
