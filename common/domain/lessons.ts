/**
 * Owns the Learn lessons as the app uses them: the shape of
 * resources/content/lessons.json, its cross-references (every linked routine
 * and muscle exists in the atlas, ids are unique), reading order and reading
 * time. Validated at import, like the atlas, so a broken lesson fails loudly at
 * start-up and in tests rather than on someone's screen.
 *
 * The warning signs are not written into the lessons: a `warning-signs` block
 * shows the list from red-flags.ts, so the lesson and the daily check-in can
 * never disagree.
 */
import { z } from 'zod';
import rawLessons from '../../resources/content/lessons.json';
import { getMuscle, getRoutine } from './atlas';
import { TRIAGE_TIERS, signsOfTier } from './red-flags';

export const LESSONS_FILE = 'resources/content/lessons.json';
/** The lesson the routine player links back to. */
export const HOW_TO_PRESS_LESSON_ID = 'how-to-press';
/** The workstation check's page inside Learn: #/learn/workstation-check. */
export const WORKSTATION_CHECK_PAGE = 'workstation-check';
/** Sub-routes of #/learn that are pages, not lessons, so no lesson may take their name. */
export const RESERVED_LESSON_IDS = [WORKSTATION_CHECK_PAGE] as const;

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case');
const paragraph = z.string().min(3).max(700);

export const lessonBlockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('heading'), text: z.string().min(2).max(80) }).strict(),
  z.object({ kind: z.literal('text'), text: paragraph }).strict(),
  /** Bullets. */
  z.object({ kind: z.literal('list'), items: z.array(paragraph).min(2).max(10) }).strict(),
  /** Numbered steps, done in order. */
  z.object({ kind: z.literal('steps'), items: z.array(paragraph).min(2).max(10) }).strict(),
  /** The app's own warning signs of one triage tier, from red-flags.ts. */
  z.object({ kind: z.literal('warning-signs'), tier: z.enum(TRIAGE_TIERS) }).strict(),
]);
export type LessonBlock = z.infer<typeof lessonBlockSchema>;

export const lessonSchema = z
  .object({
    id: kebab,
    title: z.string().min(3).max(70),
    /** One line for the list of lessons. */
    summary: z
      .string()
      .min(10)
      .max(160)
      .regex(/^[^\n]*$/, 'must be one line'),
    body: z.array(lessonBlockSchema).min(2).max(20),
    /** Routine ids (built-in) this lesson puts into practice. */
    routines: z.array(kebab).default([]),
    /** Muscle ids from the atlas this lesson talks about. */
    muscles: z.array(kebab).default([]),
    /** Whether the lesson ends with a way into the workstation check. */
    workstationCheck: z.boolean().default(false),
    /** Where the facts come from, as the domain reference cites them. */
    sources: z.array(z.string().min(5).max(300)).min(1, 'every lesson names at least one source'),
  })
  .strict();
export type Lesson = z.infer<typeof lessonSchema>;

export const lessonFileSchema = z.object({ lessons: z.array(lessonSchema).min(8).max(12) }).strict();

/** Cross-reference problems in parsed lessons, each naming the lesson and field; empty means consistent. */
export function checkLessonReferences(lessons: readonly Lesson[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  lessons.forEach((lesson) => {
    const at = (field: string) => `${LESSONS_FILE}: lesson "${lesson.id}", field ${field}`;
    if (seen.has(lesson.id)) problems.push(`${at('id')}: duplicate lesson id`);
    seen.add(lesson.id);
    if ((RESERVED_LESSON_IDS as readonly string[]).includes(lesson.id)) {
      problems.push(`${at('id')}: "${lesson.id}" is the name of a Learn page, pick another id`);
    }
    lesson.routines.forEach((id, i) => {
      if (!getRoutine(id)) problems.push(`${at(`routines.${i}`)}: unknown routine "${id}"`);
    });
    lesson.muscles.forEach((id, i) => {
      if (!getMuscle(id)) problems.push(`${at(`muscles.${i}`)}: unknown muscle "${id}"`);
    });
    if (new Set(lesson.routines).size !== lesson.routines.length)
      problems.push(`${at('routines')}: lists a routine twice`);
    if (new Set(lesson.muscles).size !== lesson.muscles.length) problems.push(`${at('muscles')}: lists a muscle twice`);
  });
  return problems;
}

/** Parses and cross-checks the lessons file; throws one Error listing every problem. */
export function validateLessons(data: unknown): Lesson[] {
  const parsed = lessonFileSchema.safeParse(data);
  const problems = parsed.success
    ? checkLessonReferences(parsed.data.lessons)
    : parsed.error.issues.map((i) => `${LESSONS_FILE}: field ${i.path.join('.') || '(root)'}: ${i.message}`);
  if (!parsed.success || problems.length > 0) {
    throw new Error(`Invalid lessons:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  return parsed.data.lessons;
}

/** The lessons in reading order. */
export const LESSONS: readonly Lesson[] = validateLessons(rawLessons);

const lessonsById = new Map(LESSONS.map((l) => [l.id, l]));

export function getLesson(id: string): Lesson | undefined {
  return lessonsById.get(id);
}

/** The lessons before and after this one in reading order (null at either end or for an unknown id). */
export function lessonNeighbours(id: string): { previous: Lesson | null; next: Lesson | null } {
  const i = LESSONS.findIndex((l) => l.id === id);
  if (i < 0) return { previous: null, next: null };
  return { previous: LESSONS[i - 1] ?? null, next: LESSONS[i + 1] ?? null };
}

/** The warning signs a `warning-signs` block shows. */
export function warningSignsFor(block: Extract<LessonBlock, { kind: 'warning-signs' }>): string[] {
  return signsOfTier(block.tier).map((s) => s.label);
}

/** Every word a reader sees in the lesson's body, for the reading time. */
function bodyText(lesson: Lesson): string[] {
  return lesson.body.flatMap((b) => {
    switch (b.kind) {
      case 'heading':
      case 'text':
        return [b.text];
      case 'list':
      case 'steps':
        return b.items;
      case 'warning-signs':
        return warningSignsFor(b);
    }
  });
}

/** Slow, careful reading: health text read on a screen, often by someone in pain. */
const WORDS_PER_MINUTE = 180;

export function wordCount(lesson: Lesson): number {
  return [lesson.title, ...bodyText(lesson)].join(' ').split(/\s+/).filter(Boolean).length;
}

/** Whole minutes to read the lesson, at least 1. */
export function readingMinutes(lesson: Lesson): number {
  return Math.max(1, Math.round(wordCount(lesson) / WORDS_PER_MINUTE));
}
