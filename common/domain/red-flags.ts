/**
 * Owns the warning signs Unknot asks about, their triage tier and the advice
 * each tier gives (REFERENCE-ADDENDUM (l)). Three tiers, in this order
 * everywhere they appear (check-in, pain entry, safety stop, report, PDF,
 * lessons): call emergency services now; see a doctor soon, today if possible;
 * mention it at the next visit. One sign alone predicts little, so the wording
 * is always "see a clinician", never a verdict. Logging is never blocked.
 *
 * Sign ids are stored in check-ins and exports, so an id is never renamed or
 * removed: a sign's words and tier may be sharpened, new signs are appended.
 */
import { getRegion, type RegionGroup } from './body-regions';
import type { PainEntry } from './pain';

export const TRIAGE_TIERS = ['emergency', 'soon', 'next-visit'] as const;
export type TriageTier = (typeof TRIAGE_TIERS)[number];

/** Most urgent first: sort by this. */
export const TIER_RANK: Record<TriageTier, number> = { emergency: 0, soon: 1, 'next-visit': 2 };

/** How each tier is named and what it asks the person to do, in plain words. */
export const TIER_WORDING: Record<TriageTier, { title: string; short: string; message: string }> = {
  emergency: {
    title: 'Call emergency services now',
    short: 'Emergency: call now',
    message:
      'If this is happening now, call your local emergency number straight away (999 in the UK, 112 across Europe, 911 in North America) or ask someone near you to call. Do not drive yourself. ' +
      'It is always right to call, even if you are not sure. If it has already passed, please still see a doctor today. Your log will be here afterwards.',
  },
  soon: {
    title: 'See a doctor soon, today if you can',
    short: 'See a doctor soon',
    message:
      'Please contact your doctor today. If you cannot get an appointment, use an urgent care service or a health helpline (111 in the UK). ' +
      'These signs are uncommon, but they need a professional to look at them soon. If things get suddenly worse, call emergency services. You can keep logging as usual.',
  },
  'next-visit': {
    title: 'Mention it at your next visit',
    short: 'Mention at your next visit',
    message:
      'Please book an appointment with your doctor or physical therapist, or bring it up the next time you see them. ' +
      'On its own a sign like this often turns out to be nothing serious, but it deserves a proper look. You can keep logging as usual.',
  },
};

export interface WarningSign {
  id: string;
  tier: TriageTier;
  label: string;
}

/** In tier order (emergency first); within a tier, roughly head to toe. */
export const WARNING_SIGNS = [
  {
    id: 'chest-exertion',
    tier: 'emergency',
    label:
      'Chest pain, pressure or tightness, at rest or with effort, spreading to an arm, the neck, jaw or back, or with breathlessness, sweating or feeling sick',
  },
  {
    id: 'neuro-signs',
    tier: 'emergency',
    label:
      'Sudden stroke-like signs: a drooping face, a weak arm, slurred speech, loss of sight, double vision, trouble swallowing or a sudden fall',
  },
  {
    id: 'thunderclap-headache',
    tier: 'emergency',
    label: 'A sudden, very severe headache that reached its worst within about a minute',
  },
  {
    id: 'sudden-severe-neck-head',
    tier: 'emergency',
    label: 'Sudden, severe pain on one side of the neck or the back of the head, unlike anything before',
  },
  {
    id: 'sudden-numbness',
    tier: 'emergency',
    label:
      'Numbness that came on suddenly, spreads quickly, or covers a whole arm, a whole leg or one side of the body',
  },
  {
    id: 'bladder-bowel-saddle',
    tier: 'emergency',
    label: 'New trouble passing or holding urine or stools, or numbness between your legs or around your bottom',
  },
  { id: 'both-legs', tier: 'emergency', label: 'Pain, tingling, numbness or weakness in both legs' },
  {
    id: 'weakness-clumsiness',
    tier: 'soon',
    label: 'Weakness that is slowly getting worse, clumsy hands, or unsteady walking',
  },
  { id: 'numbness-both-arms', tier: 'soon', label: 'Numbness or tingling in both arms or both hands' },
  {
    id: 'new-headache-over-50',
    tier: 'soon',
    label: 'A new kind of headache after 50, with a tender scalp or jaw pain when chewing',
  },
  {
    id: 'shoulder-severe',
    tier: 'soon',
    label: 'Sudden or very bad shoulder pain, an arm you cannot lift, or a shoulder that looks swollen or out of shape',
  },
  { id: 'fever-weight-loss', tier: 'soon', label: 'Fever, or weight loss you cannot explain, along with the pain' },
  { id: 'night-pain', tier: 'soon', label: 'Pain that is much worse at night and that rest or no position eases' },
  { id: 'after-injury', tier: 'soon', label: 'The pain started after a fall or an injury' },
  {
    id: 'persistent-numbness',
    tier: 'next-visit',
    label: 'Numbness or tingling in one arm or leg that lingers, keeps coming back or slowly gets worse',
  },
  {
    id: 'chest-comes-and-goes',
    tier: 'next-visit',
    label: 'Chest pain that came and went quickly but still worries you',
  },
  {
    id: 'no-improvement',
    tier: 'next-visit',
    label: 'No improvement after about two weeks of regular self-care, or pain that keeps getting worse',
  },
  {
    id: 'cancer-history',
    tier: 'next-visit',
    label: 'A past cancer, thinning bones (osteoporosis), long-term steroid tablets or a weakened immune system',
  },
] as const satisfies readonly WarningSign[];
export type WarningSignId = (typeof WARNING_SIGNS)[number]['id'];
export const WARNING_SIGN_IDS = WARNING_SIGNS.map((s) => s.id) as unknown as readonly [
  WarningSignId,
  ...WarningSignId[],
];

/** The signs of one tier, in list order. */
export function signsOfTier(tier: TriageTier): readonly WarningSign[] {
  return WARNING_SIGNS.filter((s) => s.tier === tier);
}

export function warningSign(id: string): WarningSign | undefined {
  return WARNING_SIGNS.find((s) => s.id === id);
}

export interface Advice {
  tier: TriageTier;
  title: string;
  message: string;
  /** The answers or entries that led to it, in plain words. */
  because: string[];
}

/** Most urgent first; advice of the same tier keeps its order. */
export function byTier<T extends { tier: TriageTier }>(items: readonly T[]): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => TIER_RANK[a.item.tier] - TIER_RANK[b.item.tier] || a.i - b.i)
    .map(({ item }) => item);
}

/** Advice from the warning signs answered in a check-in: one piece per tier, most urgent first. */
export function adviceForWarningSigns(signs: readonly string[]): Advice[] {
  const chosen = WARNING_SIGNS.filter((s) => signs.includes(s.id));
  return TRIAGE_TIERS.flatMap((tier) => {
    const mine = chosen.filter((s) => s.tier === tier);
    if (!mine.length) return [];
    const { title, message } = TIER_WORDING[tier];
    return [{ tier, title, message, because: mine.map((s) => s.label) }];
  });
}

/** Where chest pain can come from the heart: the left upper chest, the left breast and the breastbone. */
export const CHEST_WARNING_REGIONS = ['upper-chest-left', 'breast-left', 'sternum'] as const;

/**
 * Before any muscle is offered for pain in the left chest or behind the
 * breastbone: chest pain counts as the heart's until a doctor has said
 * otherwise (REFERENCE (c) 11, addendum (l) tier A), at rest as well as on effort.
 */
export function chestWarning(regions: readonly string[]): Advice | null {
  const chest = CHEST_WARNING_REGIONS.filter((r) => regions.includes(r));
  if (!chest.length) return null;
  return {
    tier: 'emergency',
    title: 'Chest pain: think of your heart first',
    message:
      'Pain in the left side of the chest or behind the breastbone can come from the heart. ' +
      'Call emergency services now if it feels like pressure, squeezing or tightness, spreads to an arm, your neck, jaw, back or stomach, comes with breathlessness, sweating, feeling sick or light-headed, or will not go away, whether you are resting or active. Do not drive yourself. ' +
      'If it came and went quickly but worries you, see a doctor before you try any routine here. ' +
      'Muscles can send pain to the chest too; the list below is for once your heart has been checked.',
    because: ['You marked the left side of your chest or your breastbone.'],
  };
}

const WEAKNESS_WORDS = /\b(weak|weakness|weaker|clumsy|can'?t grip|dropping things)\b/i;

type Limb = 'arm' | 'leg';
const LIMB_OF_GROUP: Partial<Record<RegionGroup, Limb>> = {
  'arm-elbow': 'arm',
  'forearm-wrist-hand': 'arm',
  leg: 'leg',
};

/** Limbs ("arm", "leg") with numbness or tingling on both the left and the right. */
function bothSides(regionIds: readonly string[]): Limb[] {
  const sides = new Map<Limb, Set<string>>();
  for (const id of regionIds) {
    const region = getRegion(id);
    const limb = region ? LIMB_OF_GROUP[region.group] : undefined;
    if (!region || !limb || region.side === 'midline') continue;
    sides.set(limb, (sides.get(limb) ?? new Set()).add(region.side));
  }
  return [...sides].filter(([, s]) => s.size === 2).map(([limb]) => limb);
}

/**
 * Advice when an entry has numbness or tingling, which can come from a nerve
 * rather than a muscle (addendum (l)): with weakness (in the note, or the
 * weakness sign in that day's check-in), or in both arms or both legs, see a
 * doctor soon; in both legs together with back pain, that is an emergency
 * (possible nerve-root compression at the base of the spine); alone, mention
 * it at the next visit if it lingers, keeps coming back or spreads. Brief
 * tingling after leaning on something that clears once the pressure is off
 * needs nothing.
 */
export function adviceForEntry(
  entry: Pick<PainEntry, 'regions' | 'note'>,
  weaknessReportedThatDay = false,
): Advice | null {
  const nerveLike = entry.regions.filter((r) => r.qualities.includes('numb') || r.qualities.includes('tingling'));
  if (!nerveLike.length) return null;
  const weakness = weaknessReportedThatDay || WEAKNESS_WORDS.test(entry.note);
  const both = bothSides(nerveLike.map((r) => r.region));
  const backPain = entry.regions.some((r) => getRegion(r.region)?.group === 'low-back');

  if (both.includes('leg') && backPain) {
    return {
      tier: 'emergency',
      title: 'Numbness or tingling in both legs with back pain',
      message:
        'Back pain with numbness or tingling in both legs can mean the nerves at the base of the spine are being squeezed, which needs help straight away. ' +
        'Please call emergency services now, especially if you also notice numbness between your legs or a change in passing urine or stools. Do not drive yourself.',
      because: ['You logged back pain, and numbness or tingling in both legs.'],
    };
  }
  if (weakness) {
    return {
      tier: 'soon',
      title: 'Numbness or tingling with weakness',
      message:
        'Numbness or tingling together with weakness can come from a nerve rather than a muscle. ' +
        'Please see a doctor or physical therapist soon, today if you can. If the weakness came on suddenly, is spreading fast or affects one whole side, call emergency services now. ' +
        'Avoid pressing on these areas until then. You can keep logging as usual.',
      because: ['You logged numbness or tingling and mentioned weakness.'],
    };
  }
  if (both.length) {
    const where = both.map((limb) => `both ${limb}s`).join(' and ');
    return {
      tier: 'soon',
      title: `Numbness or tingling in ${where}`,
      message:
        `Numbness or tingling on both sides at once is more likely to come from the nerves or the spine than from muscle knots. ` +
        'Please see a doctor soon, today if you can. If it came on suddenly or is spreading fast, call emergency services now. ' +
        'Avoid pressing on these areas until then. You can keep logging as usual.',
      because: [`You logged numbness or tingling in ${where}.`],
    };
  }
  return {
    tier: 'next-visit',
    title: 'About the numbness or tingling',
    message:
      'Brief tingling after leaning or sitting on something, which clears once the pressure is off, is nothing to worry about. ' +
      'If it lingers, keeps coming back, slowly gets worse or spreads, or you cannot see why it started, please mention it to a doctor or physical therapist. ' +
      'If it comes on suddenly, spreads fast or affects a whole limb or one side, call emergency services now. ' +
      'Until it has been checked, avoid pressing on a numb area: pain there is a poor guide. You can keep logging as usual.',
    because: ['You logged numbness or tingling.'],
  };
}
