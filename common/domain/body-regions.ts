/**
 * Owns the body-region vocabulary: the validated list from
 * resources/content/body-regions.json and the lookups every process uses.
 * Validated at import so a broken content file fails loudly at start-up and in tests.
 */
import { z } from 'zod';
import rawRegions from '../../resources/content/body-regions.json';

export const REGION_GROUPS = [
  'head',
  'neck',
  'shoulder',
  'upper-back',
  'chest',
  'arm-elbow',
  'forearm-wrist-hand',
  'low-back',
  'hip-buttock',
  'leg',
] as const;
export type RegionGroup = (typeof REGION_GROUPS)[number];

export const REGION_GROUP_LABELS: Record<RegionGroup, string> = {
  head: 'Head and face',
  neck: 'Neck',
  shoulder: 'Shoulder',
  'upper-back': 'Upper back',
  chest: 'Chest and belly',
  'arm-elbow': 'Arm and elbow',
  'forearm-wrist-hand': 'Forearm, wrist and hand',
  'low-back': 'Low back',
  'hip-buttock': 'Hip and buttock',
  leg: 'Leg and foot',
};

const kebabId = /^[a-z]+(-[a-z]+)*$/;

export const bodyRegionSchema = z
  .object({
    id: z.string().regex(kebabId, 'must be kebab-case'),
    label: z.string().min(1),
    view: z.enum(['front', 'back']),
    side: z.enum(['left', 'right', 'midline']),
    group: z.enum(REGION_GROUPS),
  })
  .strict()
  .refine((r) => (r.side === 'midline' ? !/-(left|right)$/.test(r.id) : r.id.endsWith(`-${r.side}`)), {
    message: 'a sided region id must end in -left or -right, and a midline one must not',
  });
export type BodyRegion = z.infer<typeof bodyRegionSchema>;

/**
 * How the region list grew. Region ids are stored in pain entries and exports,
 * so a migration only ever adds ids (or relabels); it never renames or removes
 * one. Version 1 is the original list; each later version names what it added.
 */
export const regionMigrationSchema = z
  .object({
    version: z.number().int().min(2),
    added: z.array(z.string().regex(kebabId, 'must be kebab-case')).min(1),
    note: z.string().min(10),
  })
  .strict();

export const bodyRegionFileSchema = z
  .object({
    viewpoint: z.string(),
    groupNotes: z.string(),
    migrations: z.array(regionMigrationSchema).default([]),
    regions: z.array(bodyRegionSchema).min(1),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.regions.forEach((r, i) => {
      if (seen.has(r.id)) {
        ctx.addIssue({ code: 'custom', path: ['regions', i, 'id'], message: `duplicate region id ${r.id}` });
      }
      seen.add(r.id);
    });
    const addedBefore = new Set<string>();
    file.migrations.forEach((m, i) => {
      if (m.version !== i + 2) {
        ctx.addIssue({
          code: 'custom',
          path: ['migrations', i, 'version'],
          message: `migrations are numbered 2, 3, … in order; expected ${i + 2}`,
        });
      }
      m.added.forEach((id, j) => {
        if (!seen.has(id) || addedBefore.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['migrations', i, 'added', j],
            message: addedBefore.has(id) ? `region ${id} was already added` : `added region ${id} is not in the list`,
          });
        }
        addedBefore.add(id);
      });
    });
  });

const regionFile = bodyRegionFileSchema.parse(rawRegions);
export const BODY_REGIONS: readonly BodyRegion[] = regionFile.regions;
/** The region list's version: 1 plus one per migration. */
export const REGION_LIST_VERSION = 1 + regionFile.migrations.length;

/** The region ids a given list version had (version 1 is everything not added by a later migration). */
export function regionIdsAtVersion(version: number): string[] {
  const later = new Set(regionFile.migrations.filter((m) => m.version > version).flatMap((m) => m.added));
  return BODY_REGIONS.map((r) => r.id).filter((id) => !later.has(id));
}

const regionsById = new Map(BODY_REGIONS.map((r) => [r.id, r]));

export function isRegionId(id: string): boolean {
  return regionsById.has(id);
}

export function getRegion(id: string): BodyRegion | undefined {
  return regionsById.get(id);
}

/** "Temple, left" → "Temple — your left": the person's own side, never the viewer's. */
export function regionDisplayName(id: string): string {
  const region = regionsById.get(id);
  if (!region) return id;
  if (region.side === 'midline') return region.label;
  const base = region.label.replace(/, (left|right)$/, '');
  return `${base} (your ${region.side})`;
}
