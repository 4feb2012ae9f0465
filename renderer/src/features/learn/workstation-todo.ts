/**
 * Owns the workstation check's results as a ranked to-do list: each answer
 * that adds strain becomes one fix (its short to-do first), ranked by how much
 * of the pain the person logged over the last TODO_WINDOW_DAYS the muscles it
 * loads can account for (common/domain/desk-fixes.ts), each with those muscles,
 * the logged places behind its rank and one release routine; and what marking
 * a fix done saves: the same answers with that item changed to the answer that
 * loads nothing, so the change is recorded like any redone check (and the
 * weekly report names it). Pure, so it is unit-tested.
 */
import { rankDeskFixes } from '@common/domain/desk-fixes';
import { regionBurdens } from '@common/domain/region-burden';
import { getMuscle, getRoutine } from '@common/domain/atlas';
import { regionDisplayName } from '@common/domain/body-regions';
import { shiftDate } from '@common/domain/iso-week';
import {
  getWorkstationItem,
  getWorkstationOption,
  type WorkstationAnswers,
  type WorkstationCheck,
} from '@common/domain/workstation';
import type { PainEntry } from '@common/domain/pain';
import { FACTOR_WINDOW_DAYS } from '@common/domain/policy';

/** The pain the to-do list is ranked by: the same four weeks the report's patterns look at. */
export const TODO_WINDOW_DAYS = FACTOR_WINDOW_DAYS;

export function todoWindow(today: string): { from: string; to: string } {
  return { from: shiftDate(today, -(TODO_WINDOW_DAYS - 1)), to: today };
}

export interface TodoItem {
  itemId: string;
  topic: string;
  /** "Raise your screen to eye level". */
  todo: string;
  /** How, in a sentence (the item's fix). */
  how: string;
  answer: string;
  why: string | null;
  load: number;
  muscles: { id: string; name: string }[];
  /** Logged places these muscles can account for, most pain first. */
  places: string[];
  routine: { id: string; title: string; side: 'left' | 'right' | null } | null;
  score: number;
}

/** The check's straining answers as to-dos, most logged pain first (then the heavier load, then the check's order). */
export function buildTodoList(check: WorkstationCheck, entries: readonly PainEntry[]): TodoItem[] {
  const burden = new Map(
    regionBurdens(
      entries.flatMap((e) =>
        e.regions.map((r) => ({ entryId: e.id, date: e.localDate, region: r.region, intensity: r.intensity })),
      ),
    ).map((r) => [r.region, r.burden]),
  );
  return rankDeskFixes(check.answers, burden).map((fix) => {
    const item = getWorkstationItem(fix.itemId)!;
    const option = getWorkstationOption(fix.itemId, fix.optionId)!;
    const routine = fix.routineId ? getRoutine(fix.routineId) : undefined;
    return {
      itemId: fix.itemId,
      topic: item.topic,
      todo: option.todo ?? item.topic,
      how: item.fix,
      answer: option.label,
      why: option.why ?? null,
      load: fix.load,
      muscles: fix.muscles.map((id) => ({ id, name: getMuscle(id)?.name ?? id })),
      places: fix.regions.map(regionDisplayName),
      routine: routine ? { id: routine.id, title: routine.title, side: fix.side } : null,
      score: fix.score,
    };
  });
}

/** The answers to save when a fix is done: that item moves to its answer that loads nothing. */
export function answersWithFixDone(answers: WorkstationAnswers, itemId: string): WorkstationAnswers {
  const relaxed = getWorkstationItem(itemId)?.options.find((o) => o.load === 0);
  if (!relaxed) return answers;
  return { ...answers, [itemId]: relaxed.id };
}
