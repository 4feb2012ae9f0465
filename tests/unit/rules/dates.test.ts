// Issue 14, item 4: one calendar-aware date/time schema for every input channel and the importer.
// Impossible dates (2026-02-30, 2026-13-45, 9999-99-99), times before 1970, logged times more than a
// day ahead of main's clock and sessions lasting years are refused with the field named; nothing is written.
import { describe, expect, it } from 'vitest';
import {
  isCalendarDate,
  latestLoggedDate,
  localDateSchema,
  loggedTimeSchema,
  validatingAt,
} from '../../../common/domain/dates';
import { createServices, type Services } from '../../../main/services';
import { openConfBacking, settingsFilePath } from '../../../main/adapters/node/conf-backing';
import { APP_ORIGIN } from '../../../main/security/trusted-sender';
import type { RoutineSessionInput } from '../../../common/domain/routine-sessions';
import {
  appSender,
  countRows,
  exportObject,
  fakeBreakPorts,
  importText,
  openServices,
  sampleCheckin,
  sampleEntry,
  tempDir,
} from '../helpers';

/** Main's clock in these services (fakeBreakPorts): Monday 2026-11-23, 09:00 in Berlin. */
const MAIN_NOW = Date.parse('2026-11-23T09:00:00+01:00');

const TABLES = [
  'pain_entries',
  'pain_entry_regions',
  'checkins',
  'breaks',
  'routine_sessions',
  'custom_routines',
  'workstation_checks',
];
const counts = (s: Services) => Object.fromEntries(TABLES.map((t) => [t, countRows(s, t)]));

function session(overrides: Partial<RoutineSessionInput> = {}): RoutineSessionInput {
  return {
    routineId: 'release-upper-trapezius',
    side: 'both',
    startedAt: '2026-11-23T08:10:00+01:00',
    endedAt: '2026-11-23T08:18:00+01:00',
    rounds: 2,
    pressSeconds: 240,
    pressRounds: { left: 2, right: 2 },
    before: 6,
    after: 3,
    stopReason: null,
    ...overrides,
  };
}

describe('the calendar', () => {
  it.each([
    ['2026-02-28', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2026-12-31', true],
    ['2026-02-29', false],
    ['2100-02-29', false],
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2026-13-45', false],
    ['2026-00-10', false],
    ['2026-12-00', false],
    ['2026-12-99', false],
    ['9999-99-99', false],
    ['2026-1-5', false],
    ['0099-01-01', true],
  ])('%s is a day of the calendar: %s', (date, real) => {
    expect(isCalendarDate(date)).toBe(real);
  });

  it('dates start in 1970; a query may name an open end as far as 9999-12-31', () => {
    expect(localDateSchema.safeParse('1969-12-31').success).toBe(false);
    expect(localDateSchema.safeParse('1970-01-01').success).toBe(true);
    expect(localDateSchema.safeParse('9999-12-31').success).toBe(true);
  });

  it('the future bound follows the clock it is given, and is left to main outside a validation scope', () => {
    const tomorrowNoon = '2026-11-24T08:59:00+01:00';
    const tooFar = '2026-11-24T09:01:00+01:00';
    validatingAt(MAIN_NOW, () => {
      expect(loggedTimeSchema.safeParse(tomorrowNoon).success).toBe(true);
      expect(loggedTimeSchema.safeParse(tooFar).success).toBe(false);
      // Nested scopes restore the outer value.
      validatingAt(MAIN_NOW + 3_600_000, () => expect(loggedTimeSchema.safeParse(tooFar).success).toBe(true));
      expect(loggedTimeSchema.safeParse(tooFar).success).toBe(false);
    });
    // The renderer's own form check has no main clock: only main refuses a time for being ahead.
    expect(loggedTimeSchema.safeParse('9999-12-31T10:00:00+01:00').success).toBe(true);
    expect(loggedTimeSchema.safeParse('1969-12-31T23:59:00+00:00').success).toBe(false);
    // The latest local date anywhere on Earth a day from now (UTC+14).
    expect(latestLoggedDate(MAIN_NOW)).toBe('2026-11-24');
    expect(latestLoggedDate(Date.parse('2026-11-23T10:00:00Z'))).toBe('2026-11-25');
  });
});

describe('every input channel refuses impossible and out-of-bounds dates, naming the field, writing nothing', () => {
  const restorable = {
    ...sampleEntry({ at: '2026-11-16T09:30:00+01:00' }),
    id: 'entry-restore-1',
    localDate: '2026-11-16',
    utcOffsetMinutes: 60,
    createdAt: Date.parse('2026-11-16T08:30:00Z'),
    updatedAt: Date.parse('2026-11-16T08:30:00Z'),
  };
  const bad: [string, string, unknown, RegExp][] = [
    [
      'a 30th of February',
      'pain:add',
      { entry: sampleEntry({ at: '2026-02-30T10:00:00+01:00' }) },
      /^Not saved\. at: /,
    ],
    ['month 13, day 45', 'pain:add', { entry: sampleEntry({ at: '2026-13-45T10:00:00+01:00' }) }, /^Not saved\. at: /],
    [
      'an entry in year 9999',
      'pain:add',
      { entry: sampleEntry({ at: '9999-12-31T10:00:00+01:00' }) },
      /^Not saved\. at: 9999-12-31T10:00:00\+01:00 is more than a day in the future$/,
    ],
    [
      'an entry two days ahead',
      'pain:add',
      { entry: sampleEntry({ at: '2026-11-25T09:00:00+01:00' }) },
      /at: .* is more than a day in the future/,
    ],
    [
      'an entry before 1970',
      'pain:add',
      { entry: sampleEntry({ at: '1969-07-20T20:17:00+00:00' }) },
      /^Not saved\. at: 1969-07-20T20:17:00\+00:00 is before 1970-01-01$/,
    ],
    [
      'an update to year 9999',
      'pain:update',
      { id: 'entry-0001', entry: sampleEntry({ at: '9999-01-01T10:00:00+01:00' }) },
      /at: .* more than a day in the future/,
    ],
    [
      'createdAt = -2^53 through pain:restore',
      'pain:restore',
      { entry: { ...restorable, createdAt: -(2 ** 53) } },
      /^Not saved\. createdAt: must be 1970-01-01 or later$/,
    ],
    [
      'updatedAt in year 2286 through pain:restore',
      'pain:restore',
      { entry: { ...restorable, updatedAt: 9_999_999_999_999 } },
      /updatedAt: must be at most a day in the future/,
    ],
    [
      'a restored entry in year 9999',
      'pain:restore',
      { entry: { ...restorable, at: '9999-12-31T10:00:00+01:00', localDate: '9999-12-31' } },
      /at: .* more than a day in the future/,
    ],
    [
      'a restored entry whose local date is not its time’s',
      'pain:restore',
      { entry: { ...restorable, localDate: '2026-11-17' } },
      /localDate: must be the date of at \(2026-11-16\)/,
    ],
    ['a list from 2026-02-30', 'pain:list', { from: '2026-02-30' }, /from: 2026-02-30 is not a day of the calendar/],
    ['a list to 9999-99-99', 'pain:list', { to: '9999-99-99' }, /to: 9999-99-99 is not a day of the calendar/],
    [
      'a check-in dated 2026-12-99',
      'checkin:save',
      { checkin: sampleCheckin({ date: '2026-12-99' }) },
      /^Not saved\. checkin › date: 2026-12-99 is not a day of the calendar$/,
    ],
    [
      'a check-in dated next week',
      'checkin:save',
      { checkin: sampleCheckin({ date: '2026-11-30' }) },
      /date: 2026-11-30 is more than a day in the future/,
    ],
    [
      'a check-in dated 1969',
      'checkin:save',
      { checkin: sampleCheckin({ date: '1969-12-31' }) },
      /date: must be 1970-01-01 or later/,
    ],
    ['skipping 2026-13-45', 'checkin:skip', { date: '2026-13-45' }, /date: 2026-13-45 is not a day of the calendar/],
    ['skipping a day in 2027', 'checkin:skip', { date: '2027-01-01' }, /date: .* more than a day in the future/],
    ['asking for 2026-02-30', 'checkin:get', { date: '2026-02-30' }, /date: 2026-02-30 is not a day of the calendar/],
    ['check-ins from 9999-99-99', 'checkin:list', { from: '9999-99-99' }, /from: 9999-99-99 is not a day/],
    ['breaks from 2026-02-29', 'breaks:history', { from: '2026-02-29' }, /from: 2026-02-29 is not a day/],
    ['sessions to 2026-04-31', 'routines:sessions', { to: '2026-04-31' }, /to: 2026-04-31 is not a day/],
    [
      'a session lasting 7,000 years',
      'routines:session-save',
      { session: session({ startedAt: '1990-01-01T08:00:00+01:00', endedAt: '8990-01-01T08:00:00+01:00' }) },
      /^Not saved\. session › endedAt: 8990-01-01T08:00:00\+01:00 is more than a day in the future$/,
    ],
    [
      'a session lasting 36 years, all of it past',
      'routines:session-save',
      { session: session({ startedAt: '1990-01-01T08:00:00+01:00' }) },
      /^Not saved\. session › endedAt: lasts more than 24 hours$/,
    ],
    [
      'a session starting on 2026-02-30',
      'routines:session-save',
      { session: session({ startedAt: '2026-02-30T08:00:00+01:00' }) },
      /session › startedAt: must be a date and time/,
    ],
    [
      'a first run completed in year 9999',
      'settings:update',
      { patch: { firstRun: { completedAt: '9999-01-01T00:00:00+00:00' } } },
      /^Not saved\. firstRun › completedAt: .* more than a day in the future$/,
    ],
  ];
  for (const [what, channel, args, message] of bad) {
    it(`refuses ${what} (${channel})`, async () => {
      const s = openServices();
      await s.dispatch(appSender, 'pain:add', { entry: sampleEntry() });
      const before = counts(s);
      const result = await s.dispatch(appSender, channel, args);
      expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
      expect(result.ok ? '' : result.error.message).toMatch(message);
      expect(counts(s)).toEqual(before);
      expect(s.settings.get().firstRun.completedAt).toBeNull();
    });
  }

  it('accepts what is real: a leap day, an entry later today and tomorrow morning, an open-ended range', async () => {
    const s = openServices();
    for (const at of ['2024-02-29T12:00:00+01:00', '2026-11-23T23:00:00+01:00', '2026-11-24T08:30:00+01:00']) {
      expect(await s.dispatch(appSender, 'pain:add', { entry: sampleEntry({ at }) })).toMatchObject({ ok: true });
    }
    expect(
      await s.dispatch(appSender, 'checkin:save', { checkin: sampleCheckin({ date: '2026-11-24' }) }),
    ).toMatchObject({ ok: true });
    const listed = await s.dispatch(appSender, 'pain:list', { from: '1970-01-01', to: '9999-12-31' });
    expect(listed.ok && listed.value).toHaveLength(3);
    const deleted = await s.dispatch(appSender, 'pain:delete', {
      id: (listed.ok && (listed.value as { id: string }[])[0]!.id) || '',
    });
    expect(deleted.ok).toBe(true);
    // Undo puts back exactly what was deleted.
    expect(await s.dispatch(appSender, 'pain:restore', { entry: deleted.ok && deleted.value })).toMatchObject({
      ok: true,
    });
  });

  it('measures "a day ahead" from main’s clock, not the machine’s', async () => {
    const dataDir = tempDir();
    const services = createServices({
      dataDir,
      shell: 'web',
      trustedOrigin: () => APP_ORIGIN,
      settingsFile: settingsFilePath(dataDir),
      openSettingsBacking: () => openConfBacking(dataDir),
      ...fakeBreakPorts(Date.parse('2040-06-01T12:00:00+02:00')),
    });
    try {
      const at = '2040-06-01T18:00:00+02:00';
      expect(await services.dispatch(appSender, 'pain:add', { entry: sampleEntry({ at }) })).toMatchObject({
        ok: true,
      });
      expect(
        await services.dispatch(appSender, 'pain:add', { entry: sampleEntry({ at: '2040-06-03T12:00:00+02:00' }) }),
      ).toMatchObject({ ok: false });
    } finally {
      services.close();
    }
  });
});

describe('the importer refuses the same dates, naming the record and field, importing nothing', () => {
  type File = Record<string, unknown[]> & Record<string, unknown>;
  async function validFile(): Promise<File> {
    const a = openServices();
    await a.dispatch(appSender, 'pain:add', { entry: sampleEntry() });
    await a.dispatch(appSender, 'checkin:save', { checkin: sampleCheckin() });
    await a.dispatch(appSender, 'routines:session-save', { session: session() });
    await a.dispatch(appSender, 'workstation:save', { answers: { phone: 'on-shoulder' } });
    a.transfer.breaks.record({
      kind: 'micro',
      dueAt: '2026-11-16T09:20:00+01:00',
      shownAt: '2026-11-16T09:20:00+01:00',
      outcome: 'taken',
      secondsTaken: 30,
    });
    return exportObject(a.transfer) as unknown as File;
  }
  const first = (f: File, list: string, change: Record<string, unknown>) =>
    JSON.stringify({ ...f, [list]: [{ ...(f[list]![0] as object), ...change }] });

  const hostile: [string, (f: File) => string, RegExp][] = [
    [
      'a pain entry on 2026-02-30',
      (f) => first(f, 'painEntries', { at: '2026-02-30T10:00:00+01:00' }),
      /painEntries\[0\] \(id [\w-]+\): at: must be a date and time/,
    ],
    [
      'a pain entry in year 9999',
      (f) => first(f, 'painEntries', { at: '9999-12-31T10:00:00+01:00' }),
      /painEntries\[0\] \(id [\w-]+\): at: 9999-12-31T10:00:00\+01:00 is more than a day in the future/,
    ],
    [
      'a check-in dated 2026-12-99',
      (f) => first(f, 'checkins', { date: '2026-12-99' }),
      /checkins\[0\] \(2026-12-99\): date: 2026-12-99 is not a day of the calendar/,
    ],
    [
      'a check-in dated 2026-13-45',
      (f) => first(f, 'checkins', { date: '2026-13-45' }),
      /checkins\[0\] \(2026-13-45\): date: 2026-13-45 is not a day of the calendar/,
    ],
    [
      'a check-in dated 9999-99-99',
      (f) => first(f, 'checkins', { date: '9999-99-99' }),
      /checkins\[0\] \(9999-99-99\): date: 9999-99-99 is not a day of the calendar/,
    ],
    [
      'a session lasting 7,000 years',
      (f) =>
        first(f, 'routineSessions', { startedAt: '1990-01-01T08:00:00+01:00', endedAt: '8990-01-01T08:00:00+01:00' }),
      /routineSessions\[0\] \(id [\w-]+\): endedAt: 8990-01-01T08:00:00\+01:00 is more than a day in the future/,
    ],
    [
      'a session lasting 36 years',
      (f) => first(f, 'routineSessions', { startedAt: '1990-01-01T08:00:00+01:00' }),
      /routineSessions\[0\] \(id [\w-]+\): endedAt: lasts more than 24 hours/,
    ],
    [
      'a break due before 1970',
      (f) => first(f, 'breaks', { dueAt: '1960-01-01T09:00:00+01:00' }),
      /breaks\[0\] \(id [\w-]+\): dueAt: 1960-01-01T09:00:00\+01:00 is before 1970-01-01/,
    ],
    [
      'a break taken for 7,000 years',
      (f) => first(f, 'breaks', { secondsTaken: 7000 * 365 * 86_400 }),
      /breaks\[0\] \(id [\w-]+\): secondsTaken/,
    ],
    [
      'a workstation check in year 9999',
      (f) => first(f, 'workstationChecks', { takenAt: '9999-01-01T09:00:00+01:00' }),
      /workstationChecks\[0\] \(id [\w-]+\): takenAt: .* more than a day in the future/,
    ],
  ];
  for (const [what, make, message] of hostile) {
    it(`refuses ${what}`, async () => {
      const file = make(await validFile());
      const target = openServices();
      await target.dispatch(appSender, 'pain:add', { entry: sampleEntry() });
      const before = counts(target);
      expect(() => importText(target.transfer, file)).toThrow(message);
      // (The app's data:import runs this same importer on a worker: tests/unit/data/transfer-jobs.test.ts.)
      expect(counts(target)).toEqual(before);
    });
  }

  it('still imports a valid file whose newest record is tomorrow morning by main’s clock', async () => {
    const file = await validFile();
    const target = openServices();
    const text = first(file, 'painEntries', { at: '2026-11-24T08:30:00+01:00' });
    expect(importText(target.transfer, text).added).toMatchObject({ painEntries: 1, checkins: 1, routineSessions: 1 });
  });
});
