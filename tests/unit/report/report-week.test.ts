import { describe, expect, it } from 'vitest';
import {
  addWeeks,
  currentIsoWeek,
  existingIsoWeekSchema,
  isoWeekOf,
  isoWeekProblem,
  parseIsoWeek,
  previousWeek,
  shiftDate,
  weekDates,
  weeksInYear,
} from '../../../common/domain/iso-week';

const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday

describe('ISO weeks', () => {
  it('knows which years have 53 weeks (Thursday starts, and Wednesday starts in leap years)', () => {
    // 1 Jan 2026 is a Thursday; 2020 is a leap year starting on a Wednesday; 2015 starts on a Thursday.
    expect(weeksInYear(2026)).toBe(53);
    expect(weeksInYear(2020)).toBe(53);
    expect(weeksInYear(2015)).toBe(53);
    for (const year of [2021, 2022, 2023, 2024, 2025, 2027, 2028]) expect(weeksInYear(year)).toBe(52);
  });

  it('puts dates near the new year in the right week', () => {
    expect(isoWeekOf('2025-12-28')).toBe('2025-W52'); // Sunday
    expect(isoWeekOf('2025-12-29')).toBe('2026-W01'); // Monday of the week holding 1 Jan 2026 (a Thursday)
    expect(isoWeekOf('2026-01-01')).toBe('2026-W01');
    expect(isoWeekOf('2026-12-31')).toBe('2026-W53');
    expect(isoWeekOf('2027-01-03')).toBe('2026-W53'); // Sunday: still 2026's last week
    expect(isoWeekOf('2027-01-04')).toBe('2027-W01');
    expect(isoWeekOf('2021-01-03')).toBe('2020-W53');
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
    expect(isoWeekOf('2026-11-16')).toBe('2026-W47');
  });

  it('gives a week’s seven dates, Monday first, across a year end', () => {
    expect(weekDates('2026-W53')).toEqual({
      from: '2026-12-28',
      to: '2027-01-03',
      days: ['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03'],
    });
    expect(weekDates('2026-W01').from).toBe('2025-12-29');
    expect(weekDates('2026-W47')).toMatchObject({ from: '2026-11-16', to: '2026-11-22' });
  });

  it('keeps DST weeks at seven calendar days (spring forward and fall back in Europe and the US)', () => {
    // Europe: 29 Mar and 25 Oct 2026; US: 8 Mar and 1 Nov 2026 — all Sundays.
    expect(weekDates('2026-W13')).toMatchObject({ from: '2026-03-23', to: '2026-03-29' });
    expect(weekDates('2026-W43')).toMatchObject({ from: '2026-10-19', to: '2026-10-25' });
    expect(weekDates('2026-W10')).toMatchObject({ from: '2026-03-02', to: '2026-03-08' });
    expect(weekDates('2026-W44')).toMatchObject({ from: '2026-10-26', to: '2026-11-01' });
    expect(shiftDate('2026-03-28', 1)).toBe('2026-03-29');
    expect(shiftDate('2026-10-25', 1)).toBe('2026-10-26');
  });

  it('round-trips every date from 2019 to 2031: its week holds it, starting on a Monday', () => {
    for (let date = '2019-01-01'; date <= '2031-12-31'; date = shiftDate(date, 1)) {
      const week = isoWeekOf(date);
      const { days, from } = weekDates(week);
      expect(days).toContain(date);
      expect(weekdayOf(from)).toBe(1);
    }
  });

  it('steps by weeks across 52- and 53-week years', () => {
    expect(addWeeks('2026-W52', 1)).toBe('2026-W53');
    expect(addWeeks('2026-W53', 1)).toBe('2027-W01');
    expect(previousWeek('2027-W01')).toBe('2026-W53');
    expect(previousWeek('2026-W01')).toBe('2025-W52');
    expect(addWeeks('2026-W47', -52)).toBe('2025-W47');
    expect(addWeeks('2022-W01', 260)).toBe('2026-W53'); // four 52-week years, then 52 more into 2026
  });

  it('refuses weeks that do not exist, saying why', () => {
    expect(parseIsoWeek('2026-W53')).toEqual({ year: 2026, week: 53 });
    expect(parseIsoWeek('2025-W53')).toBeNull();
    expect(isoWeekProblem('2025-W53')).toBe('2025-W53 does not exist: 2025 has 52 ISO weeks');
    expect(isoWeekProblem('2026-47')).toMatch(/not an ISO week like 2026-W47/);
    expect(isoWeekProblem('2026-W00')).toMatch(/not an ISO week/);
    expect(existingIsoWeekSchema.safeParse('2027-W53').success).toBe(false);
    expect(existingIsoWeekSchema.safeParse('2020-W53').success).toBe(true);
  });

  it('finds the current week from an instant in the person’s time zone', () => {
    // Sunday 22 Nov 2026, 23:30 UTC: already Monday (W48) in Berlin, still Sunday (W47) in New York.
    const at = Date.parse('2026-11-22T23:30:00Z');
    expect(currentIsoWeek(at, 'Europe/Berlin')).toBe('2026-W48');
    expect(currentIsoWeek(at, 'America/New_York')).toBe('2026-W47');
    expect(currentIsoWeek(at, 'UTC')).toBe('2026-W47');
    // Already Monday 4 Jan 2027 in Auckland while UTC is still in 2026's 53rd week.
    expect(currentIsoWeek(Date.parse('2027-01-03T12:00:00Z'), 'Pacific/Auckland')).toBe('2027-W01');
    expect(currentIsoWeek(Date.parse('2027-01-03T12:00:00Z'), 'UTC')).toBe('2026-W53');
  });
});
