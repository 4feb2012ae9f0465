/**
 * Owns "This week", the end of the weekly report: at most NEXT_STEPS_MAX
 * concrete next steps drawn from the week's own numbers, one per kind, most
 * important first, each with where it links (a routine, a lesson, the
 * workstation check, a settings section or the pain log). Pure; the words are
 * the renderer's and the CLI's.
 *
 * Order: see a clinician (warning signs noted, or no clear improvement since
 * the baseline), keep doing what eased you most, change the workstation answer
 * that loads the muscles behind the most logged pain, act on the clearest
 * pattern from the check-ins, keep more breaks, log on more days.
 */
import type {
  FactorId,
  ReportFactor,
  ReportNextStep,
  ReportRoutine,
  DeskFix,
  StepLink,
} from '../../common/domain/report';
import { FACTOR_THRESHOLDS, NEXT_STEP_LOG_MIN_DAYS, NEXT_STEPS_MAX } from '../../common/domain/policy';

export interface NextStepInputs {
  warningSigns: readonly { sign: string }[];
  /** Whether the report advises seeing someone because pain has not clearly improved. */
  progress: boolean;
  /** "What helps you", best first. */
  helps: readonly ReportRoutine[];
  /** The latest workstation check's fixes, most logged pain first. */
  desk: readonly DeskFix[];
  factors: readonly ReportFactor[];
  adherence: number | null;
  daysLogged: number;
}

const lesson = (id: string): StepLink => ({ to: 'lesson', id });

/**
 * Which side of each factor goes with more pain when the habit is the problem: short sleep and high stress
 * when present, movement, water and breaks when missing. A pattern the other way round suggests no step.
 */
const PATTERN_STEP: Record<FactorId, { worseWith: boolean; link: StepLink }> = {
  'short-sleep': { worseWith: true, link: lesson('habits-that-feed-knots') },
  'high-stress': { worseWith: true, link: lesson('habits-that-feed-knots') },
  'active-30': { worseWith: false, link: lesson('heat-and-movement') },
  'water-6': { worseWith: false, link: lesson('habits-that-feed-knots') },
  'breaks-70': { worseWith: false, link: { to: 'settings', id: 'breaks' } },
};

export function nextSteps(input: NextStepInputs): ReportNextStep[] {
  const steps: ReportNextStep[] = [];

  if (input.warningSigns.length > 0 || input.progress) {
    steps.push({
      kind: 'see-clinician',
      because: input.warningSigns.length > 0 ? 'warning-signs' : 'no-progress',
      link: lesson('when-to-see-a-professional'),
    });
  }

  const best = input.helps[0];
  if (best && best.meanRelief !== null) {
    steps.push({
      kind: 'keep-routine',
      routineId: best.routineId,
      relief: best.meanRelief,
      sessions: best.n,
      link: { to: 'routine', id: best.routineId },
    });
  }

  const fix = input.desk.find((f) => f.score > 0);
  if (fix) {
    steps.push({
      kind: 'desk-fix',
      itemId: fix.itemId,
      optionId: fix.optionId,
      regions: fix.regions,
      link: { to: 'workstation-check', id: null },
    });
  }

  const pattern = input.factors
    .filter(
      (f) =>
        f.shown &&
        f.difference !== null &&
        f.withMean !== null &&
        f.withoutMean !== null &&
        f.difference > 0 === PATTERN_STEP[f.id].worseWith,
    )
    .sort((a, b) => Math.abs(b.difference!) - Math.abs(a.difference!))[0];
  if (pattern) {
    steps.push({
      kind: 'pattern',
      factor: pattern.id,
      withMean: pattern.withMean!,
      withoutMean: pattern.withoutMean!,
      link: PATTERN_STEP[pattern.id].link,
    });
  }

  // The breaks pattern already says it.
  const breaksSaid = pattern?.id === 'breaks-70';
  if (!breaksSaid && input.adherence !== null && input.adherence < FACTOR_THRESHOLDS.breakAdherence) {
    steps.push({ kind: 'breaks', adherence: input.adherence, link: { to: 'settings', id: 'breaks' } });
  }

  if (input.daysLogged < NEXT_STEP_LOG_MIN_DAYS) {
    steps.push({ kind: 'log-more', daysLogged: input.daysLogged, link: { to: 'pain-log', id: null } });
  }

  return steps.slice(0, NEXT_STEPS_MAX);
}
