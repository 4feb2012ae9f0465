/**
 * Owns one possible source in the "Possible sources" list: the muscle and
 * side, which of the person's places its pattern covers, their own relief
 * with its routines, a safety stop that holds back pressure there today, and
 * one click to start its release routine, show it on the map or read about it.
 */
import type { SafetyBlock } from '@common/domain/safety-blocks';
import { SafetyBlockNote } from '@renderer/features/routines';
import { regionList } from '@renderer/ui/body-map/names';
import { reliefSentence, type SourceCard as Source } from './possible-sources';
import { navigate } from '@renderer/lib/routes';
import './sources.css';

interface Props {
  source: Source;
  rank: number;
  /** How many places the person marked in all. */
  placeCount: number;
  shownOnMap: boolean;
  onShow(): void;
  /** Today's safety-stop blocks on this muscle and side: no pressure there today. */
  blocks: readonly SafetyBlock[];
}

export function SourceCard({ source, rank, placeCount, shownOnMap, onShow, blocks }: Props) {
  const sideWords = `your ${source.side} side`;
  const who = `${source.name}, ${sideWords}`;
  const relief = reliefSentence(source.relief);
  const headingId = `source-${source.muscleId}-${source.side}`;
  return (
    <li className="source-card" data-shown={shownOnMap || undefined} aria-labelledby={headingId}>
      <span className="source-rank" aria-hidden="true">
        {rank}
      </span>
      <div className="source-body">
        <h3 id={headingId}>
          {source.name} <span className="source-side">— {sideWords}</span>
        </h3>
        <p className="source-plain">
          {source.plainName} ·{' '}
          <a href={`#/routines/muscle/${source.muscleId}`} aria-label={`About this muscle: ${source.name}`}>
            About this muscle
          </a>
        </p>
        {source.matched.length > 0 && (
          <p className="source-matched">
            Can send pain to {regionList(source.matched)}
            {placeCount > 1 && (
              <span className="source-count">
                {' '}
                ({source.matched.length} of your {placeCount} places)
              </span>
            )}
            .
          </p>
        )}
        {source.atKnot.length > 0 && (
          <p className="source-matched source-at-knot">
            Its trigger points can sit right where it hurts: {regionList(source.atKnot)}.
          </p>
        )}
        {relief && <p className="source-relief">{relief}</p>}
        <SafetyBlockNote blocks={blocks} brief />
        <div className="actions source-actions">
          {source.routineId && (
            <button
              type="button"
              className="primary"
              aria-label={`Start routine: release the ${who}`}
              onClick={() => navigate('routines', 'play', source.routineId!, source.side)}
            >
              Start routine
            </button>
          )}
          <button type="button" aria-pressed={shownOnMap} aria-label={`Show on the map: ${who}`} onClick={onShow}>
            Show on the map
          </button>
        </div>
      </div>
    </li>
  );
}
