/**
 * The clinician PDF's content (clinician-model.ts) on hand-made reports: who
 * and when, the verdict against the baseline, the trend with the interference
 * items, locations most frequent first, warning signs by tier with their
 * dates, routines followed by lower pain, sleep and stress with the clear
 * patterns, the workstation answers, and neutral clinical wording throughout.
 * The page count and the sections on paper are checked in tests/e2e/report.spec.ts.
 */
import { describe, expect, test } from 'vitest';
import {
  SHEET_MAX_DESK,
  SHEET_MAX_LOCATIONS,
  SHEET_MAX_ROUTINES,
  birthDateProblem,
  buildClinicianSheet,
  type SheetInput,
} from '@renderer/features/report/clinician-model';
import type { TrendWeek, WeeklyReport } from '@common/domain/report';
import { change, factor, makeReport } from '../../report/report-fixture';

const trendWeek = (week: string, from: string, over: Partial<TrendWeek> = {}): TrendWeek => ({
  week,
  from,
  to: from,
  entries: 0,
  meanDaily: null,
  worst: null,
  least: null,
  daysLogged: 0,
  adherence: null,
  routineSessions: 0,
  checkinDays: 0,
  interferenceActivity: null,
  interferenceEnjoyment: null,
  sleepHours: null,
  stress: null,
  ...over,
});

function sheet(report: WeeklyReport = makeReport(), over: Partial<SheetInput> = {}) {
  return buildClinicianSheet({
    report,
    trend: [
      trendWeek('2026-W46', '2026-11-09', { meanDaily: 5.3, worst: 8, daysLogged: 6, interferenceActivity: 4 }),
      trendWeek('2026-W47', '2026-11-16', { meanDaily: 4.2, worst: 7, daysLogged: 5, interferenceEnjoyment: 2.5 }),
    ],
    routineTitle: (id) => (id === 'release-upper-trapezius' ? 'Top of the shoulder release' : id),
    patient: { name: '  Alex Example ', dateOfBirth: '1968-04-23' },
    printedOn: '2026-11-23',
    locale: 'en-GB',
    ...over,
  });
}

/** Every sentence the sheet prints. */
function allText(s: ReturnType<typeof sheet>): string {
  return [
    s.patientLine,
    s.period,
    s.verdict,
    ...s.comparisons,
    ...s.figures.flatMap((f) => [f.label, f.value]),
    s.interference,
    ...s.signs.flatMap((g) => [g.label, ...g.items]),
    ...s.routines,
    s.followedByLower,
    s.breaks,
    ...s.sleepStress,
    ...s.patterns,
    ...s.desk,
    s.method,
  ].join('\n');
}

describe('header', () => {
  test('name and date of birth when given, the period with its ISO week, the print date', () => {
    const s = sheet();
    expect(s.patientLine).toBe('Patient: Alex Example · Date of birth: 23 Apr 1968');
    expect(s.period).toMatch(/^16\s?–\s?22 November 2026 \(ISO week 47\)$/);
    expect(s.printed).toBe('23 Nov 2026');
    expect(sheet(makeReport(), { patient: { name: ' ', dateOfBirth: null } }).patientLine).toBeNull();
    expect(sheet(makeReport(), { patient: { name: '', dateOfBirth: '1950-01-31' } }).patientLine).toBe(
      'Date of birth: 31 Jan 1950',
    );
  });
});

describe('this week against the baseline', () => {
  test('a meaningful improvement, with the points, the percent and the threshold', () => {
    // Fixture: baseline 6.4 → 4.2 is −2.2 points, −34 %.
    const s = sheet();
    expect(s.verdict).toBe(
      'Against baseline 6.4/10: −2.2 points, −34%, meaningful improvement (threshold ≥ 2 points or ≥ 30%).',
    );
    expect(s.verdictTone).toBe('better');
    expect(s.comparisons[1]).toBe('Previous week: 5.3/10 (−1.1 points, −21%, no meaningful change).');
    expect(s.figures[0]).toEqual({ label: 'Mean daily pain', value: '4.2/10' });
  });

  test('no meaningful change, a meaningful worsening, a baseline still being set, an empty week', () => {
    const steady = sheet(makeReport({ meanDaily: 5, change: { vsLastWeek: null, vsBaseline: change(5.5, 5) } }));
    expect(steady.verdict).toMatch(/−0\.5 points, −9%, no meaningful change/);
    expect(steady.verdictTone).toBe('steady');
    const worse = sheet(makeReport({ meanDaily: 7, change: { vsLastWeek: null, vsBaseline: change(4, 7) } }));
    expect(worse.verdict).toMatch(/\+3\.0 points, \+75%, meaningful worsening/);
    expect(sheet(makeReport({ loggingSpanDays: 9 })).verdict).toBe(
      'Baseline not yet established: day 9 of the first 14 days of logging.',
    );
    expect(sheet(makeReport({ meanDaily: null })).verdict).toBe(
      'No pain entries in this period; no comparison with baseline.',
    );
  });
});

describe('trend and interference', () => {
  test('weeks labelled by their Monday, the current one marked, with the interference items', () => {
    const s = sheet();
    expect(s.trend.map((w) => [w.label, w.current, w.mean, w.worst, w.activity, w.enjoyment])).toEqual([
      ['9 Nov', false, 5.3, 8, 4, null],
      ['16 Nov', true, 4.2, 7, null, 2.5],
    ]);
    expect(s.trendSpan).toBe('Weeks starting 9 Nov 2026 – 16 Nov 2026');
    // This week: activity 3.0, enjoyment not answered.
    expect(s.interference).toBe(
      'This week (5 check-ins): interference with general activity 3.0/10, with enjoyment of life –/10.',
    );
    const both = sheet(
      makeReport({ checkins: { ...makeReport().checkins, interferenceActivity: 3, interferenceEnjoyment: 2.4 } }),
    );
    // PEG-style: (4.2 + 3 + 2.4) / 3 = 3.2.
    expect(both.interference).toMatch(/PEG-style mean \(pain, enjoyment, activity\) 3\.2\/10\.$/);
  });
});

describe('locations, warning signs, routines, sleep and stress, workstation', () => {
  test('locations most frequent first (days, then entries), capped with a count of the rest', () => {
    // Fixture burden order: temple (3 days), upper back (4 days; an id no longer known, shown as it is), neck.
    expect(sheet().locations.map((l) => [l.name, l.days])).toEqual([
      ['upper-back-left', 4],
      ['Temple (right)', 3],
      ['Where neck meets shoulder (right)', 3],
    ]);
    const many = makeReport({
      byRegion: Array.from({ length: SHEET_MAX_LOCATIONS + 3 }, (_, i) => ({
        region: `region-${String(i).padStart(2, '0')}`,
        mean: 3,
        max: 4,
        entries: 1,
        days: 1,
        burden: 3,
      })),
    });
    expect(sheet(many).locations).toHaveLength(SHEET_MAX_LOCATIONS);
    expect(sheet(many).moreLocations).toBe(3);
  });

  test('warning signs by tier, each sign once with all its dates', () => {
    const s = sheet(
      makeReport({
        warningSigns: [
          { date: '2026-11-17', sign: 'night-pain', tier: 'see-clinician' },
          { date: '2026-11-19', sign: 'night-pain', tier: 'see-clinician' },
          { date: '2026-11-18', sign: 'chest-exertion', tier: 'urgent' },
        ],
      }),
    );
    expect(s.signs).toEqual([
      {
        tier: 'urgent',
        label: 'Urgent tier',
        items: [
          'Chest pain, pressure or tightness, at rest or with effort, spreading to an arm, the neck, jaw or back, or with breathlessness, sweating or feeling sick: 18 Nov',
        ],
      },
      {
        tier: 'see-clinician',
        label: 'See a clinician',
        items: ['Pain that is much worse at night and that rest or no position eases: 17 Nov, 19 Nov'],
      },
    ]);
    expect(sheet().signs).toEqual([]);
  });

  test('routines with their rating change, and which were followed by lower pain', () => {
    const s = sheet();
    expect(s.routines[0]).toBe('Top of the shoulder release: 3 sessions, mean rating change −1.7 (3 rated)');
    expect(s.followedByLower).toBe(
      'Followed by lower pain (≥ 2 rated sessions, mean drop ≥ 1 point): Top of the shoulder release (−1.7).',
    );
    expect(sheet(makeReport({ routines: { ...makeReport().routines, helps: [] } })).followedByLower).toMatch(
      /^No routine met the criterion/,
    );
    const many = makeReport({
      routines: {
        ...makeReport().routines,
        byRoutine: Array.from({ length: SHEET_MAX_ROUTINES + 2 }, (_, i) => ({
          routineId: `r${i}`,
          n: 1,
          minutes: 5,
          meanRelief: null,
          rated: 0,
        })),
      },
    });
    expect(sheet(many).routines).toHaveLength(SHEET_MAX_ROUTINES + 1);
    expect(sheet(many).routines.at(-1)).toBe('and 2 other routines');
    expect(s.breaks).toBe(
      'Routine sessions: 4 (27 min). Breaks kept: 80% (20 on prompt, 8 self-initiated, 7 skipped).',
    );
  });

  test('sleep and stress with the clear patterns only, or the criterion when there are none', () => {
    const s = sheet();
    expect(s.sleepStress).toEqual(['Sleep 6.5 h/night (quality 6.0/10); stress 4.3/10 (means over 5 check-ins).']);
    // The fixture's clear patterns: short sleep and breaks (water differs by under a point).
    expect(s.patterns).toEqual([
      'Mean pain 5.1 on days with sleep < 6 h vs 3.8 otherwise (12 vs 9 days; SD 1.1).',
      'Mean pain 3.7 on days with ≥ 70% of breaks kept vs 4.8 otherwise (10 vs 11 days; SD 0.9).',
      'Over 28 days to 22 Nov 2026; associations, not causes.',
    ]);
    const none = sheet(
      makeReport({
        factors: { from: '2026-10-26', to: '2026-11-22', items: [factor('short-sleep', 5.3, 5.4, 9, 9, 1)] },
      }),
    );
    expect(none.patterns[0]).toMatch(/^No clear association .* \(criterion: ≥ 5 days each side, difference ≥ 1 point/);
  });

  test(`the workstation answers that load logged areas, at most ${SHEET_MAX_DESK}`, () => {
    const fix = (itemId: string, optionId: string, score: number) => ({
      itemId,
      optionId,
      load: 2,
      muscles: ['upper-trapezius', 'levator-scapulae'],
      regions: ['temple-right'],
      routineId: 'release-upper-trapezius',
      side: 'right' as const,
      score,
    });
    const s = sheet(
      makeReport({
        desk: {
          checkedOn: '2026-11-10',
          fixes: [
            fix('phone', 'on-shoulder', 20),
            fix('bag', 'one-heavy', 12),
            fix('screen-height', 'low', 8),
            fix('elbows', 'hanging', 4),
            fix('long-sitting', 'over-hour', 0),
          ],
        },
      }),
    );
    expect(s.desk).toHaveLength(SHEET_MAX_DESK);
    expect(s.desk[0]).toBe(
      'Phone on calls: “Between my ear and my shoulder”. Loads Upper trapezius, Levator scapulae; logged areas these muscles can account for: Temple (right).',
    );
    expect(
      sheet(makeReport({ desk: { checkedOn: '2026-11-10', fixes: [fix('feet', 'unsupported', 0)] } })).desk,
    ).toEqual(['No answer in the latest workstation check loads the logged areas.']);
    expect(sheet().desk).toEqual([]);
  });

  test('written for a clinician: no second person, no coaching', () => {
    const text = allText(
      sheet(makeReport({ warningSigns: [{ date: '2026-11-17', sign: 'night-pain', tier: 'see-clinician' }] })),
    );
    expect(text).not.toMatch(/\byou(r)?\b/i);
    expect(text).not.toMatch(/keep logging|not your fault|please/i);
  });
});

describe('date of birth on the form', () => {
  test('optional; a real date from 1900 on, not in the future', () => {
    expect(birthDateProblem('', '2026-11-23')).toBeNull();
    expect(birthDateProblem('1968-04-23', '2026-11-23')).toBeNull();
    expect(birthDateProblem('1899-12-31', '2026-11-23')).toBe('Enter a date from 1900 on.');
    expect(birthDateProblem('2026-11-24', '2026-11-23')).toBe('That date has not come yet.');
    expect(birthDateProblem('23.04.1968', '2026-11-23')).toBe('Enter the date as year, month and day.');
  });
});
