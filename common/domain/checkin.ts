/**
 * Owns the daily check-in: sleep, stress, activity, water, how much pain got in
 * the way, and any new warning signs. Every answer is optional (a half-done
 * check-in still counts), and a skipped day is remembered so it never asks twice.
 */
import { z } from 'zod';
import { LOCAL_DATE } from './time';
import { WARNING_SIGN_IDS } from './red-flags';
import { CHECKIN_LIMITS, RATING_MAX } from './policy';
import { loggedDateSchema } from './dates';

const { sleepHoursMax, sleepHoursStep, activeMinutesMax, waterMax } = CHECKIN_LIMITS;

const score = (what: string) =>
  z
    .number({ error: `${what} must be a number` })
    .int(`${what} must be a whole number`)
    .min(0, `${what} must be 0 to ${RATING_MAX}`)
    .max(RATING_MAX, `${what} must be 0 to ${RATING_MAX}`);

/** A check-in as it is saved or imported: its date is a real day, from 1970, at most a day ahead. */
export const checkinSchema = z
  .object({
    date: loggedDateSchema,
    sleepHours: z
      .number()
      .min(0, `must be 0 to ${sleepHoursMax} hours`)
      .max(sleepHoursMax, `must be 0 to ${sleepHoursMax} hours`)
      .multipleOf(sleepHoursStep, 'use quarter hours')
      .nullable(),
    sleepQuality: score('sleep quality').nullable(),
    stress: score('stress').nullable(),
    activeMinutes: z
      .number()
      .int('must be whole minutes')
      .min(0)
      .max(activeMinutesMax, `must be at most ${activeMinutesMax} minutes`)
      .nullable(),
    water: z
      .number()
      .int('must be whole glasses')
      .min(0)
      .max(waterMax, `must be at most ${waterMax} glasses`)
      .nullable(),
    interferenceActivity: score('interference with activity').nullable(),
    interferenceEnjoyment: score('interference with enjoyment').nullable(),
    warningSigns: z
      .array(z.enum(WARNING_SIGN_IDS, { error: (i) => `unknown warning sign "${String(i.input)}"` }))
      .max(WARNING_SIGN_IDS.length)
      .refine((s) => new Set(s).size === s.length, 'lists a warning sign twice'),
  })
  .strict();
export type Checkin = z.infer<typeof checkinSchema>;

/** A check-in as main returns it (no calendar bounds: what was saved is always shown). */
export const savedCheckinSchema = checkinSchema.extend({
  date: z.string().regex(LOCAL_DATE, 'must be a date like 2026-11-16'),
});

export function emptyCheckin(date: string): Checkin {
  return {
    date,
    sleepHours: null,
    sleepQuality: null,
    stress: null,
    activeMinutes: null,
    water: null,
    interferenceActivity: null,
    interferenceEnjoyment: null,
    warningSigns: [],
  };
}
