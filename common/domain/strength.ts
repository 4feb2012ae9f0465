/**
 * Owns the weekly strengthening plan a person can turn on (REFERENCE-ADDENDUM
 * (i)): which routines make up a plan day, the add-ons for where it bothers
 * you, the default days, and what a given day asks for. Strength training
 * eases desk neck pain more than stretching alone; trials used about three
 * sessions a week of 3 sets of 8–12, or short daily sessions, for 8–20 weeks.
 * Sessions are ordinary routine sessions, so history, "what helps you" and
 * the weekly report count them like any other.
 */
import { ROUTINES, getRoutine } from './atlas';
import { planRoutine } from './player';
import { WEEKDAYS, type Weekday } from './settings';

/** About 12 minutes for the neck and shoulders on every plan day. */
export const STRENGTH_CORE = [
  'strength-chin-nod',
  'strength-band-row',
  'strength-shoulder-squeeze',
  'strength-lateral-raise',
] as const;

/** Added on a plan day when this is where it bothers you. */
export const STRENGTH_EXTRAS: readonly { forWhat: string; routines: readonly string[] }[] = [
  { forWhat: 'the back of the shoulder or the shoulder blade', routines: ['strength-outward-turn'] },
  { forWhat: 'a mouse arm, the forearm or the elbow', routines: ['strength-wrist-lift'] },
  { forWhat: 'the low back or the hips', routines: ['strength-bridge', 'strength-side-leg-raise'] },
];

/** Three days a week, with a day of rest between: the rhythm of the neck and shoulder trials. */
export const DEFAULT_STRENGTH_DAYS: readonly Weekday[] = ['mon', 'wed', 'fri'];

export const STRENGTH_ROUTINE_IDS: readonly string[] = ROUTINES.filter((r) => r.kind === 'strength').map((r) => r.id);

/** Minutes the routines take as planned (sets, rests and both sides included), rounded up. */
export function planMinutes(routineIds: readonly string[]): number {
  const seconds = routineIds.reduce((sum, id) => {
    const routine = getRoutine(id);
    return sum + (routine ? planRoutine(routine).steps.reduce((s, step) => s + step.seconds, 0) : 0);
  }, 0);
  return Math.ceil(seconds / 60);
}

export interface StrengthDay {
  /** Whether today is one of the plan's days. */
  planDay: boolean;
  /** The core routines done today, in plan order. */
  done: string[];
  /** The core routines still to do today (empty on a rest day). */
  toDo: string[];
  /** The next plan day after today (null when the plan has no days). */
  next: Weekday | null;
}

/** What the plan asks of a day, from its weekday and the routines already done that day. */
export function strengthDay(days: readonly Weekday[], weekday: Weekday, doneToday: readonly string[]): StrengthDay {
  const planDay = days.includes(weekday);
  const done = STRENGTH_CORE.filter((id) => doneToday.includes(id));
  const at = WEEKDAYS.indexOf(weekday);
  const next = [1, 2, 3, 4, 5, 6, 7].map((k) => WEEKDAYS[(at + k) % 7]!).find((d) => days.includes(d)) ?? null;
  return { planDay, done, toDo: planDay ? STRENGTH_CORE.filter((id) => !done.includes(id)) : [], next };
}

/** The weekday of a local calendar date ("2026-11-23" → "mon"). */
export function weekdayOfDate(localDate: string): Weekday {
  const [y, m, d] = localDate.split('-').map(Number) as [number, number, number];
  return WEEKDAYS[(new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7]!;
}
