// The weekly report through SQLite and the contract: the SQL reads the right
// rows through its indexes, groups by the stored local date, and the break
// engine's real rows give the adherence the definition asks for.
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../main/services';
import { openConfBacking, settingsFilePath } from '../../../main/adapters/node/conf-backing';
import { APP_ORIGIN } from '../../../main/security/trusted-sender';
import { openDatabase } from '../../../main/db/open';
import { REPORT_SQL } from '../../../main/db/report-queries';
import { dailyFromEntries, type DayPainRow } from '../../../main/core/report';
import { entryIntensity, type PainEntryInput } from '../../../common/domain/pain';
import type { TrendWeek, WeeklyReport } from '../../../common/domain/report';
import { isoWeekOf, previousWeek } from '../../../common/domain/iso-week';
import { appSender, fakeBreakPorts, openServices, sampleCheckin, sampleEntry, tempDir } from '../helpers';
import type { Services } from '../../../main/services';

async function call<T>(s: Services, channel: Parameters<Services['dispatch']>[1], args: unknown): Promise<T> {
  const result = await s.dispatch(appSender, channel, args);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}

const weekly = (s: Services, week?: string) => call<WeeklyReport>(s, 'report:weekly', week ? { week } : {});

async function add(s: Services, at: string, ...intensities: number[]) {
  const regions = intensities.map((intensity, i) => ({
    region: ['temple-right', 'neck-angle-right', 'forehead-left'][i]!,
    intensity,
    qualities: [],
  }));
  await call(s, 'pain:add', { entry: sampleEntry({ at, regions }) });
}

describe('report SQL', () => {
  it('reads every range through an index (EXPLAIN QUERY PLAN), never scanning a whole table', () => {
    const db = openDatabase(':memory:');
    const expected: Record<keyof typeof REPORT_SQL, RegExp[]> = {
      dailyPain: [/SEARCH e USING INDEX pain_entries_by_date \(local_date>\? AND local_date<\?\)/, /PRIMARY KEY/],
      regions: [/SEARCH e USING INDEX pain_entries_by_date/, /SEARCH r USING PRIMARY KEY \(entry_id=\?\)/],
      firstLoggedDate: [/COVERING INDEX pain_entries_by_date/],
      breaks: [/SEARCH breaks USING INDEX breaks_by_date \(local_date>\? AND local_date<\?\)/],
      breaksByOutcome: [/SEARCH breaks USING INDEX breaks_by_date/],
      sessions: [/SEARCH routine_sessions USING INDEX routine_sessions_by_date/],
      sessionsPerDay: [/SEARCH routine_sessions USING COVERING INDEX routine_sessions_by_date/],
      checkins: [/SEARCH checkins USING INDEX sqlite_autoindex_checkins_1 \(local_date>\? AND local_date<\?\)/],
    };
    for (const [name, sql] of Object.entries(REPORT_SQL) as [keyof typeof REPORT_SQL, string][]) {
      const params = Array<string>((sql.match(/\?/g) ?? []).length).fill('2026-11-16');
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[])
        .map((r) => r.detail)
        .join('\n');
      for (const pattern of expected[name]) expect(plan, `${name}:\n${plan}`).toMatch(pattern);
      // The only full scan allowed is of the small materialised per-entry list.
      expect(plan.replace(/SCAN per_entry/g, ''), `${name}:\n${plan}`).not.toMatch(/\bSCAN\b/);
    }
    db.close();
  });

  it('aggregates each day in SQL exactly as the definition does from the entries', async () => {
    const s = openServices();
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const inputs: PainEntryInput[] = [];
    for (let i = 0; i < 60; i++) {
      const day = 10 + Math.floor(next() * 14);
      const count = 1 + Math.floor(next() * 3);
      const entry = sampleEntry({
        at: `2026-11-${day}T${String(8 + Math.floor(next() * 12)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00+01:00`,
        regions: ['temple-right', 'neck-angle-right', 'forehead-left']
          .slice(0, count)
          .map((region) => ({ region, intensity: Math.floor(next() * 11), qualities: [] })),
      });
      inputs.push(entry);
      await call(s, 'pain:add', { entry });
    }
    const fromSql = s.db.prepare(REPORT_SQL.dailyPain).all('2026-11-01', '2026-11-30') as DayPainRow[];
    const byHand = dailyFromEntries(inputs.map((e) => ({ date: e.at.slice(0, 10), intensity: entryIntensity(e) })));
    expect(fromSql).toEqual(byHand);
  });
});

describe('report:weekly through the contract', () => {
  it('groups by the stored local date, even near midnight in another offset', async () => {
    const s = openServices();
    // Sunday 23:30 in New York is Monday 04:30 UTC; it was lived on Sunday, so it belongs to W47.
    await add(s, '2026-11-22T23:30:00-05:00', 6);
    // Monday 00:15 in Tokyo is still Sunday 15:15 UTC; it was lived on Monday, so W48.
    await add(s, '2026-11-23T00:15:00+09:00', 2);
    const w47 = await weekly(s, '2026-W47');
    expect(w47.daily[6]).toEqual({ date: '2026-11-22', entries: 1, mean: 6, worst: 6, least: 6 });
    expect(w47.entries).toBe(1);
    const w48 = await weekly(s, '2026-W48');
    expect(w48.daily[0]).toMatchObject({ date: '2026-11-23', entries: 1, mean: 2 });
    expect(w48.change.vsLastWeek).toMatchObject({ from: 6, points: -4, meaningful: true, direction: 'better' });
  });

  it('a DST week (clocks back on Sunday 25 Oct 2026 in Europe) still has its seven days and every entry', async () => {
    const s = openServices();
    await add(s, '2026-10-19T09:00:00+02:00', 4);
    await add(s, '2026-10-25T02:30:00+02:00', 6); // the first 02:30 …
    await add(s, '2026-10-25T02:30:00+01:00', 8); // … and the second, an hour later
    await add(s, '2026-10-25T23:30:00+01:00', 1);
    const r = await weekly(s, '2026-W43');
    expect(r.daily.map((d) => d.entries)).toEqual([1, 0, 0, 0, 0, 0, 3]);
    expect(r.daily[6]).toMatchObject({ mean: 5, worst: 8, least: 1 });
    expect(r.meanDaily).toBe(4.5);
  });

  it('takes the entry’s highest region intensity, and the baseline from the first 14 calendar days', async () => {
    const s = openServices();
    await add(s, '2026-11-02T09:00:00+01:00', 3, 7); // entry intensity 7
    await add(s, '2026-11-15T09:00:00+01:00', 5); // day 14 of logging: in the baseline
    await add(s, '2026-11-16T09:00:00+01:00', 2); // day 15: not in it
    const r = await weekly(s, '2026-W47');
    expect(r.baseline).toEqual({ from: '2026-11-02', to: '2026-11-15', meanDaily: 6 });
    expect(r.change.vsBaseline).toMatchObject({ from: 6, points: -4, percent: (-4 / 6) * 100, meaningful: true });
    expect(r.loggingSpanDays).toBe(21);
    expect(r.byRegion.find((x) => x.region === 'temple-right')).toEqual({
      region: 'temple-right',
      mean: 2,
      max: 2,
      entries: 1,
    });
  });

  it('counts check-ins, skipped days aside, and lists this week’s warning signs with advice first', async () => {
    const s = openServices();
    await add(s, '2026-11-18T09:00:00+01:00', 5);
    await call(s, 'checkin:save', { checkin: sampleCheckin({ date: '2026-11-17', warningSigns: ['night-pain'] }) });
    await call(s, 'checkin:skip', { date: '2026-11-18' });
    const r = await weekly(s, '2026-W47');
    expect(r.checkins.days).toBe(1);
    expect(r.warningSigns).toEqual([{ date: '2026-11-17', sign: 'night-pain' }]);
    expect(r.advice[0]).toMatchObject({
      tier: 'soon',
      because: ['Pain that is much worse at night and that rest or no position eases'],
    });
  });

  it('refuses a week that does not exist and defaults to the week under way on main’s clock', async () => {
    const s = openServices(); // fake clock: Monday 23 Nov 2026, 09:00 in Berlin
    expect(await s.dispatch(appSender, 'report:weekly', { week: '2025-W53' })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/2025-W53 does not exist: 2025 has 52 ISO weeks/) },
    });
    expect((await weekly(s)).week).toBe('2026-W48');
  });
});

describe('breaks adherence from the break engine’s own rows', () => {
  it('a snoozed prompt counts once, through the outcome of its re-prompt', async () => {
    const ports = fakeBreakPorts(Date.parse('2026-11-23T09:00:00+01:00'));
    const dataDir = tempDir();
    const s = createServices({
      dataDir,
      shell: 'web',
      trustedOrigin: () => APP_ORIGIN,
      settingsFile: settingsFilePath(dataDir),
      openSettingsBacking: () => openConfBacking(dataDir),
      now: () => ports.clock.now(),
      ...ports,
    });
    try {
      s.breaks.start();
      const untilPrompt = () => {
        for (let i = 0; i < 200 && !s.breaks.status().prompt; i++) ports.clock.advanceBy(30_000);
        expect(s.breaks.status().prompt?.phase).toBe('prompt');
      };
      untilPrompt();
      s.breaks.respond('snooze');
      untilPrompt(); // the re-prompt after the snooze
      s.breaks.respond('start');
      ports.clock.advanceBy(60_000);
      if (s.breaks.status().prompt) s.breaks.respond('finish');
      untilPrompt(); // the next one, skipped
      s.breaks.respond('skip');
      const r = await weekly(s, '2026-W48');
      expect(r.breaks.byOutcome).toMatchObject({ snoozed: 1, taken: 1, skipped: 1 });
      expect(r.breaks.adherence).toBe(0.5); // 1 kept of 2 prompts; the snooze is not a third
    } finally {
      s.close();
    }
  });
});

describe('report:trend', () => {
  it('gives N weeks ending with endWeek, oldest first, across a 53-week year', async () => {
    const s = openServices();
    // Weeks ahead of main's clock (2026-11-23), so written through the repository: pain:add refuses them.
    for (const [at, intensity] of [
      ['2026-12-31T10:00:00+01:00', 4],
      ['2027-01-04T10:00:00+01:00', 6],
    ] as const) {
      s.transfer.pain.add({ at, note: '', regions: [{ region: 'temple-right', intensity, qualities: [] }] });
    }
    const trend = await call<TrendWeek[]>(s, 'report:trend', { weeks: 3, endWeek: '2027-W01' });
    expect(trend.map((w) => [w.week, w.meanDaily])).toEqual([
      ['2026-W52', null],
      ['2026-W53', 4],
      ['2027-W01', 6],
    ]);
    expect(await s.dispatch(appSender, 'report:trend', { weeks: 261 })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/at most 260 weeks/) },
    });
    const defaulted = await call<TrendWeek[]>(s, 'report:trend', { weeks: 1 });
    expect(defaulted.map((w) => w.week)).toEqual(['2026-W48']);
  });
});

describe('the week’s workstation check through the channels', () => {
  it('mentions what changed since the previous check in the week it was done, and nowhere else', async () => {
    const s = openServices();
    await call(s, 'workstation:save', { answers: { phone: 'on-shoulder', bag: 'one-heavy' } });
    const saved = await call<{ localDate: string }>(s, 'workstation:save', {
      answers: { phone: 'hands-free', bag: 'one-heavy' },
    });
    const week = isoWeekOf(saved.localDate);
    const report = await weekly(s, week);
    expect(report.workstation).toEqual({
      checkedOn: saved.localDate,
      previousOn: saved.localDate,
      changes: [expect.stringMatching(/^Phone on calls: better/)],
    });
    expect((await weekly(s, previousWeek(week))).workstation).toBeNull();
  });
});
