/**
 * Owns the pain-entry vocabulary and its validation: one entry, one or more body
 * regions, each with its own 0–10 intensity and quality words.
 */
import { z } from 'zod';
import { isRegionId } from './body-regions';
import { parseOffsetDateTime } from './time';
import { RATING_MAX } from './policy';

export const PAIN_QUALITIES = [
  'aching',
  'burning',
  'sharp',
  'shooting',
  'tingling',
  'numb',
  'stiff',
  'throbbing',
] as const;
export type PainQuality = (typeof PAIN_QUALITIES)[number];

export const NOTE_MAX_LENGTH = 2000;
export const REGIONS_PER_ENTRY_MAX = 40;

export const entityIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8–64 letters, digits, - or _');

export const offsetDateTimeSchema = z
  .string()
  .max(40)
  .refine((s) => parseOffsetDateTime(s) !== null, {
    message: 'must be a date and time with its UTC offset, like 2026-11-16T09:30:00+01:00',
  });

export const regionIdSchema = z
  .string()
  .max(64)
  .refine(isRegionId, { error: (issue) => `unknown body region "${String(issue.input).slice(0, 64)}"` });

export const intensitySchema = z
  .number({ error: `must be a number from 0 to ${RATING_MAX}` })
  .int(`must be a whole number from 0 to ${RATING_MAX}`)
  .min(0, 'must be 0 or more')
  .max(RATING_MAX, `must be ${RATING_MAX} or less`);

export const painRegionSchema = z
  .object({
    region: regionIdSchema,
    intensity: intensitySchema,
    qualities: z
      .array(z.enum(PAIN_QUALITIES))
      .max(PAIN_QUALITIES.length)
      .refine((q) => new Set(q).size === q.length, 'lists a quality twice'),
  })
  .strict();
export type PainRegion = z.infer<typeof painRegionSchema>;

export const painEntryInputSchema = z
  .object({
    at: offsetDateTimeSchema,
    note: z.string().max(NOTE_MAX_LENGTH, `must be at most ${NOTE_MAX_LENGTH} characters`),
    regions: z
      .array(painRegionSchema)
      .min(1, 'pick at least one body region')
      .max(REGIONS_PER_ENTRY_MAX)
      .refine((rs) => new Set(rs.map((r) => r.region)).size === rs.length, 'lists a body region twice'),
  })
  .strict();
export type PainEntryInput = z.infer<typeof painEntryInputSchema>;

export const painEntrySchema = painEntryInputSchema
  .extend({
    id: entityIdSchema,
    localDate: z.string(),
    utcOffsetMinutes: z.number().int(),
    createdAt: z.number().int(),
    updatedAt: z.number().int(),
  })
  .strict();
export type PainEntry = z.infer<typeof painEntrySchema>;

/** Entry intensity: the highest region intensity in that entry (report definition). */
export function entryIntensity(entry: Pick<PainEntry, 'regions'>): number {
  return entry.regions.reduce((max, r) => Math.max(max, r.intensity), 0);
}
