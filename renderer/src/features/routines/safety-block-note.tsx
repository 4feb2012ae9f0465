/**
 * Owns how a safety stop that holds for the day reads wherever it matters (the
 * player before starting, a muscle page, a possible source): which side of
 * which muscle gets no pressure today, why (the reason the person gave, with
 * the time), and that stop's advice. The rule itself is common/domain/safety-blocks.ts;
 * useSafetyBlocksToday reads the day's blocks from main.
 */
import { useEffect, useState } from 'react';
import { getMuscle, getRoutine } from '@common/domain/atlas';
import { safetyBlocksOn, type SafetyBlock } from '@common/domain/safety-blocks';
import { STOP_REASON_LABELS } from '@common/domain/routine-sessions';
import { api } from '@renderer/lib/api';
import { formatClockTime, todayLocalDate } from '@renderer/lib/dates';
import { STOP_ADVICE } from '@common/domain/stop-advice';

/** Today's safety-stop blocks ([] until they are read, or when they cannot be). */
export function useSafetyBlocksToday(): SafetyBlock[] {
  const [blocks, setBlocks] = useState<SafetyBlock[]>([]);
  useEffect(() => {
    let alive = true;
    const date = todayLocalDate();
    api.routines.sessions({ from: date, to: date }).then(
      (sessions) => alive && setBlocks(safetyBlocksOn(sessions, date)),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, []);
  return blocks;
}

interface Group {
  key: string;
  muscle: string;
  sides: SafetyBlock['side'][];
  block: SafetyBlock;
}

/** One note per stop and muscle: both sides of one stop read as one sentence. */
function groups(blocks: readonly SafetyBlock[]): Group[] {
  const out = new Map<string, Group>();
  for (const b of blocks) {
    const key = `${b.muscle}|${b.routineId}|${b.at}|${b.reason}`;
    const g = out.get(key);
    if (g) g.sides.push(b.side);
    else out.set(key, { key, muscle: b.muscle, sides: [b.side], block: b });
  }
  return [...out.values()];
}

function sideWords(sides: readonly SafetyBlock['side'][]): string {
  return sides.length > 1 ? 'either side' : `your ${sides[0]} side`;
}

interface Props {
  blocks: readonly SafetyBlock[];
  /** Name the muscle in the heading (a note beside other muscles, e.g. on the list of possible sources). */
  nameMuscle?: boolean;
  /** The player also says what still runs. */
  stretchesStillRun?: boolean;
  /** Keep it to the heading and the reason (a card among others); the advice is a click away. */
  brief?: boolean;
}

export function SafetyBlockNote({ blocks, nameMuscle, stretchesStillRun, brief }: Props) {
  if (blocks.length === 0) return null;
  return (
    <div className="alert warning safety-block">
      {groups(blocks).map(({ key, muscle, sides, block }) => {
        const muscleName = getMuscle(muscle)?.name ?? muscle;
        const routineTitle = getRoutine(block.routineId)?.title ?? 'a routine';
        const advice = STOP_ADVICE[block.reason];
        return (
          <div key={key} className="safety-block-one">
            <h3>
              No pressure {nameMuscle ? `on ${muscleName}, ` : 'on '}
              {sideWords(sides)} today
            </h3>
            <p>
              You stopped {routineTitle} at {formatClockTime(block.at)} with{' '}
              {STOP_REASON_LABELS[block.reason].toLowerCase()}.
              {stretchesStillRun && ' Gentle stretches still run; the pressure steps are left out.'}
            </p>
            {!brief && (
              <ul className="safety-block-advice">
                {advice.lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </div>
  );
}
