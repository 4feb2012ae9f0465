/**
 * Owns warmth as an optional warm-up before a release routine
 * (REFERENCE-ADDENDUM (j)): how long, how warm, and when not to use it. Heat
 * has moderate evidence of a small, short-term easing of pain (mostly in low
 * back pain); it is offered, never required, and never for sleeping on.
 */
import type { RoutineStep } from './content';

/** Ten minutes: inside the 10–20 minutes the NHS and health services suggest, and the player's longest step. */
export const WARM_UP_SECONDS = 600;

export const WARM_UP_STEP: RoutineStep = {
  kind: 'warm',
  seconds: WARM_UP_SECONDS,
  text: 'Warm the area with a wrapped hot-water bottle or a warm pack, comfortably warm and never hot, with a towel between it and your skin. Look at your skin every five minutes and take it away if it gets red or blotchy.',
};

/** When not to warm up, or to ask first. */
export const HEAT_CAUTIONS: readonly string[] = [
  'Not on a fresh injury (the first two or three days) or a place that is swollen, red or hot.',
  'Not on broken skin, a rash or an infection, or when you have a fever.',
  'Not on skin with less feeling (numb areas, nerve damage such as from diabetes, scars) or with poor circulation: it can burn without you noticing.',
  'Ask a clinician first with a heart condition, cancer or radiotherapy in the area, or in pregnancy (and then never on the belly or low back); metal implants in the area heat up more.',
  'Never sleep with a heat pack or lie on one, and never fall asleep with a plug-in heat pad on.',
];

/** Only routines that work a muscle with pressure offer it; stretches and breaks are short and on the move. */
export function offersWarmUp(routine: { kind: string }): boolean {
  return routine.kind === 'release' || routine.kind === 'desk';
}
