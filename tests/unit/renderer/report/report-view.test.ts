/**
 * The Report screen's view model, on hand-made reports: ISO weeks and the week
 * picker's limits, display rounding, the headline's sentences (changes,
 * meaningful or not, empty weeks, a baseline still being set), the chart's
 * gaps and band, and the sections in words (factors, breaks, what helps,
 * check-ins, the heat map's list, advice order, paper size).
 */
import { describe, expect, test } from 'vitest';
import {
  compareWeeks,
  dayLabel,
  longDayLabel,
  shortDateLabel,
  weekDatesInWords,
  weekFromParam,
  weekName,
} from '@renderer/features/report/report-week';
import { formatMinutes, formatScore, formatShare, roundTo } from '@renderer/features/report/report-format';
import { buildHeadline, changeMeaning, changePhrase } from '@renderer/features/report/report-headline';
import { labelStep, seriesGeometry, type ChartFrame } from '@renderer/features/report/report-chart';
import {
  breakSummary,
  checkinAverages,
  defaultPaperSize,
  factorSentence,
  heatIntensities,
  noPatternSentence,
  PATTERN_RULE,
  orderedAdvice,
  regionHeatList,
  reliefPhrase,
  routinesSentence,
  shownFactors,
  stepHref,
  warningSignLabel,
  warningSignTier,
} from '@renderer/features/report/report-text';
import { WARNING_SIGNS_NOTE, warningSignsByTier, warningTierLabel } from '@common/domain/report-words';
import { change, emptyWeek, factor, makeReport } from '../../report/report-fixture';

describe('weeks on the Report screen', () => {
  test('the address picks the week, never one after the current week', () => {
    expect(weekFromParam('2026-W40', '2026-W47')).toBe('2026-W40');
    expect(weekFromParam('2026-W48', '2026-W47')).toBe('2026-W47');
    expect(weekFromParam('2025-W53', '2026-W47')).toBe('2026-W47');
    expect(weekFromParam('nonsense', '2026-W47')).toBe('2026-W47');
    expect(weekFromParam(undefined, '2026-W47')).toBe('2026-W47');
    expect(weekFromParam('2025-W52', '2026-W01')).toBe('2025-W52');
    expect(compareWeeks('2025-W52', '2026-W01')).toBeLessThan(0);
  });

  test('the week in words follows the locale', () => {
    expect(weekName('2026-W07')).toBe('Week 7 of 2026');
    // ICU versions differ in the spaces around the dash.
    expect(weekDatesInWords('2026-W47', 'en-GB')).toMatch(/^16\s?–\s?22 November 2026$/);
    expect(weekDatesInWords('2026-W49', 'en-GB')).toMatch(/^30 November\s?–\s?6 December 2026$/);
    expect(weekDatesInWords('2026-W53', 'en-GB')).toMatch(/^28 December 2026\s?–\s?3 January 2027$/);
    expect(weekDatesInWords('2026-W47', 'en-US')).toMatch(/^November 16\s?–\s?22, 2026$/);
    // Calendar days never move with this machine's zone (a Sunday stays a Sunday).
    expect(dayLabel('2026-11-22', 'en-GB')).toBe('Sun');
    expect(dayLabel('2026-03-29', 'en-GB', true)).toBe('Sun 29 Mar');
    expect(longDayLabel('2026-11-16', 'en-GB')).toBe('Monday 16 November');
    expect(shortDateLabel('2026-11-16', 'en-GB')).toBe('16 Nov');
  });
});

describe('display rounding', () => {
  test('scores show one decimal, rounded half away from zero; nothing is a dash', () => {
    expect(formatScore(4.25)).toBe('4.3');
    expect(formatScore(4)).toBe('4.0');
    expect(formatScore(1.6666666)).toBe('1.7');
    expect(formatScore(null)).toBe('–');
    expect(roundTo(-1.05, 1)).toBe(-1.1);
    expect(formatShare(0.7777)).toBe('78%');
    expect(formatMinutes(26.5)).toBe('27 min');
    expect(formatMinutes(65)).toBe('1 h 5 min');
  });
});

describe('headline', () => {
  test('mean, change against last week, and a small change called small', () => {
    const headline = buildHeadline(makeReport(), { isCurrentWeek: false });
    expect(headline.title).toBe(
      'Your pain averaged 4.2 this week, 1.1 points lower than last week — a small change, within everyday ups and downs.',
    );
    // Against the baseline 6.4 → 4.2 is 2.2 points and 34% lower: meaningful.
    expect(headline.details).toEqual([
      'Compared with your baseline of 5.3 (your first two weeks), this week is 2.2 points lower — a meaningful improvement (34%).',
    ]);
    expect(headline.tone).toBe('better');
  });

  test('a meaningful rise says so, and worse is not dressed up', () => {
    const report = makeReport({ meanDaily: 6.5, change: { vsLastWeek: change(4, 6.5), vsBaseline: change(6.4, 6.5) } });
    const headline = buildHeadline(report, { isCurrentWeek: true });
    expect(headline.title).toBe(
      'Your pain averaged 6.5 this week, 2.5 points higher than last week — a meaningful rise (63%), worth keeping an eye on.',
    );
    expect(headline.details[0]).toBe(
      'Compared with your baseline of 5.3 (your first two weeks), this week is 0.1 points higher — a small change, within everyday ups and downs.',
    );
    expect(headline.tone).toBe('steady'); // judged against the baseline
  });

  test('a change that rounds to nothing is "about the same"', () => {
    const tiny = change(4.23, 4.2);
    expect(changePhrase(tiny, 'last week')).toBe('about the same as last week');
    expect(changeMeaning(tiny)).toBeNull();
    expect(changePhrase(change(3, 4))).toBe('1.0 point higher');
  });

  test('30% alone is meaningful even under 2 points', () => {
    expect(changeMeaning(change(3, 2))).toBe('a meaningful improvement (33%)');
    expect(changeMeaning({ ...change(0, 1), percent: null, meaningful: false })).toBe(
      'a small change, within everyday ups and downs',
    );
  });

  test('no last week to compare with', () => {
    const report = makeReport({ change: { vsLastWeek: null, vsBaseline: change(6.4, 4.2) } });
    const headline = buildHeadline(report, { isCurrentWeek: false });
    expect(headline.title).toBe('Your pain averaged 4.2 out of 10 this week.');
    expect(headline.details[0]).toBe('Last week has no entries to compare with.');
  });

  test('in the first two weeks the baseline is still being set', () => {
    const report = makeReport({
      loggingSpanDays: 6,
      baseline: { from: '2026-11-17', to: '2026-11-30', meanDaily: 4.2 },
      change: { vsLastWeek: null, vsBaseline: null },
    });
    expect(buildHeadline(report, { isCurrentWeek: true }).details).toEqual([
      'Last week has no entries to compare with.',
      'Your baseline — the average of your first 14 days of logging — is still being set: 6 days of 14 so far. After that, each week is compared with it.',
    ]);
  });

  test('empty weeks are honest: nothing logged ever, or nothing this week', () => {
    const never = emptyWeek({ loggingSpanDays: 0, baseline: null });
    expect(buildHeadline(never, { isCurrentWeek: true }).title).toBe('Nothing logged yet.');
    const quiet = buildHeadline(emptyWeek(), { isCurrentWeek: false });
    expect(quiet.title).toBe('No pain entries this week.');
    expect(quiet.details[0]).toMatch(/never counted as pain-free/);
    expect(quiet.tone).toBe('empty');
    expect(buildHeadline(emptyWeek(), { isCurrentWeek: true }).details[0]).toMatch(/^There is still time/);
    const before = buildHeadline(emptyWeek({ loggingSpanDays: 0 }), { isCurrentWeek: false });
    expect(before.title).toBe('No pain entries this week.');
    expect(before.details[0]).toMatch(/^This week is before your first entry, on Monday,? (19 October|October 19)\.$/);
  });
});

describe('chart geometry', () => {
  const frame: ChartFrame = { width: 740, height: 220, padLeft: 40, padRight: 0, padTop: 10, padBottom: 10 };

  test('0 sits at the bottom and 10 at the top; days sit mid-column', () => {
    const g = seriesGeometry({ values: [0, 10, null, null, null, null, null] }, frame);
    expect(g.yZero).toBe(210);
    expect(g.yTop).toBe(10);
    expect(g.xs[0]).toBe(40 + 50);
    expect(g.xs[6]).toBe(40 + 650);
    expect(g.yTicks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(g.lines).toEqual(['M90 210 L190 10']);
  });

  test('days without entries break the line instead of dropping to zero', () => {
    const report = makeReport();
    const g = seriesGeometry(
      {
        values: report.daily.map((d) => d.mean),
        highs: report.daily.map((d) => d.worst),
        lows: report.daily.map((d) => d.least),
      },
      frame,
    );
    // Mon–Tue, Thu–Fri, and Sun alone (a dot, no line).
    expect(g.lines).toHaveLength(2);
    expect(g.lines[0]).toBe('M90 110 L190 130');
    expect(g.points.map((p) => p.index)).toEqual([0, 1, 3, 4, 6]);
    expect(g.bands).toHaveLength(3);
    // Mon worst 7 (y 70), Tue worst 5 (y 110), back along least 3 (y 150).
    expect(g.bands[0]).toBe('M90 70 L190 110 L190 150 L90 150 Z');
    // Sunday alone: a narrow bar from worst 6 to least 5.
    expect(g.bands[2]).toBe('M685 90 H695 V110 H685 Z');
  });

  test('values outside 0–10 are held on the scale', () => {
    const g = seriesGeometry({ values: [12, -1] }, { ...frame, width: 240 });
    expect(g.points.map((p) => p.y)).toEqual([10, 210]);
  });
});

describe('trend labels', () => {
  test('weeks are labelled by the date they start; narrow columns label every few weeks, never overlapping', () => {
    expect(shortDateLabel('2026-09-14', 'en-US')).toBe('Sep 14');
    expect(shortDateLabel('2026-09-14', 'en-GB')).toBe('14 Sept');
    expect(labelStep(60, 46)).toBe(1);
    expect(labelStep(46, 46)).toBe(1);
    expect(labelStep(23, 46)).toBe(2);
    expect(labelStep(14, 46)).toBe(4);
    expect(labelStep(0, 46)).toBe(1);
  });
});

describe('sections in words', () => {
  test('factors: only the clear ones, as an association with both day counts', () => {
    const report = makeReport();
    const shown = shownFactors(report);
    // breaks-70 differs by 1.1 with a spread of 0.9: clear; water-6 by 0.7: under a point.
    expect(shown.map((f) => f.id)).toEqual(['short-sleep', 'breaks-70']);
    expect(factorSentence(shown[0]!)).toBe(
      'On days you slept under 6 hours your pain averaged 5.1, vs 3.8 on other days (12 vs 9 days).',
    );
    expect(factorSentence(shown[1]!)).toBe(
      'On days you took at least 70% of your breaks your pain averaged 3.7, vs 4.8 on other days (10 vs 11 days).',
    );
    expect(noPatternSentence(report)).toBeNull();
  });

  test('no clear pattern is said once, with the reason: too few days, or too little difference', () => {
    const items = (list: ReturnType<typeof factor>[]) => ({ from: '2026-10-26', to: '2026-11-22', items: list });
    const noise = makeReport({
      factors: items([factor('short-sleep', 5.3, 5.4, 8, 9, 1.2), factor('water-6', 4, 4.5, 2, 9, null)]),
    });
    expect(shownFactors(noise)).toEqual([]);
    expect(noPatternSentence(noise)).toMatch(/^Not enough difference yet/);
    const few = makeReport({ factors: items([factor('short-sleep', 6, 2, 3, 9, 0.5)]) });
    expect(noPatternSentence(few)).toBe(
      'Not enough days to compare yet: each comparison needs at least 5 days on each side from your daily check-ins.',
    );
    expect(PATTERN_RULE).toContain('at least 5 days');
  });

  test('breaks: counts and adherence; none due says so', () => {
    const summary = breakSummary(makeReport());
    expect(summary).toMatchObject({ taken: 20, natural: 8, skipped: 7 });
    expect(summary.sentence).toBe(
      'You took 80% of your breaks, from a prompt or by stepping away on your own, and skipped 7.',
    );
    const zero = { taken: 0, natural: 0, snoozed: 0, skipped: 0, paused: 0 };
    const none = makeReport({
      breaks: { byOutcome: zero, byKind: { micro: zero, stretch: zero, release: zero }, adherence: null },
    });
    expect(breakSummary(none).sentence).toBe('No break prompts were answered or skipped this week.');
  });

  test('routines and relief', () => {
    const report = makeReport();
    expect(routinesSentence(report)).toBe('4 routine sessions, 27 min in all.');
    expect(reliefPhrase(report.routines.helps[0]!)).toBe('3 sessions, eased by 1.7 on average (3 rated)');
    expect(reliefPhrase({ routineId: 'x', n: 2, minutes: 5, meanRelief: -0.5, rated: 2 })).toBe(
      '2 sessions, felt worse by 0.5 on average (2 rated)',
    );
    expect(reliefPhrase({ routineId: 'x', n: 1, minutes: 5, meanRelief: null, rated: 0 })).toBe(
      '1 session, no before-and-after ratings',
    );
  });

  test('check-in averages list only what was answered', () => {
    expect(checkinAverages(makeReport())).toEqual([
      { label: 'Sleep', value: '6.5 h a night' },
      { label: 'Sleep quality', value: '6.0 / 10' },
      { label: 'Stress', value: '4.3 / 10' },
      { label: 'Active', value: '22 min a day' },
      { label: 'Water', value: '5.0 glasses a day' },
      { label: 'Pain got in the way of daily activity', value: '3.0 / 10' },
    ]);
  });

  test('the heat map as a list in main’s order (intensity-days), with how often and how strongly', () => {
    const report = makeReport();
    const list = regionHeatList(report);
    expect(list.map((r) => r.region)).toEqual(report.byRegion.map((r) => r.region));
    expect(list.map((r) => r.region)).toEqual(['temple-right', 'upper-back-left', 'neck-angle-right']);
    expect(list[0]!.sentence).toBe('Temple (your right): on 3 days, 5.5 on average, at most 7.0 (16.0 intensity-days)');
    expect(list[1]).toMatchObject({ often: 'on 4 days', strongly: '3.0 on average, at most 3.0' });
    expect(heatIntensities(makeReport())).toEqual({ 'temple-right': 5.5, 'neck-angle-right': 3, 'upper-back-left': 3 });
  });

  test('advice: most urgent tier first, same tier in the order given; warning signs in words with their tier', () => {
    const report = makeReport({
      advice: [
        { tier: 'next-visit', title: 'See a physical therapist', message: 'm', because: [] },
        { tier: 'soon', title: 'Soon', message: 'm', because: [] },
        { tier: 'next-visit', title: 'Second next visit', message: 'm', because: [] },
        { tier: 'emergency', title: 'Call now', message: 'm', because: [] },
      ],
    });
    expect(orderedAdvice(report).map((a) => a.title)).toEqual([
      'Call now',
      'Soon',
      'See a physical therapist',
      'Second next visit',
    ]);
    expect(warningSignLabel('night-pain')).toBe('Pain that is much worse at night and that rest or no position eases');
    expect(warningSignTier('night-pain')).toBe('soon');
    expect(warningSignTier('chest-exertion')).toBe('emergency');
    expect(warningSignLabel('retired-sign')).toBe('retired-sign');
    expect(warningSignTier('retired-sign')).toBeNull();
  });

  test('warning signs by tier (most pressing first), each by date, in words with no same-day wording', () => {
    const groups = warningSignsByTier([
      { date: '2026-11-19', sign: 'night-pain', tier: 'see-clinician' },
      { date: '2026-11-18', sign: 'chest-exertion', tier: 'urgent' },
      { date: '2026-11-17', sign: 'after-injury', tier: 'see-clinician' },
      { date: '2026-11-20', sign: 'retired-sign', tier: 'mention-later' },
    ]);
    expect(groups.map((g) => [g.label, g.signs.map((s) => s.date)])).toEqual([
      ['Urgent tier', ['2026-11-18']],
      ['See a clinician', ['2026-11-17', '2026-11-19']],
      ['Mention later', ['2026-11-20']],
    ]);
    expect(groups[1]!.signs[1]!.text).toBe('Pain that is much worse at night and that rest or no position eases');
    expect(groups[2]!.signs[0]!.text).toBe('retired-sign');
    // Issue 16's three tiers have their names already.
    expect(['emergency', 'soon', 'next-visit'].map(warningTierLabel)).toEqual([
      'Emergency tier',
      'See a doctor soon',
      'Mention at the next visit',
    ]);
    expect(WARNING_SIGNS_NOTE).not.toMatch(/today/i);
  });

  test('next steps link to the routine, lesson, check, settings or pain log', () => {
    expect(stepHref({ to: 'routine', id: 'release-upper-trapezius' })).toBe('#/routines/play/release-upper-trapezius');
    expect(stepHref({ to: 'lesson', id: 'heat-and-movement' })).toBe('#/learn/heat-and-movement');
    expect(stepHref({ to: 'workstation-check', id: null })).toBe('#/learn/workstation-check');
    expect(stepHref({ to: 'settings', id: 'breaks' })).toBe('#/settings');
    expect(stepHref({ to: 'pain-log', id: null })).toBe('#/pain');
  });

  test('paper size follows the locale', () => {
    expect(defaultPaperSize('en-US')).toBe('Letter');
    expect(defaultPaperSize('en-CA')).toBe('Letter');
    expect(defaultPaperSize('es-MX')).toBe('Letter');
    expect(defaultPaperSize('en-GB')).toBe('A4');
    expect(defaultPaperSize('de')).toBe('A4');
    expect(defaultPaperSize('en')).toBe('Letter'); // "en" on its own is most likely US English
    expect(defaultPaperSize(undefined)).toBe('A4');
    expect(defaultPaperSize('not a locale!')).toBe('A4');
  });
});
