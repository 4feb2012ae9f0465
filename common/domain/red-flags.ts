/**
 * Owns the warning signs Unknot asks about and the advice it gives. One sign
 * alone predicts little, so the wording is always "see a clinician", never a
 * verdict; urgent signs say so plainly and come first. Logging is never blocked.
 */
import type { PainEntry } from './pain';

export const WARNING_SIGNS = [
  {
    id: 'bladder-bowel-saddle',
    urgent: true,
    label: 'New trouble controlling your bladder or bowels, or numbness between your legs',
  },
  { id: 'both-legs', urgent: true, label: 'Pain, numbness or weakness in both legs' },
  {
    id: 'weakness-clumsiness',
    urgent: true,
    label: 'Weakness that is getting worse, clumsy hands, or unsteady walking',
  },
  {
    id: 'sudden-severe-neck-head',
    urgent: true,
    label: 'Sudden, severe pain in the neck or back of the head, unlike anything before',
  },
  { id: 'thunderclap-headache', urgent: true, label: 'A headache that reached its worst within a minute' },
  {
    id: 'new-headache-over-50',
    urgent: true,
    label: 'A new kind of headache after 50, or jaw pain when chewing, or a tender scalp',
  },
  { id: 'chest-exertion', urgent: true, label: 'Chest pain with exertion, breathlessness or sweating' },
  {
    id: 'neuro-signs',
    urgent: true,
    label: 'Double vision, slurred speech, trouble swallowing, a numb face or drop attacks',
  },
  { id: 'fever-weight-loss', urgent: false, label: 'Fever, or weight loss you cannot explain' },
  { id: 'night-pain', urgent: false, label: 'Pain at night that no position eases' },
  { id: 'after-injury', urgent: false, label: 'The pain started after a fall or an injury' },
  { id: 'cancer-history', urgent: false, label: 'A past cancer, or a weakened immune system' },
  { id: 'no-improvement', urgent: false, label: 'No improvement after about a month' },
] as const;
export type WarningSignId = (typeof WARNING_SIGNS)[number]['id'];
export const WARNING_SIGN_IDS = WARNING_SIGNS.map((s) => s.id) as unknown as readonly [
  WarningSignId,
  ...WarningSignId[],
];

export interface Advice {
  level: 'urgent' | 'see-clinician';
  title: string;
  message: string;
  /** The answers or entries that led to it, in plain words. */
  because: string[];
}

const URGENT_MESSAGE =
  'Please get medical help today: call your doctor or an urgent care service, or emergency services if it is severe or getting worse. ' +
  'These signs are uncommon, but they need a professional to look at them soon. You can keep logging as usual.';
const CLINICIAN_MESSAGE =
  'Please book an appointment with your doctor or a physical therapist to talk this through. ' +
  'On its own a sign like this often turns out to be nothing serious, but it deserves a proper look. You can keep logging as usual.';

/** Advice from the warning signs answered in a check-in: urgent ones first. */
export function adviceForWarningSigns(signs: readonly string[]): Advice[] {
  const chosen = WARNING_SIGNS.filter((s) => signs.includes(s.id));
  const urgent = chosen.filter((s) => s.urgent);
  const other = chosen.filter((s) => !s.urgent);
  const advice: Advice[] = [];
  if (urgent.length) {
    advice.push({
      level: 'urgent',
      title: 'Please get checked today',
      message: URGENT_MESSAGE,
      because: urgent.map((s) => s.label),
    });
  }
  if (other.length) {
    advice.push({
      level: 'see-clinician',
      title: 'Worth seeing a clinician',
      message: CLINICIAN_MESSAGE,
      because: other.map((s) => s.label),
    });
  }
  return advice;
}

const WEAKNESS_WORDS = /\b(weak|weakness|weaker|clumsy|can'?t grip|dropping things)\b/i;

/**
 * Numbness or tingling together with weakness points to a nerve rather than a
 * muscle knot: advice to see a clinician. Weakness comes from the entry's note
 * or from the weakness warning sign in a check-in the same day.
 */
export function adviceForEntry(
  entry: Pick<PainEntry, 'regions' | 'note'>,
  weaknessReportedThatDay = false,
): Advice | null {
  const nerveLike = entry.regions.filter((r) => r.qualities.includes('numb') || r.qualities.includes('tingling'));
  if (!nerveLike.length) return null;
  if (!weaknessReportedThatDay && !WEAKNESS_WORDS.test(entry.note)) return null;
  return {
    level: 'see-clinician',
    title: 'Numbness or tingling with weakness',
    message:
      'Numbness or tingling together with weakness can come from a nerve rather than a muscle. ' +
      'Please see a doctor or physical therapist soon, and go urgently if the weakness is spreading or getting worse. ' +
      'Avoid pressing on these areas until then. You can keep logging as usual.',
    because: ['You logged numbness or tingling and mentioned weakness.'],
  };
}
