import { describe, expect, it } from 'vitest';
import { emptyCheckin, type Checkin } from '../../../common/domain/checkin';
import { adviceForEntry, adviceForWarningSigns } from '../../../common/domain/red-flags';
import { appSender, countRows, openServices, sampleCheckin } from '../helpers';

const day: Checkin = sampleCheckin();

describe('daily check-in', () => {
  it('saves, reads back and replaces a day’s answers', async () => {
    const s = openServices();
    expect(await s.dispatch(appSender, 'checkin:get', { date: day.date })).toEqual({
      ok: true,
      value: { checkin: null, settled: false },
    });
    expect(await s.dispatch(appSender, 'checkin:save', { checkin: day })).toEqual({
      ok: true,
      value: { checkin: day, advice: [] },
    });
    await s.dispatch(appSender, 'checkin:save', { checkin: { ...day, stress: 8 } });
    expect(await s.dispatch(appSender, 'checkin:get', { date: day.date })).toMatchObject({
      value: { checkin: { stress: 8 }, settled: true },
    });
    expect(countRows(s, 'checkins')).toBe(1);
  });

  it('accepts a half-done check-in', async () => {
    const s = openServices();
    const half = { ...emptyCheckin('2026-11-17'), sleepHours: 7 };
    expect(await s.dispatch(appSender, 'checkin:save', { checkin: half })).toMatchObject({ ok: true });
  });

  it('remembers a skipped day so it never asks twice, and a later answer still counts', async () => {
    const s = openServices();
    await s.dispatch(appSender, 'checkin:skip', { date: day.date });
    expect(await s.dispatch(appSender, 'checkin:get', { date: day.date })).toEqual({
      ok: true,
      value: { checkin: null, settled: true },
    });
    expect(await s.dispatch(appSender, 'checkin:list', {})).toEqual({ ok: true, value: [] });
    await s.dispatch(appSender, 'checkin:save', { checkin: day });
    await s.dispatch(appSender, 'checkin:skip', { date: day.date }); // a stray skip never erases answers
    expect(await s.dispatch(appSender, 'checkin:list', {})).toEqual({ ok: true, value: [day] });
  });

  it('answers warning signs with advice by tier, most urgent first', async () => {
    const s = openServices();
    const result = await s.dispatch(appSender, 'checkin:save', {
      checkin: { ...day, warningSigns: ['no-improvement', 'night-pain', 'bladder-bowel-saddle'] },
    });
    expect(result).toMatchObject({
      ok: true,
      value: {
        advice: [
          { tier: 'emergency', title: 'Call emergency services now' },
          { tier: 'soon', title: 'See a doctor soon, today if you can' },
          { tier: 'next-visit', title: 'Mention it at your next visit' },
        ],
      },
    });
  });

  const bad: [string, unknown, RegExp][] = [
    ['stress 11', { ...day, stress: 11 }, /stress must be 0 to 10/],
    ['25 hours of sleep', { ...day, sleepHours: 25 }, /0 to 24 hours/],
    ['an unknown warning sign', { ...day, warningSigns: ['vampires'] }, /unknown warning sign "vampires"/],
    ['a missing field', { date: day.date }, /Not saved/],
    ['a date that is not a date', { ...day, date: 'yesterday' }, /date like/],
  ];
  for (const [what, checkin, message] of bad) {
    it(`refuses ${what} and saves nothing`, async () => {
      const s = openServices();
      const result = await s.dispatch(appSender, 'checkin:save', { checkin });
      expect(result).toMatchObject({ ok: false, error: { code: 'bad-request', message } });
      expect(countRows(s, 'checkins')).toBe(0);
    });
  }
});

describe('red flags', () => {
  it('gives no advice without warning signs', () => {
    expect(adviceForWarningSigns([])).toEqual([]);
  });

  it('advises on numbness or tingling by tier: with weakness soon, alone at the next visit, weakness alone not at all', () => {
    const numb = { regions: [{ region: 'palm-right', intensity: 4, qualities: ['numb' as const] }], note: '' };
    expect(adviceForEntry(numb)).toMatchObject({ tier: 'next-visit' });
    expect(adviceForEntry(numb)!.message).toMatch(/lingers, keeps coming back/);
    expect(adviceForEntry(numb)!.message).toMatch(/suddenly.*emergency/);
    expect(adviceForEntry({ ...numb, note: 'my grip feels weak' })).toMatchObject({ tier: 'soon' });
    expect(adviceForEntry(numb, true)).toMatchObject({ tier: 'soon', title: 'Numbness or tingling with weakness' });
    const aching = { regions: [{ region: 'palm-right', intensity: 4, qualities: ['aching' as const] }], note: 'weak' };
    expect(adviceForEntry(aching)).toBeNull();
  });

  it('numbness in both arms or both legs: see a doctor soon; both legs with back pain: an emergency', () => {
    const tingle = (region: string) => ({ region, intensity: 3, qualities: ['tingling' as const] });
    const arms = { regions: [tingle('palm-right'), tingle('forearm-palm-side-left')], note: '' };
    expect(adviceForEntry(arms)).toMatchObject({ tier: 'soon', title: 'Numbness or tingling in both arms' });
    // One arm, even in two places, is not both arms.
    expect(adviceForEntry({ regions: [tingle('palm-right'), tingle('back-of-hand-right')], note: '' })).toMatchObject({
      tier: 'next-visit',
    });
    const legs = { regions: [tingle('calf-left'), tingle('shin-right')], note: '' };
    expect(adviceForEntry(legs)).toMatchObject({ tier: 'soon', title: 'Numbness or tingling in both legs' });
    const withBack = {
      ...legs,
      regions: [...legs.regions, { region: 'lower-back-left', intensity: 6, qualities: [] }],
    };
    expect(adviceForEntry(withBack)).toMatchObject({ tier: 'emergency' });
    expect(adviceForEntry(withBack)!.message).toMatch(/emergency services now/);
  });
});

describe('check-in reminder', () => {
  it('asks once a day at the set time, never on a day already answered or skipped, and follows settings', async () => {
    const { FakeClock } = await import('../../../main/adapters/fake/fake-clock');
    const { createClockScheduler } = await import('../../../main/adapters/fake/clock-scheduler');
    const { createCheckinReminder } = await import('../../../main/core/checkin-reminder');
    const { DEFAULT_SETTINGS } = await import('../../../common/domain/settings');
    const clock = new FakeClock(Date.parse('2026-11-23T09:00:00+01:00'));
    let settings = DEFAULT_SETTINGS;
    const settled = new Set<string>(['2026-11-24']);
    const reminded: string[] = [];
    const reminder = createCheckinReminder({
      clock,
      scheduler: createClockScheduler(clock),
      settings: () => settings,
      timeZone: () => 'Europe/Berlin',
      settled: (d) => settled.has(d),
      remind: (d) => reminded.push(d),
    });
    reminder.start();
    clock.advanceBy(3 * 24 * 3600_000); // Mon 09:00 → Thu 09:00
    expect(reminded).toEqual(['2026-11-23', '2026-11-25']); // Tuesday was already answered
    settings = { ...settings, checkin: { enabled: false, time: '17:30' } };
    reminder.replan();
    clock.advanceBy(24 * 3600_000);
    expect(reminded).toHaveLength(2);
  });
});
