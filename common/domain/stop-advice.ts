/**
 * Owns what the routine player says after a safety stop: first what to do
 * right now (let go, rest, sit down), then when to get help, each in its
 * triage tier (red-flags.ts) so the colour and order match the check-in and
 * the report: emergency first, then a doctor soon, then the next visit.
 * A stop is usually nothing serious; the wording stays calm and kind.
 */
import type { StopReason } from './player';
import type { TriageTier } from './red-flags';

export interface StopAdvice {
  title: string;
  /** Self-care for now, in order. */
  lines: string[];
  /** When to get help, most urgent first. */
  getHelp: { tier: TriageTier; text: string }[];
}

const EMERGENCY_STROKE_LIKE =
  'If it comes with a drooping face, a weak arm, slurred speech, double vision, trouble swallowing, or a sudden severe headache or neck pain, call emergency services now.';

export const STOP_ADVICE: Record<StopReason, StopAdvice> = {
  'numbness-tingling': {
    title: 'Numbness or tingling: let go and rest',
    lines: [
      'A nerve may be involved. Take your hand away and let the area rest; the feeling usually settles within a few minutes.',
      'Don’t press on that spot again today. Next time, try a little to the side, and more lightly.',
    ],
    getHelp: [
      {
        tier: 'emergency',
        text: 'If the numbness spreads quickly, covers a whole arm, leg or one side of your body, or comes with weakness, confusion, or trouble speaking or seeing, call emergency services now.',
      },
      { tier: 'soon', text: 'If you feel it in both arms or both hands, see a doctor today if you can.' },
      {
        tier: 'next-visit',
        text: 'If it has not settled after a few minutes, or it keeps coming back, mention it to your doctor or physical therapist.',
      },
    ],
  },
  'sharp-shooting': {
    title: 'Sharp or shooting pain: let go',
    lines: [
      'Helpful pressure feels strong but welcome, never sharp. A shooting pain can mean a nerve is involved.',
      'Don’t press there again today. Gentle movement is fine if it feels good.',
    ],
    getHelp: [
      {
        tier: 'soon',
        text: 'If it leaves your arm or leg weak, or numb for more than a few minutes, see a doctor today.',
      },
      {
        tier: 'next-visit',
        text: 'If the pain doesn’t settle, or it keeps happening, mention it to your doctor or physical therapist.',
      },
    ],
  },
  dizziness: {
    title: 'Dizziness: sit down and breathe',
    lines: [
      'Sit down if you aren’t already, rest your head and breathe slowly until it passes.',
      'Don’t repeat this routine today.',
    ],
    getHelp: [
      { tier: 'emergency', text: EMERGENCY_STROKE_LIKE },
      {
        tier: 'next-visit',
        text: 'If the dizziness comes back, talk to a clinician before you do this routine again.',
      },
    ],
  },
  pulse: {
    title: 'A pulse: move away from that spot',
    lines: [
      'A pulse under your fingers means you are over a blood vessel. Never press over a pulse.',
      'Next time, move a finger’s width away, to where you feel only muscle, and start lightly.',
    ],
    getHelp: [
      {
        tier: 'emergency',
        text: 'If you feel faint or unwell and it does not pass within a few minutes of sitting down, call emergency services.',
      },
    ],
  },
  'pain-rising': {
    title: 'Pain rising: that is enough for today',
    lines: [
      'Stop for today and let the area settle.',
      'Next time, press more lightly (about 5 out of 10) and for a shorter time.',
    ],
    getHelp: [
      { tier: 'soon', text: 'If the pain keeps rising after you have stopped, see a doctor soon.' },
      {
        tier: 'next-visit',
        text: 'If it is still worse tomorrow, or this keeps happening, mention it to your doctor or physical therapist.',
      },
    ],
  },
  other: {
    title: 'You stopped: that was the right call',
    lines: ['Rest for a few minutes and let the area settle.'],
    getHelp: [
      {
        tier: 'emergency',
        text: 'If you have chest pain or pressure, or sudden weakness, numbness, or trouble speaking or seeing, call emergency services now.',
      },
      {
        tier: 'next-visit',
        text: 'If something felt wrong, or still does, mention it to a clinician and tell them what happened.',
      },
    ],
  },
};
