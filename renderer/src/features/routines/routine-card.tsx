/**
 * Owns one routine in the library: what it is for, how long it takes, what you
 * need, which muscles (each a link to its page), its cautions folded away, and
 * the person's own history with it.
 */
import { useId } from 'react';
import type { Routine } from '@common/domain/content';
import { TOOL_LABELS } from '@common/domain/content';
import type { RoutineStats } from '@common/domain/routine-sessions';
import { cautionsFor } from '@common/domain/pressure-cautions';
import {
  doseSentence,
  formatLength,
  historySentence,
  muscleNames,
  routineSeconds,
  stopIfSentence,
} from './routine-meta';
import './routines.css';

interface Props {
  routine: Routine;
  stats: RoutineStats[string] | undefined;
  /** Extra words above the summary, e.g. why today's suggestion was picked. */
  reason?: string;
  /** The person's own routines can be edited and deleted. */
  onDelete?(routine: Routine): void;
  featured?: boolean;
  /** Start on this side (today's suggestion knows which side hurts). */
  side?: 'left' | 'right' | undefined;
}

export function RoutineCard({ routine, stats, reason, onDelete, featured, side }: Props) {
  const titleId = useId();
  const muscles = muscleNames(routine);
  const tried = (stats?.n ?? 0) > 0;
  // Its own cautions, then those of the places it presses (the front of the neck, implants, ribs and spine…).
  const cautions = cautionsFor(routine);
  const stop = stopIfSentence(routine.stopIf);
  const dose = doseSentence(routine);
  return (
    <article
      className="routine-card"
      aria-labelledby={titleId}
      data-featured={featured ? '' : undefined}
      data-routine={routine.id}
    >
      <h3 id={titleId}>{routine.title}</h3>
      {reason && <p className="routine-reason">{reason}</p>}
      <p className="routine-summary">{routine.summary}</p>
      <ul className="routine-facts" aria-label="At a glance">
        <li>
          <span className="visually-hidden">Length: </span>
          {formatLength(routineSeconds(routine))}
        </li>
        <li>
          <span className="visually-hidden">Tools: </span>
          {routine.tools.map((t) => TOOL_LABELS[t]).join(', ')}
        </li>
        {routine.bothSides && <li>Both sides</li>}
        {routine.rounds > 1 && <li>{routine.rounds} rounds</li>}
      </ul>
      {muscles.length > 0 && (
        <p className="routine-muscles">
          <span className="routine-label">Muscles:</span>{' '}
          {muscles.map((m, i) => (
            <span key={m.id}>
              {i > 0 && ', '}
              <a href={`#/routines/muscle/${m.id}`}>{m.name}</a>
            </span>
          ))}
        </p>
      )}
      {dose && (
        <p className="routine-dose">
          <span className="routine-label">Dose:</span> {dose}
        </p>
      )}
      {stop && <p className="routine-stop">{stop}</p>}
      {cautions.length > 0 && (
        <details className="routine-cautions">
          <summary>
            Cautions <span className="hint">({cautions.length})</span>
          </summary>
          <ul>
            {cautions.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </details>
      )}
      <p className="routine-history" data-tried={tried ? '' : undefined}>
        <span className="routine-label">Your history:</span> {historySentence(stats)}
      </p>
      <div className="actions routine-actions">
        <a
          className="button primary"
          href={`#/routines/play/${encodeURIComponent(routine.id)}${side ? `/${side}` : ''}`}
          aria-label={`Start ${routine.title}`}
        >
          Start
        </a>
        {onDelete && (
          <>
            <a
              className="button"
              href={`#/routines/edit/${encodeURIComponent(routine.id)}`}
              aria-label={`Edit ${routine.title}`}
            >
              Edit
            </a>
            <button
              type="button"
              className="danger"
              onClick={() => onDelete(routine)}
              aria-label={`Delete ${routine.title}`}
            >
              Delete
            </button>
          </>
        )}
      </div>
    </article>
  );
}
