/**
 * Owns what the "Possible sources" view shows, apart from drawing it: its
 * address (an entry, or regions with their ratings), the person's own relief
 * per muscle from their rated routine sessions, the ranked muscles with their
 * release routine, and the words for relief and for an empty result. Ranking
 * itself is common/domain/sources.ts. Pure, so it is unit-tested in Node.
 */
import { MUSCLES, getMuscle, releaseRoutineFor } from '@common/domain/atlas';
import { isRegionId } from '@common/domain/body-regions';
import type { Side } from '@common/domain/content';
import { isDone, type RoutineSession } from '@common/domain/routine-sessions';
import { rankSources, type PainPoint } from '@common/domain/sources';
import { regionList } from '@renderer/ui/body-map/names';

/** What the view is about: one logged entry, or regions picked on the map (each with its 0–10 when known). */
export type SourcesQuery = { kind: 'entry'; entryId: string } | { kind: 'regions'; points: PainPoint[] };

/** A region picked in the view itself has no rating: rankSources counts it as 1. */
export const UNRATED = 0;

/**
 * The view's address after "sources": ["entry", id], or one part per region,
 * "temple-right" or "temple-right~6" with its rating. Unknown regions and
 * repeats are dropped, so an old or mistyped link still shows what it can.
 */
export function parseSourcesParams(params: readonly string[]): SourcesQuery {
  if (params[0] === 'entry' && params[1]) return { kind: 'entry', entryId: params[1] };
  const points: PainPoint[] = [];
  for (const part of params) {
    const [region = '', rating] = part.split('~');
    if (!isRegionId(region) || points.some((p) => p.region === region)) continue;
    const value = rating === undefined ? UNRATED : Number(rating);
    const intensity = Number.isInteger(value) && value >= 0 && value <= 10 ? value : UNRATED;
    points.push({ region, intensity });
  }
  return { kind: 'regions', points };
}

/** The reverse of parseSourcesParams for regions: what goes after "sources" in the address. */
export function sourcesParams(points: readonly PainPoint[]): string[] {
  return points.map((p) => (p.intensity > UNRATED ? `${p.region}~${p.intensity}` : p.region));
}

export interface MuscleRelief {
  /** Mean of before − after over the sessions rated both before and after. */
  relief: number;
  /** How many such sessions. */
  sessions: number;
}

/**
 * The person's own relief per muscle: every rated session of any routine that
 * works that muscle counts (the same rule main uses for the day's suggestion).
 */
export function reliefByMuscle(
  sessions: readonly Pick<RoutineSession, 'muscles' | 'before' | 'after' | 'stopReason'>[],
): Record<string, MuscleRelief> {
  const sums = new Map<string, { total: number; n: number }>();
  for (const s of sessions) {
    // Only routines done to their end count toward relief (main's rule too: routine-repository.ts).
    if (!isDone(s) || s.before === null || s.after === null) continue;
    for (const muscle of new Set(s.muscles)) {
      const sum = sums.get(muscle) ?? { total: 0, n: 0 };
      sum.total += s.before - s.after;
      sum.n += 1;
      sums.set(muscle, sum);
    }
  }
  return Object.fromEntries([...sums].map(([m, { total, n }]) => [m, { relief: total / n, sessions: n }]));
}

export interface SourceCard {
  muscleId: string;
  name: string;
  plainName: string;
  side: Side;
  /** Region ids of the pain this muscle's pattern covers, in the order they were given. */
  matched: string[];
  /** Region ids of the pain where its trigger points sit (pain at the knot itself), not in `matched`. */
  atKnot: string[];
  /** The muscle's release routine, when the atlas has one. */
  routineId: string | null;
  relief: MuscleRelief | null;
}

/** Ranked possible sources for the pain, each with what the view needs to show and start it. */
export function possibleSources(
  points: readonly PainPoint[],
  relief: Readonly<Record<string, MuscleRelief>> = {},
): SourceCard[] {
  const reliefOnly = Object.fromEntries(Object.entries(relief).map(([m, r]) => [m, r.relief]));
  return rankSources(points, reliefOnly).flatMap((source) => {
    const muscle = getMuscle(source.muscle);
    if (!muscle) return [];
    return [
      {
        muscleId: muscle.id,
        name: muscle.name,
        plainName: muscle.plainName,
        side: source.side,
        matched: source.matched,
        atKnot: source.atKnot,
        routineId: releaseRoutineFor(muscle.id)?.id ?? null,
        relief: relief[muscle.id] ?? null,
      },
    ];
  });
}

/** "about 2 points", "about 1.5 points", "about 1 point": halves are as precise as a 0–10 rating gets. */
function aboutPoints(value: number): string {
  const rounded = Math.round(Math.abs(value) * 2) / 2;
  return `about ${rounded} ${rounded === 1 ? 'point' : 'points'}`;
}

const sessionWords = (n: number) => (n === 1 ? '1 rated session' : `${n} rated sessions`);

/** The person's own experience with a muscle's routines, in plain words (null when there is none yet). */
export function reliefSentence(relief: MuscleRelief | null): string | null {
  if (!relief || relief.sessions === 0) return null;
  const from = sessionWords(relief.sessions);
  if (relief.relief >= 0.25) return `Its routines have helped you by ${aboutPoints(relief.relief)} (${from}).`;
  if (relief.relief > -0.25) return `Its routines have made little difference for you so far (${from}).`;
  return `Your pain was ${aboutPoints(relief.relief)} higher after its routines (${from}). Go gently, or leave it out.`;
}

/** Why the list is empty, kindly: nothing picked yet, or no muscle in the atlas refers there. */
export function emptySourcesText(points: readonly PainPoint[]): { title: string; body: string } {
  if (!points.length) {
    return {
      title: 'Mark where it hurts to see possible sources.',
      body: 'Pick one or more places on the body map, or open this view from an entry in your pain log.',
    };
  }
  return {
    title: `No muscle in Unknot’s atlas is known to send pain to ${regionList(points.map((p) => p.region))}.`,
    body:
      `Unknot knows the usual patterns of ${MUSCLES.length} muscles, and pain here may come from something else. ` +
      'If it keeps coming back, gets worse or worries you, a doctor or physical therapist can help find out why.',
  };
}
