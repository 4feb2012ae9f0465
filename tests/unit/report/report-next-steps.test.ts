// "This week": at most three next steps from the week's own data, one per kind, most important first, each
// linking to a routine, lesson, the workstation check, a setting or the pain log; and their words.
import { describe, expect, it } from 'vitest';
import { nextSteps, type NextStepInputs } from '../../../main/core/report-next-steps';
import { computeWeeklyReport, dailyFromEntries } from '../../../main/core/report';
import { nextStepWords } from '../../../common/domain/report-words';
import { getLesson } from '../../../common/domain/lessons';
import { getRoutine } from '../../../common/domain/atlas';
import { NEXT_STEPS_MAX, NEXT_STEP_LOG_MIN_DAYS } from '../../../common/domain/policy';
import type { DeskFix, ReportNextStep } from '../../../common/domain/report';
import { emptyReportRows, factor } from './report-fixture';

const quiet: NextStepInputs = {
  warningSigns: [],
  progress: false,
  helps: [],
  desk: [],
  factors: [],
  adherence: null,
  daysLogged: 7,
};
const kinds = (steps: ReportNextStep[]) => steps.map((s) => s.kind);
const routine = (routineId: string, meanRelief: number, n = 3) => ({ routineId, n, minutes: 20, meanRelief, rated: n });
const fix = (itemId: string, optionId: string, score: number, regions: string[] = []): DeskFix => ({
  itemId,
  optionId,
  load: 2,
  muscles: [],
  regions,
  routineId: null,
  side: null,
  score,
});

describe('choosing the next steps', () => {
  it('a quiet, well-logged week with nothing to act on has none', () => {
    expect(nextSteps(quiet)).toEqual([]);
  });

  it(`at most ${NEXT_STEPS_MAX}, in order: clinician, what helped, desk, pattern, breaks, logging`, () => {
    const all = nextSteps({
      warningSigns: [{ sign: 'night-pain' }],
      progress: true,
      helps: [routine('release-upper-trapezius', 2.2), routine('desk-neck-reset', 1.5)],
      desk: [fix('screen-height', 'low', 24, ['temple-right'])],
      factors: [factor('short-sleep', 6, 3.5, 6, 9, 0.8)],
      adherence: 0.4,
      daysLogged: 2,
    });
    expect(kinds(all)).toEqual(['see-clinician', 'keep-routine', 'desk-fix']);
    expect(all[0]).toMatchObject({ because: 'warning-signs' });
    expect(all[1]).toEqual({
      kind: 'keep-routine',
      routineId: 'release-upper-trapezius',
      relief: 2.2,
      sessions: 3,
      link: { to: 'routine', id: 'release-upper-trapezius' },
    });
    // Without the first three, the rest come through in their order.
    expect(
      kinds(
        nextSteps({ ...quiet, factors: [factor('short-sleep', 6, 3.5, 6, 9, 0.8)], adherence: 0.4, daysLogged: 2 }),
      ),
    ).toEqual(['pattern', 'breaks', 'log-more']);
  });

  it('sees a clinician for no progress when no warning sign was noted', () => {
    expect(nextSteps({ ...quiet, progress: true })).toEqual([
      { kind: 'see-clinician', because: 'no-progress', link: { to: 'lesson', id: 'when-to-see-a-professional' } },
    ]);
  });

  it('a desk fix only when it loads muscles behind logged pain', () => {
    expect(nextSteps({ ...quiet, desk: [fix('long-sitting', 'over-hour', 0)] })).toEqual([]);
    expect(nextSteps({ ...quiet, desk: [fix('phone', 'on-shoulder', 10, ['neck-angle-left'])] })).toEqual([
      {
        kind: 'desk-fix',
        itemId: 'phone',
        optionId: 'on-shoulder',
        regions: ['neck-angle-left'],
        link: { to: 'workstation-check', id: null },
      },
    ]);
  });

  it('a pattern only when it is clear and points at a habit: short sleep with more pain, movement with less', () => {
    // Short sleep with lower pain: clear but nothing to do about it.
    expect(nextSteps({ ...quiet, factors: [factor('short-sleep', 3, 6, 6, 9, 0.5)] })).toEqual([]);
    // Not clear (spread larger than the gap).
    expect(nextSteps({ ...quiet, factors: [factor('short-sleep', 6, 4.5, 6, 9, 2)] })).toEqual([]);
    // Less pain on active days is a step; the larger of two clear gaps wins.
    const steps = nextSteps({
      ...quiet,
      factors: [factor('active-30', 3, 5, 6, 9, 0.5), factor('high-stress', 6, 3, 6, 9, 0.5)],
    });
    expect(steps).toEqual([
      {
        kind: 'pattern',
        factor: 'high-stress',
        withMean: 6,
        withoutMean: 3,
        link: { to: 'lesson', id: 'habits-that-feed-knots' },
      },
    ]);
  });

  it('breaks under 70 % kept; not twice when the breaks pattern already says it', () => {
    expect(nextSteps({ ...quiet, adherence: 0.69 })).toEqual([
      { kind: 'breaks', adherence: 0.69, link: { to: 'settings', id: 'breaks' } },
    ]);
    expect(nextSteps({ ...quiet, adherence: 0.7 })).toEqual([]);
    expect(kinds(nextSteps({ ...quiet, adherence: 0.5, factors: [factor('breaks-70', 3, 5, 6, 9, 0.5)] }))).toEqual([
      'pattern',
    ]);
  });

  it(`log on more days under ${NEXT_STEP_LOG_MIN_DAYS} days logged`, () => {
    expect(kinds(nextSteps({ ...quiet, daysLogged: NEXT_STEP_LOG_MIN_DAYS - 1 }))).toEqual(['log-more']);
    expect(nextSteps({ ...quiet, daysLogged: NEXT_STEP_LOG_MIN_DAYS })).toEqual([]);
  });

  it('the weekly report ends with them, from its own numbers', () => {
    const at = (day: number) => Date.parse(`2026-11-${day}T10:00:00+01:00`);
    const report = computeWeeklyReport({
      ...emptyReportRows('2026-W47'),
      days: dailyFromEntries([{ date: '2026-11-18', intensity: 5 }]),
      regions: [{ entryId: 'a', date: '2026-11-18', region: 'neck-angle-right', intensity: 5 }],
      sessions: [16, 17].map((d) => ({
        routineId: 'release-levator-scapulae',
        startedAtMs: at(d),
        endedAtMs: at(d) + 300_000,
        before: 6,
        after: 3,
      })),
      workstationChecks: [
        { id: 'w', takenAt: '2026-11-10T09:00:00+01:00', localDate: '2026-11-10', answers: { phone: 'on-shoulder' } },
      ],
    });
    expect(report.desk).toMatchObject({ checkedOn: '2026-11-10', fixes: [{ itemId: 'phone', score: 10 }] });
    expect(kinds(report.nextSteps)).toEqual(['keep-routine', 'desk-fix', 'log-more']);
  });
});

describe('next steps in words', () => {
  it('each says what, why from the data, and where the link goes; lesson and routine links exist', () => {
    const steps: ReportNextStep[] = [
      { kind: 'see-clinician', because: 'warning-signs', link: { to: 'lesson', id: 'when-to-see-a-professional' } },
      {
        kind: 'keep-routine',
        routineId: 'release-upper-trapezius',
        relief: 2,
        sessions: 3,
        link: { to: 'routine', id: 'release-upper-trapezius' },
      },
      {
        kind: 'desk-fix',
        itemId: 'screen-height',
        optionId: 'low',
        regions: ['temple-right', 'neck-angle-right'],
        link: { to: 'workstation-check', id: null },
      },
      {
        kind: 'pattern',
        factor: 'short-sleep',
        withMean: 5.14,
        withoutMean: 3.8,
        link: { to: 'lesson', id: 'habits-that-feed-knots' },
      },
    ];
    const words = steps.map((s) => nextStepWords(s));
    expect(words[1]).toEqual({
      text: 'Keep doing Top of the shoulder release',
      because: 'it eased you by 2.0 on average over 3 sessions',
      linkLabel: 'Start Top of the shoulder release',
    });
    expect(words[2]!.text).toBe('Raise your screen to eye level');
    expect(words[2]!.because).toMatch(/^you answered “Well below my eyes/);
    expect(words[2]!.because).toMatch(/: temple \(your right\) and where neck meets shoulder \(your right\)$/);
    expect(words[3]!.because).toContain('5.1 against 3.8');
    expect(words[0]!.linkLabel).toBe('Read “When to see a professional”');
    for (const w of words) expect(`${w.text} ${w.because}`).not.toMatch(/today/i);
    for (const s of steps) {
      if (s.link.to === 'lesson') expect(getLesson(s.link.id!)).toBeDefined();
      if (s.link.to === 'routine') expect(getRoutine(s.link.id!)).toBeDefined();
    }
    // Every pattern's lesson exists too (the side that goes with more pain: with for sleep and stress, without for
    // movement and water).
    const worse = { 'short-sleep': [6, 3], 'high-stress': [6, 3], 'active-30': [2, 5], 'water-6': [2, 5] } as const;
    for (const [id, [withMean, withoutMean]] of Object.entries(worse)) {
      const f = factor(id as keyof typeof worse, withMean, withoutMean, 6, 9, 0.5);
      const [step] = nextSteps({ ...quiet, factors: [f] });
      expect(step?.link.to, id).toBe('lesson');
      expect(getLesson(step!.link.id!), id).toBeDefined();
    }
  });
});
