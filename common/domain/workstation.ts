/**
 * Owns the workstation check: the shape of resources/content/workstation.json
 * (items, their answers, how much each answer loads the body and which atlas
 * factors it touches), the muscles each answer loads, what a saved check
 * records, and the comparison of two checks that the weekly report uses.
 *
 * The muscles are never listed in this content: they come from each muscle's
 * `perpetuatingFactors` in the atlas, so the check and the muscle pages always agree.
 */
import { z } from 'zod';
import rawWorkstation from '../../resources/content/workstation.json';
import { FACTORS, type Factor, type Muscle } from './content';
import { MUSCLES } from './atlas';
import { entityIdSchema } from './pain';
import { offsetDateTimeSchema } from './dates';

export const WORKSTATION_FILE = 'resources/content/workstation.json';

/** 0: no extra load; 1: some; 2: a lot. Only used to tell better from worse between two checks. */
export const LOADS = [0, 1, 2] as const;
export type Load = (typeof LOADS)[number];

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case');

export const workstationOptionSchema = z
  .object({
    id: kebab,
    label: z.string().min(2).max(120),
    load: z.union([z.literal(0), z.literal(1), z.literal(2)]),
    /** The atlas factors this answer feeds; empty exactly when the load is 0. */
    factors: z.array(z.enum(FACTORS)),
    /** Why this answer loads muscles, in a sentence (only for answers that do). */
    why: z.string().min(3).max(300).optional(),
    /** The fix for this answer as a short to-do ("Raise your screen to eye level"), for the ranked list and the report. */
    todo: z.string().min(5).max(80).optional(),
  })
  .strict()
  .refine((o) => (o.load === 0) === (o.factors.length === 0), {
    message: 'an answer loads muscles (load 1 or 2) exactly when it names factors',
    path: ['factors'],
  })
  .refine((o) => (o.load === 0) === (o.why === undefined), {
    message: 'an answer that loads muscles says why, and only such an answer',
    path: ['why'],
  })
  .refine((o) => (o.load === 0) === (o.todo === undefined), {
    message: 'an answer that loads muscles says what to do, and only such an answer',
    path: ['todo'],
  });
export type WorkstationOption = z.infer<typeof workstationOptionSchema>;

export const workstationItemSchema = z
  .object({
    id: kebab,
    /** A short name for the item, used in results and the weekly report ("Phone on calls"). */
    topic: z.string().min(3).max(40),
    question: z.string().min(5).max(140),
    hint: z.string().min(3).max(200).optional(),
    options: z.array(workstationOptionSchema).min(2).max(5),
    /** What to change, in one line. */
    fix: z.string().min(10).max(300),
  })
  .strict()
  .refine((i) => i.options.some((o) => o.load === 0), {
    message: 'every item has an answer that loads nothing',
    path: ['options'],
  })
  .refine((i) => new Set(i.options.map((o) => o.id)).size === i.options.length, {
    message: 'answer ids repeat',
    path: ['options'],
  });
export type WorkstationItem = z.infer<typeof workstationItemSchema>;

export const workstationFileSchema = z.object({ items: z.array(workstationItemSchema).min(1) }).strict();

/** Problems the schema cannot see: duplicate item ids, factors no muscle in the atlas has. */
export function checkWorkstationReferences(items: readonly WorkstationItem[], muscles: readonly Muscle[]): string[] {
  const problems: string[] = [];
  const known = new Set(muscles.flatMap((m) => m.perpetuatingFactors.map((f) => f.factor)));
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) problems.push(`${WORKSTATION_FILE}: item "${item.id}": duplicate item id`);
    seen.add(item.id);
    item.options.forEach((o, i) =>
      o.factors.forEach((f, j) => {
        if (!known.has(f)) {
          problems.push(
            `${WORKSTATION_FILE}: item "${item.id}", field options.${i}.factors.${j}: no muscle in the atlas lists "${f}"`,
          );
        }
      }),
    );
  }
  return problems;
}

export function validateWorkstation(data: unknown, muscles: readonly Muscle[] = MUSCLES): WorkstationItem[] {
  const parsed = workstationFileSchema.safeParse(data);
  const problems = parsed.success
    ? checkWorkstationReferences(parsed.data.items, muscles)
    : parsed.error.issues.map((i) => `${WORKSTATION_FILE}: field ${i.path.join('.') || '(root)'}: ${i.message}`);
  if (!parsed.success || problems.length > 0) {
    throw new Error(`Invalid workstation check:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  return parsed.data.items;
}

/** The checklist, in the order it is asked. */
export const WORKSTATION_ITEMS: readonly WorkstationItem[] = validateWorkstation(rawWorkstation);

const itemsById = new Map(WORKSTATION_ITEMS.map((i) => [i.id, i]));

export function getWorkstationItem(id: string): WorkstationItem | undefined {
  return itemsById.get(id);
}

export function getWorkstationOption(itemId: string, optionId: string): WorkstationOption | undefined {
  return itemsById.get(itemId)?.options.find((o) => o.id === optionId);
}

/** One muscle an answer loads, with the atlas's own words for how each factor loads it. */
export interface LoadedMuscle {
  muscle: Muscle;
  notes: { factor: Factor; note: string }[];
}

/** The muscles these factors load, in atlas order, each with the atlas's notes for those factors. */
export function musclesLoadedBy(factors: readonly Factor[], muscles: readonly Muscle[] = MUSCLES): LoadedMuscle[] {
  return muscles
    .map((muscle) => ({
      muscle,
      notes: muscle.perpetuatingFactors
        .filter((f) => factors.includes(f.factor))
        .map((f) => ({ factor: f.factor, note: f.note })),
    }))
    .filter((m) => m.notes.length > 0);
}

// --- what a check records ---

/**
 * Answers by item id. This is the shape only: stored checks are read with it,
 * so answers from an older or newer set of items are kept (and shown as far as
 * they are understood) rather than lost.
 */
export const workstationAnswersShapeSchema = z.record(
  z.string().regex(/^[a-z0-9-]{1,60}$/, 'must be an item id'),
  z.string().regex(/^[a-z0-9-]{1,60}$/, 'must be an answer id'),
);
export type WorkstationAnswers = z.infer<typeof workstationAnswersShapeSchema>;

/** Answers as they are saved or imported: known items and answers only, at least one of them. */
export const workstationAnswersSchema = workstationAnswersShapeSchema.superRefine((answers, ctx) => {
  const entries = Object.entries(answers);
  if (entries.length === 0) ctx.addIssue({ code: 'custom', message: 'answer at least one question' });
  for (const [itemId, optionId] of entries) {
    const item = getWorkstationItem(itemId);
    if (!item) {
      ctx.addIssue({ code: 'custom', path: [itemId], message: `unknown question "${itemId}"` });
    } else if (!getWorkstationOption(itemId, optionId)) {
      ctx.addIssue({
        code: 'custom',
        path: [itemId],
        message: `unknown answer "${optionId}" (one of ${item.options.map((o) => o.id).join(', ')})`,
      });
    }
  }
});

export const workstationCheckSchema = z
  .object({
    id: entityIdSchema,
    takenAt: offsetDateTimeSchema,
    localDate: z.string(),
    answers: workstationAnswersShapeSchema,
  })
  .strict();
export type WorkstationCheck = z.infer<typeof workstationCheckSchema>;

/** One answered item with what it means. Unknown items or answers (older content) are left out. */
export interface AnsweredItem {
  item: WorkstationItem;
  option: WorkstationOption;
  loads: LoadedMuscle[];
}

export function answeredItems(answers: WorkstationAnswers): AnsweredItem[] {
  return WORKSTATION_ITEMS.flatMap((item) => {
    const option = answers[item.id] === undefined ? undefined : getWorkstationOption(item.id, answers[item.id]!);
    return option ? [{ item, option, loads: musclesLoadedBy(option.factors) }] : [];
  });
}

// --- comparing two checks (the weekly report) ---

export interface ItemChange {
  itemId: string;
  topic: string;
  from: { id: string; label: string; load: Load };
  to: { id: string; label: string; load: Load };
}

export interface WorkstationComparison {
  /** The earlier and the later check compared. */
  previousId: string;
  latestId: string;
  /** Answers that load the body less than before. */
  improved: ItemChange[];
  /** Answers that load the body more than before. */
  worse: ItemChange[];
  /** A different answer with the same load (say, a hard seat instead of slumping). */
  changed: ItemChange[];
  /** Items answered the same both times. */
  unchanged: string[];
}

/**
 * What changed between two checks. Only items answered (with answers this
 * version knows) in both are compared; checks may come in either order.
 */
export function compareWorkstationChecks(a: WorkstationCheck, b: WorkstationCheck): WorkstationComparison {
  const [previous, latest] = Date.parse(a.takenAt) <= Date.parse(b.takenAt) ? [a, b] : [b, a];
  const result: WorkstationComparison = {
    previousId: previous.id,
    latestId: latest.id,
    improved: [],
    worse: [],
    changed: [],
    unchanged: [],
  };
  for (const item of WORKSTATION_ITEMS) {
    const fromId = previous.answers[item.id];
    const toId = latest.answers[item.id];
    const from = fromId === undefined ? undefined : getWorkstationOption(item.id, fromId);
    const to = toId === undefined ? undefined : getWorkstationOption(item.id, toId);
    if (!from || !to) continue;
    if (from.id === to.id) {
      result.unchanged.push(item.id);
      continue;
    }
    const change: ItemChange = {
      itemId: item.id,
      topic: item.topic,
      from: { id: from.id, label: from.label, load: from.load },
      to: { id: to.id, label: to.label, load: to.load },
    };
    if (to.load < from.load) result.improved.push(change);
    else if (to.load > from.load) result.worse.push(change);
    else result.changed.push(change);
  }
  return result;
}

/** The comparison of the latest two checks in a most-recent-first list (workstation:list), or null with fewer than two. */
export function compareLatestWorkstationChecks(checks: readonly WorkstationCheck[]): WorkstationComparison | null {
  const [latest, previous] = checks;
  return latest && previous ? compareWorkstationChecks(previous, latest) : null;
}

/** One plain line per change, for the report: "Phone on calls: better (now: headset, speaker or in my hand)." */
export function describeWorkstationChanges(comparison: WorkstationComparison): string[] {
  const line = (c: ItemChange, how: string) =>
    `${c.topic}: ${how} (was: ${lower(c.from.label)}; now: ${lower(c.to.label)}).`;
  return [
    ...comparison.improved.map((c) => line(c, 'better')),
    ...comparison.worse.map((c) => line(c, 'more strain')),
    ...comparison.changed.map((c) => line(c, 'different')),
  ];
}

/** Lower-cases the first letter to run on in a sentence, but keeps "I" and acronyms. */
function lower(text: string): string {
  if (/^(I\b|[A-Z]{2})/.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
