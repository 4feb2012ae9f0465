/**
 * Owns the pain-entry vocabulary and its validation: one entry, one or more body
 * regions, each with its own 0–10 intensity and quality words.
 */
import { z } from 'zod';
import { isRegionId } from './body-regions';
import { parseOffsetDateTime } from './time';
import { RATING_MAX } from './policy';
import { localDateSchema, loggedEpochMsSchema, loggedTimeSchema, offsetDateTimeSchema } from './dates';

export { offsetDateTimeSchema };

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
    at: loggedTimeSchema,
    note: z.string().max(NOTE_MAX_LENGTH, `must be at most ${NOTE_MAX_LENGTH} characters`),
    regions: z
      .array(painRegionSchema)
      .min(1, 'pick at least one body region')
      .max(REGIONS_PER_ENTRY_MAX)
      .refine((rs) => new Set(rs.map((r) => r.region)).size === rs.length, 'lists a body region twice'),
  })
  .strict();
export type PainEntryInput = z.infer<typeof painEntryInputSchema>;

/** An entry as main returns it (no time bounds: what was saved is always shown). */
export const painEntrySchema = painEntryInputSchema
  .extend({
    at: offsetDateTimeSchema,
    id: entityIdSchema,
    localDate: z.string(),
    utcOffsetMinutes: z.number().int(),
    createdAt: z.number().int(),
    updatedAt: z.number().int(),
  })
  .strict();
export type PainEntry = z.infer<typeof painEntrySchema>;

/** An entry put back by pain:restore (undo of a delete): every time in it is a logged time, and they agree. */
export const painEntryRestoreSchema = painEntryInputSchema
  .extend({
    id: entityIdSchema,
    localDate: localDateSchema,
    utcOffsetMinutes: z.number().int(),
    createdAt: loggedEpochMsSchema,
    updatedAt: loggedEpochMsSchema,
  })
  .strict()
  .superRefine((entry, ctx) => {
    const moment = parseOffsetDateTime(entry.at);
    if (!moment) return;
    if (moment.localDate !== entry.localDate) {
      ctx.addIssue({ code: 'custom', path: ['localDate'], message: `must be the date of at (${moment.localDate})` });
    }
    if (moment.utcOffsetMinutes !== entry.utcOffsetMinutes) {
      ctx.addIssue({
        code: 'custom',
        path: ['utcOffsetMinutes'],
        message: `must be the offset of at (${moment.utcOffsetMinutes})`,
      });
    }
    if (entry.updatedAt < entry.createdAt) {
      ctx.addIssue({ code: 'custom', path: ['updatedAt'], message: 'must not be before createdAt' });
    }
  });

/** Entry intensity: the highest region intensity in that entry (report definition). */
export function entryIntensity(entry: Pick<PainEntry, 'regions'>): number {
  return entry.regions.reduce((max, r) => Math.max(max, r.intensity), 0);
}
