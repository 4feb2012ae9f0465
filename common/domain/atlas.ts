/**
 * Owns the trigger-point atlas as the app uses it: the validated muscles and
 * routines from resources/content/, their cross-references (every routine's
 * muscles exist, every muscle has exactly one release routine, ids are unique),
 * and the lookups that turn content region names into full sided region ids.
 * Validated at import so a broken content file fails loudly at start-up and in tests.
 */
import type { z } from 'zod';
import rawMuscles from '../../resources/content/muscles.json';
import rawRoutines from '../../resources/content/routines.json';
import { BODY_REGIONS, isRegionId } from './body-regions';
import { muscleFileSchema, routineFileSchema, type Muscle, type Routine, type Side } from './content';

export const MUSCLES_FILE = 'resources/content/muscles.json';
export const ROUTINES_FILE = 'resources/content/routines.json';

export type { Side };

/** One thing wrong with the content, precise enough to fix by hand. */
export interface AtlasProblem {
  file: string;
  /** The muscle or routine id (or "#index" when the item has no usable id). */
  item: string | null;
  /** Dotted path inside the item, e.g. "steps.1.seconds". */
  field: string;
  message: string;
}

export function formatAtlasProblem(p: AtlasProblem): string {
  const what = p.item === null ? '' : ` ${p.file === MUSCLES_FILE ? 'muscle' : 'routine'} "${p.item}",`;
  return `${p.file}:${what} field ${p.field || '(root)'}: ${p.message}`;
}

function issueToProblem(file: string, listKey: string, data: unknown, issue: z.core.$ZodIssue): AtlasProblem {
  const path = issue.path.map((k) => (typeof k === 'symbol' ? k.toString() : k));
  if (path[0] === listKey && typeof path[1] === 'number') {
    const list = (data as Record<string, unknown> | null)?.[listKey];
    const entry = Array.isArray(list) ? (list[path[1]] as { id?: unknown } | undefined) : undefined;
    const item = typeof entry?.id === 'string' && entry.id ? entry.id : `#${path[1]}`;
    return { file, item, field: path.slice(2).join('.'), message: issue.message };
  }
  return { file, item: null, field: path.join('.'), message: issue.message };
}

/**
 * Cross-reference checks on already-parsed content. Returns every problem found
 * (an empty list means the atlas is consistent); callable on in-memory data.
 */
export function checkAtlasReferences(muscles: readonly Muscle[], routines: readonly Routine[]): AtlasProblem[] {
  const problems: AtlasProblem[] = [];
  const muscleById = new Map<string, Muscle>();
  for (const m of muscles) {
    if (muscleById.has(m.id)) {
      problems.push({ file: MUSCLES_FILE, item: m.id, field: 'id', message: `duplicate muscle id "${m.id}"` });
    }
    muscleById.set(m.id, m);
  }

  const routineIds = new Set<string>();
  const releaseByMuscle = new Map<string, string[]>();
  for (const r of routines) {
    if (routineIds.has(r.id)) {
      problems.push({ file: ROUTINES_FILE, item: r.id, field: 'id', message: `duplicate routine id "${r.id}"` });
    }
    routineIds.add(r.id);

    r.muscles.forEach((mid, i) => {
      if (!muscleById.has(mid)) {
        problems.push({
          file: ROUTINES_FILE,
          item: r.id,
          field: `muscles.${i}`,
          message: `unknown muscle "${mid}" (not in ${MUSCLES_FILE})`,
        });
      }
    });

    if (r.steps.some((s) => s.kind === 'press') && r.cautions.length === 0) {
      problems.push({
        file: ROUTINES_FILE,
        item: r.id,
        field: 'cautions',
        message: 'a routine with a press step needs at least one caution',
      });
    }

    if (r.kind === 'strength') {
      const missing = !r.dose ? 'dose' : !r.progression ? 'progression' : r.stopIf.length === 0 ? 'stopIf' : null;
      if (missing) {
        problems.push({
          file: ROUTINES_FILE,
          item: r.id,
          field: missing,
          message: 'a strengthening routine names its dose, its progression and when to stop',
        });
      } else if (
        r.dose &&
        (r.rounds !== r.dose.sets || (r.dose.sets > 1 && r.restBetweenRoundsSeconds !== r.dose.restSeconds))
      ) {
        problems.push({
          file: ROUTINES_FILE,
          item: r.id,
          field: 'rounds',
          message: `the player runs one set per round: rounds must be ${r.dose.sets} and the rest between them ${r.dose.restSeconds} s`,
        });
      }
    } else if (r.dose || r.progression) {
      problems.push({
        file: ROUTINES_FILE,
        item: r.id,
        field: r.dose ? 'dose' : 'progression',
        message: 'only a strengthening routine has a dose and a progression',
      });
    }

    if ((r.kind === 'micro' || r.kind === 'stretch' || r.kind === 'relax') && r.stopIf.length === 0) {
      problems.push({
        file: ROUTINES_FILE,
        item: r.id,
        field: 'stopIf',
        message: 'a micro-pause, stretch break or relaxation says when to stop (at least one "Stop if …")',
      });
    }

    if (r.kind === 'release') {
      const [only] = r.muscles;
      if (r.muscles.length !== 1 || only === undefined) {
        problems.push({
          file: ROUTINES_FILE,
          item: r.id,
          field: 'muscles',
          message: 'a release routine names exactly one muscle',
        });
        continue;
      }
      if (r.id !== `release-${only}`) {
        problems.push({
          file: ROUTINES_FILE,
          item: r.id,
          field: 'id',
          message: `a release routine for "${only}" must have the id "release-${only}"`,
        });
      }
      releaseByMuscle.set(only, [...(releaseByMuscle.get(only) ?? []), r.id]);
      const muscle = muscleById.get(only);
      if (muscle) {
        r.steps.forEach((s, i) => {
          if (s.kind === 'stretch' && s.seconds !== muscle.stretch.holdSeconds) {
            problems.push({
              file: ROUTINES_FILE,
              item: r.id,
              field: `steps.${i}.seconds`,
              message: `the stretch holds for ${muscle.stretch.holdSeconds} s, as "${only}" stretch.holdSeconds says, not ${s.seconds}`,
            });
          }
        });
      }
    }
  }

  for (const m of muscles) {
    const found = releaseByMuscle.get(m.id) ?? [];
    if (found.length !== 1) {
      problems.push({
        file: MUSCLES_FILE,
        item: m.id,
        field: 'id',
        message:
          found.length === 0
            ? `no release routine in ${ROUTINES_FILE} (expected "release-${m.id}")`
            : `${found.length} release routines in ${ROUTINES_FILE} (${found.join(', ')}); expected exactly one`,
      });
    }
  }
  return problems;
}

export interface Atlas {
  muscles: readonly Muscle[];
  routines: readonly Routine[];
}

/**
 * Parses both content files and checks their cross-references. Throws one
 * Error listing every problem, each naming the file, the item id and the field.
 */
export function validateAtlas(muscleData: unknown, routineData: unknown): Atlas {
  const problems: AtlasProblem[] = [];
  const m = muscleFileSchema.safeParse(muscleData);
  if (!m.success) problems.push(...m.error.issues.map((i) => issueToProblem(MUSCLES_FILE, 'muscles', muscleData, i)));
  const r = routineFileSchema.safeParse(routineData);
  if (!r.success) {
    problems.push(...r.error.issues.map((i) => issueToProblem(ROUTINES_FILE, 'routines', routineData, i)));
  }
  if (m.success && r.success) problems.push(...checkAtlasReferences(m.data.muscles, r.data.routines));
  if (problems.length > 0 || !m.success || !r.success) {
    throw new Error(
      `Invalid trigger-point content:\n${problems.map((p) => `  - ${formatAtlasProblem(p)}`).join('\n')}`,
    );
  }
  return { muscles: m.data.muscles, routines: r.data.routines };
}

const atlas = validateAtlas(rawMuscles, rawRoutines);

export const MUSCLES: readonly Muscle[] = atlas.muscles;
export const ROUTINES: readonly Routine[] = atlas.routines;

const musclesById = new Map(MUSCLES.map((m) => [m.id, m]));
const routinesById = new Map(ROUTINES.map((r) => [r.id, r]));
const releaseByMuscleId = new Map(
  ROUTINES.filter((r) => r.kind === 'release').map((r) => [r.muscles[0] ?? '', r] as const),
);

export function getMuscle(id: string): Muscle | undefined {
  return musclesById.get(id);
}

export function getRoutine(id: string): Routine | undefined {
  return routinesById.get(id);
}

/** The one release routine for a muscle (undefined only for an unknown muscle id). */
export function releaseRoutineFor(muscleId: string): Routine | undefined {
  return releaseByMuscleId.get(muscleId);
}

const midlineIds = new Set(BODY_REGIONS.filter((r) => r.side === 'midline').map((r) => r.id));

/**
 * A content region name on one side of the body as a full region id:
 * "temple" → "temple-left"; a midline id ("sternum") stays as it is.
 * Throws for a name that is neither (content is validated, so this is a programming error).
 */
export function expandRegions(base: string, side: Side): string {
  if (midlineIds.has(base)) return base;
  const id = `${base}-${side}`;
  if (!isRegionId(id)) throw new Error(`expandRegions: "${base}" is not a region base id or a midline id`);
  return id;
}

function expandAll(bases: readonly string[], side: Side): string[] {
  return [...new Set(bases.map((b) => expandRegions(b, side)))];
}

/** Full region ids where this muscle on `side` can send pain, most typical first (midline ones shared). */
export function muscleReferralRegions(muscle: Muscle, side: Side): string[] {
  return expandAll(muscle.refersTo, side);
}

/** Full region ids where this muscle's trigger points usually sit, on `side`. */
export function muscleTriggerRegions(muscle: Muscle, side: Side): string[] {
  return expandAll(muscle.triggerSites.regions, side);
}
