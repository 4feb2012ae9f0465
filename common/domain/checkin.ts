/**
 * Owns the daily check-in: sleep, stress, activity, water, how much pain got in
 * the way, and any new warning signs. Every answer is optional (a half-done
 * check-in still counts), and a skipped day is remembered so it never asks twice.
 */
import { z } from 'zod';
import { LOCAL_DATE } from './time';
import { WARNING_SIGN_IDS } from './red-flags';

const score = (what: string) =>
  z
    .number({ error: `${what} must be a number` })
    .int(`${what} must be a whole number`)
    .min(0, `${what} must be 0 to 10`)
    .max(10, `${what} must be 0 to 10`);

export const checkinSchema = z
  .object({
    date: z.string().regex(LOCAL_DATE, 'must be a date like 2026-11-16'),
    sleepHours: z
      .number()
      .min(0, 'must be 0 to 24 hours')
      .max(24, 'must be 0 to 24 hours')
      .multipleOf(0.25, 'use quarter hours')
      .nullable(),
    sleepQuality: score('sleep quality').nullable(),
    stress: score('stress').nullable(),
    activeMinutes: z.number().int('must be whole minutes').min(0).max(1440, 'must be at most 1440 minutes').nullable(),
    water: z.number().int('must be whole glasses').min(0).max(40, 'must be at most 40 glasses').nullable(),
    interferenceActivity: score('interference with activity').nullable(),
    interferenceEnjoyment: score('interference with enjoyment').nullable(),
    warningSigns: z
      .array(z.enum(WARNING_SIGN_IDS, { error: (i) => `unknown warning sign "${String(i.input)}"` }))
      .max(WARNING_SIGN_IDS.length)
      .refine((s) => new Set(s).size === s.length, 'lists a warning sign twice'),
  })
  .strict();
export type Checkin = z.infer<typeof checkinSchema>;

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
