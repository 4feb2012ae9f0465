import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../common/domain/settings';
import { openDatabase } from '../../../main/db/open';
import { createBreakRepository } from '../../../main/db/break-repository';
import { appSender, countRows, openServices } from '../helpers';

describe('break history', () => {
  it('files each break under the local date it fell due and counts today by outcome', () => {
    const db = openDatabase(':memory:');
    let n = 0;
    const repo = createBreakRepository(db, () => `break-${++n}-xxxxxxxx`);
    repo.record({
      kind: 'micro',
      dueAt: '2026-11-23T23:59:50+01:00',
      shownAt: '2026-11-23T23:59:50+01:00',
      outcome: 'taken',
      secondsTaken: 30,
    });
    repo.record({
      kind: 'stretch',
      dueAt: '2026-11-24T00:10:00+01:00',
      shownAt: null,
      outcome: 'natural',
      secondsTaken: 420,
    });
    repo.record({
      kind: 'micro',
      dueAt: '2026-11-24T09:20:00+01:00',
      shownAt: '2026-11-24T09:20:00+01:00',
      outcome: 'snoozed',
      secondsTaken: 0,
    });
    expect(repo.today('2026-11-23')).toEqual({ taken: 1, natural: 0, skipped: 0, snoozed: 0 });
    expect(repo.today('2026-11-24')).toEqual({ taken: 0, natural: 1, skipped: 0, snoozed: 1 });
    expect(repo.history({ from: '2026-11-24', to: '2026-11-24' })).toEqual([
      {
        id: 'break-3-xxxxxxxx',
        kind: 'micro',
        dueAt: '2026-11-24T09:20:00+01:00',
        shownAt: '2026-11-24T09:20:00+01:00',
        outcome: 'snoozed',
        secondsTaken: 0,
      },
      {
        id: 'break-2-xxxxxxxx',
        kind: 'stretch',
        dueAt: '2026-11-24T00:10:00+01:00',
        shownAt: null,
        outcome: 'natural',
        secondsTaken: 420,
      },
    ]);
  });

  it('records a break taken through the contract', async () => {
    const s = openServices();
    s.breaks.start();
    const started = await s.dispatch(appSender, 'breaks:take-now', { kind: 'stretch' });
    expect(started).toMatchObject({ ok: true, value: { prompt: { kind: 'stretch', phase: 'break' } } });
    const finished = await s.dispatch(appSender, 'breaks:respond', { action: 'finish' });
    expect(finished).toMatchObject({ ok: true, value: { prompt: null, today: { taken: 1 } } });
    const history = await s.dispatch(appSender, 'breaks:history', {});
    expect(history).toMatchObject({ ok: true, value: [{ kind: 'stretch', outcome: 'taken' }] });
  });
});

describe('break settings through the contract', () => {
  const bad: [string, unknown, RegExp][] = [
    [
      'an interval of 0',
      { breaks: { ...DEFAULT_SETTINGS.breaks, micro: { ...DEFAULT_SETTINGS.breaks.micro, everyMinutes: 0 } } },
      /micro › everyMinutes: must be at least 1 minute/,
    ],
    [
      'a range that ends before it starts',
      { workingHours: { ...DEFAULT_SETTINGS.workingHours, tue: [{ start: '17:00', end: '09:00' }] } },
      /tue › 0 › end: ends before it starts/,
    ],
    [
      'overlapping ranges',
      {
        workingHours: {
          mon: [
            { start: '08:00', end: '12:00' },
            { start: '11:00', end: '14:00' },
          ],
        },
      },
      /overlap/,
    ],
    ['an unknown weekday', { workingHours: { ...DEFAULT_SETTINGS.workingHours, wed2: [] } }, /unknown weekday "wed2"/],
    [
      'an unknown release day',
      {
        breaks: {
          ...DEFAULT_SETTINGS.breaks,
          release: { ...DEFAULT_SETTINGS.breaks.release, days: ['mon', 'funday'] },
        },
      },
      /unknown weekday "funday"/,
    ],
    [
      'a time that is not a time',
      { breaks: { ...DEFAULT_SETTINGS.breaks, release: { ...DEFAULT_SETTINGS.breaks.release, time: '25:00' } } },
      /must be a time like 08:30/,
    ],
    [
      'a micro-pause longer than a stretch break',
      { breaks: { ...DEFAULT_SETTINGS.breaks, micro: { ...DEFAULT_SETTINGS.breaks.micro, durationSeconds: 600 } } },
      /micro-pause must not be longer/,
    ],
  ];
  for (const [what, patch, message] of bad) {
    it(`refuses ${what} with a clear message and saves nothing`, async () => {
      const s = openServices();
      const before = s.settings.get();
      const result = await s.dispatch(appSender, 'settings:update', { patch });
      expect(result).toMatchObject({ ok: false, error: { code: 'bad-request', message } });
      expect(s.settings.get()).toEqual(before);
      expect(countRows(s, 'breaks')).toBe(0);
    });
  }

  it('saves valid break settings and re-plans', async () => {
    const s = openServices();
    s.breaks.start();
    const patch = {
      breaks: { ...DEFAULT_SETTINGS.breaks, micro: { ...DEFAULT_SETTINGS.breaks.micro, everyMinutes: 25 } },
    };
    expect(await s.dispatch(appSender, 'settings:update', { patch })).toMatchObject({ ok: true });
    expect(s.breaks.status().next).toEqual({ kind: 'micro', at: '2026-11-23T09:25:00+01:00' });
  });
});
