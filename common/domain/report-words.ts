/**
 * Owns the words the weekly report's newer parts share between the Report
 * screen, the clinician PDF and the CLI's text: the tiers of warning signs
 * (whatever tiers red-flags.ts defines; see warningSignTier) and "This week"'s
 * next steps (main/core/report-next-steps.ts decides them, this says them).
 * A week's report is about the past, so nothing here says "today".
 */
import type { FactorId, ReportNextStep, StepLink } from './report';
import { WARNING_SIGNS } from './red-flags';
import { getRoutine } from './atlas';
import { getLesson } from './lessons';
import { getWorkstationItem, getWorkstationOption } from './workstation';
import { regionDisplayName } from './body-regions';
import { BASELINE_DAYS, FACTOR_THRESHOLDS, weeksInWords } from './policy';

// --- warning signs -------------------------------------------------------------

/**
 * Tiers in order of how soon they need a clinician, with a neutral name for a list. Tiers red-flags.ts adds
 * later fall back to their id in words and sort after these.
 */
const TIERS: { id: string; label: string }[] = [
  { id: 'emergency', label: 'Emergency tier' },
  { id: 'urgent', label: 'Urgent tier' },
  { id: 'soon', label: 'See a doctor soon' },
  { id: 'see-clinician', label: 'See a clinician' },
  { id: 'next-visit', label: 'Mention at the next visit' },
];

export function warningTierLabel(tier: string): string {
  const known = TIERS.find((t) => t.id === tier)?.label;
  if (known) return known;
  const words = tier.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function warningTierRank(tier: string): number {
  const i = TIERS.findIndex((t) => t.id === tier);
  return i < 0 ? TIERS.length : i;
}

export function warningSignText(sign: string): string {
  return WARNING_SIGNS.find((s) => s.id === sign)?.label ?? sign;
}

export interface WarningTierGroup {
  tier: string;
  label: string;
  signs: { date: string; sign: string; text: string }[];
}

/** The week's warning signs grouped by tier (most pressing first), each group by date. */
export function warningSignsByTier(signs: readonly { date: string; sign: string; tier: string }[]): WarningTierGroup[] {
  const groups = new Map<string, WarningTierGroup>();
  for (const s of signs) {
    let g = groups.get(s.tier);
    if (!g) groups.set(s.tier, (g = { tier: s.tier, label: warningTierLabel(s.tier), signs: [] }));
    g.signs.push({ date: s.date, sign: s.sign, text: warningSignText(s.sign) });
  }
  return [...groups.values()]
    .sort((a, b) => warningTierRank(a.tier) - warningTierRank(b.tier) || a.tier.localeCompare(b.tier))
    .map((g) => ({ ...g, signs: [...g.signs].sort((a, b) => a.date.localeCompare(b.date)) }));
}

/** What the report says about the signs, once, for a week that is over: no same-day wording. */
export const WARNING_SIGNS_NOTE =
  'Ticked in your daily check-ins. If any of these is still going on, a doctor or physical therapist should look at it; ' +
  'the lesson on when to see a professional says how soon for each.';

// --- next steps ----------------------------------------------------------------

export interface StepWords {
  /** What to do, as a short imperative. */
  text: string;
  /** Why, from the person's own data. */
  because: string;
  /** The link's words. */
  linkLabel: string;
}

const one = (n: number) => (Math.round(n * 10) / 10).toFixed(1);
const percent = (share: number) => `${Math.round(share * 100)}%`;

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const PATTERN_WORDS: Record<FactorId, { text: string; because: (w: string, wo: string) => string }> = {
  'short-sleep': {
    text: 'Protect your sleep',
    because: (w, wo) =>
      `your check-ins say short sleep (under ${FACTOR_THRESHOLDS.shortSleepHours} h) went with your worse days: ${w} against ${wo}`,
  },
  'high-stress': {
    text: 'Plan a way to unwind on stressful days',
    because: (w, wo) =>
      `days with stress at ${FACTOR_THRESHOLDS.highStress} or more went with more pain: ${w} against ${wo}`,
  },
  'active-30': {
    text: `Move for ${FACTOR_THRESHOLDS.activeMinutes} minutes a day`,
    because: (w, wo) => `days you moved that much had less pain: ${w} against ${wo}`,
  },
  'water-6': {
    text: 'Keep a glass of water on your desk',
    because: (w, wo) => `days with ${FACTOR_THRESHOLDS.waterGlasses} or more glasses had less pain: ${w} against ${wo}`,
  },
  'breaks-70': {
    text: `Keep at least ${percent(FACTOR_THRESHOLDS.breakAdherence)} of your breaks`,
    because: (w, wo) => `days you did had less pain: ${w} against ${wo}`,
  },
};

function linkLabel(link: StepLink, routineTitle: (id: string) => string): string {
  switch (link.to) {
    case 'routine':
      return `Start ${routineTitle(link.id ?? '')}`;
    case 'lesson':
      return `Read “${getLesson(link.id ?? '')?.title ?? 'the lesson'}”`;
    case 'workstation-check':
      return 'Open the workstation check';
    case 'settings':
      return 'Open break settings';
    case 'pain-log':
      return 'Open the pain log';
  }
}

/** A step in words. `routineTitle` names built-in and the person's own routines. */
export function nextStepWords(
  step: ReportNextStep,
  routineTitle: (id: string) => string = (id) => getRoutine(id)?.title ?? id,
): StepWords {
  const label = linkLabel(step.link, routineTitle);
  switch (step.kind) {
    case 'see-clinician':
      return step.because === 'warning-signs'
        ? {
            text: 'Talk to a doctor or physical therapist about the warning signs you noted',
            because: 'you ticked them in this week’s check-ins (listed above, by tier)',
            linkLabel: label,
          }
        : {
            text: 'Book a visit with a physical therapist or doctor',
            because: `your pain has not clearly eased since your first ${weeksInWords(BASELINE_DAYS)}`,
            linkLabel: label,
          };
    case 'keep-routine':
      return {
        text: `Keep doing ${routineTitle(step.routineId)}`,
        because: `it eased you by ${one(step.relief)} on average over ${step.sessions} sessions`,
        linkLabel: label,
      };
    case 'desk-fix': {
      const option = getWorkstationOption(step.itemId, step.optionId);
      const topic = getWorkstationItem(step.itemId)?.topic ?? step.itemId;
      const places = step.regions.slice(0, 3).map((r) => lowerFirst(regionDisplayName(r)));
      return {
        text: option?.todo ?? topic,
        because:
          `you answered “${option?.label ?? step.optionId}” (${topic.toLowerCase()}), which loads muscles that can cause pain ` +
          `where you logged it: ${listWords(places)}`,
        linkLabel: label,
      };
    }
    case 'pattern': {
      const words = PATTERN_WORDS[step.factor];
      return { text: words.text, because: words.because(one(step.withMean), one(step.withoutMean)), linkLabel: label };
    }
    case 'breaks':
      return {
        text: 'Take more of your breaks',
        because: `you kept ${percent(step.adherence)} of them this week`,
        linkLabel: label,
      };
    case 'log-more':
      return {
        text: 'Log how you feel on most days, a good day too',
        because:
          step.daysLogged === 0
            ? 'nothing was logged this week'
            : `${step.daysLogged === 1 ? 'one day was' : `${step.daysLogged} days were`} logged this week, too few for the averages to say much`,
        linkLabel: label,
      };
  }
}
