/**
 * Owns the rule that makes a safety stop stick: after a stop whose advice is
 * "not again today" (numbness or tingling, sharp or shooting pain, dizziness,
 * pain rising; STOP_FOR_TODAY_REASONS), pressure on the routine's muscles is
 * held back on the side it stopped on for the rest of that local day. Stretch
 * steps still run. Derived from the day's saved sessions, so every screen (the
 * player, a muscle page, Possible sources) reads the same blocks. Pure.
 */
import type { Side } from './content';
import type { StopReason } from './player';
import type { RoutineSession } from './routine-sessions';
import { STOP_FOR_TODAY_REASONS } from './policy';

export interface SafetyBlock {
  muscle: string;
  side: Side;
  reason: StopReason;
  routineId: string;
  /** When the stop happened (the session's end), as saved. */
  at: string;
}

type StoppedSession = Pick<
  RoutineSession,
  'routineId' | 'muscles' | 'side' | 'localDate' | 'endedAt' | 'stopReason' | 'stopSide'
>;

const BOTH: readonly Side[] = ['left', 'right'];

/**
 * The sides a stop holds back: the side it stopped on; both when that is not
 * known (a session without sides, or one saved before the side was recorded)
 * or when the reason is dizziness ("don't repeat this routine today", not one spot).
 */
export function blockedSides(session: Pick<StoppedSession, 'side' | 'stopSide' | 'stopReason'>): readonly Side[] {
  if (session.stopReason === 'dizziness') return BOTH;
  if (session.stopSide) return [session.stopSide];
  if (session.side === 'left' || session.side === 'right') return [session.side];
  return BOTH;
}

/** Every muscle and side held back on `localDate`, the earliest stop first; one block per muscle and side. */
export function safetyBlocksOn(sessions: readonly StoppedSession[], localDate: string): SafetyBlock[] {
  const stops = sessions
    .filter(
      (s) => s.localDate === localDate && (STOP_FOR_TODAY_REASONS as readonly string[]).includes(s.stopReason ?? ''),
    )
    .sort((a, b) => Date.parse(a.endedAt) - Date.parse(b.endedAt));
  const blocks = new Map<string, SafetyBlock>();
  for (const s of stops) {
    for (const muscle of s.muscles) {
      for (const side of blockedSides(s)) {
        const key = `${muscle}:${side}`;
        if (!blocks.has(key)) {
          blocks.set(key, { muscle, side, reason: s.stopReason as StopReason, routineId: s.routineId, at: s.endedAt });
        }
      }
    }
  }
  return [...blocks.values()];
}

/**
 * The block that holds back pressure for these muscles on this side, if any
 * (side null: a routine without sides, held back by a block on either side).
 */
export function findBlock(
  blocks: readonly SafetyBlock[],
  muscles: readonly string[],
  side: Side | null,
): SafetyBlock | undefined {
  return blocks.find((b) => muscles.includes(b.muscle) && (side === null || b.side === side));
}
