/**
 * Owns the first run's "where does it hurt most" step: one place on the body
 * map and an optional 0–10 rating. Only a rated place becomes the first pain
 * log entry (the screen saves it on Continue); the muscles that can send pain
 * there are named as possible sources, never as the cause.
 */
import { useMemo } from 'react';
import { regionDisplayName } from '@common/domain/body-regions';
import { getMuscle } from '@common/domain/atlas';
import { rankSources } from '@common/domain/sources';
import { BodyMapPair } from '@renderer/ui/body-map/body-map';
import { RatingPicker } from '@renderer/features/routines';

export interface PainDraft {
  region: string | null;
  intensity: number | null;
}

interface Props {
  draft: PainDraft;
  onChange(draft: PainDraft): void;
  /** The entry already saved from this step (after Back), so the text can say it will be updated. */
  saved: boolean;
}

export function PainStep({ draft, onChange, saved }: Props) {
  const selected = useMemo(() => new Set(draft.region ? [draft.region] : []), [draft.region]);
  const sources = useMemo(() => {
    if (!draft.region) return [];
    const names = rankSources([{ region: draft.region, intensity: draft.intensity ?? 1 }])
      .map((s) => getMuscle(s.muscle)?.name)
      .filter((n): n is string => Boolean(n));
    return [...new Set(names)].slice(0, 3);
  }, [draft.region, draft.intensity]);

  return (
    <>
      <p className="welcome-lead">
        Pick the one place that bothers you most, on either view. You can log more places, and every day, in the Pain
        log later.
      </p>
      <BodyMapPair
        label="Where it hurts most"
        selected={selected}
        onToggle={(id) => onChange({ ...draft, region: draft.region === id ? null : id })}
      />
      <p className="welcome-choice" role="status">
        {draft.region ? (
          <>
            You picked <strong>{regionDisplayName(draft.region)}</strong>.
          </>
        ) : (
          'Nothing picked yet.'
        )}
      </p>
      {sources.length > 0 && (
        <p className="hint welcome-sources">
          Possible sources: trigger points in {listWords(sources)} can send pain there. Routines has releases for them.
          This is a starting point to explore, not a diagnosis.
        </p>
      )}
      <RatingPicker
        legend="How much does it hurt right now?"
        hint="0 is no pain at all, 10 the worst pain you can imagine."
        value={draft.intensity}
        onChange={(intensity) => onChange({ ...draft, intensity })}
        low="No pain"
        high="Worst imaginable"
      />
      <p className="hint" role="status">
        {pendingNote(draft, saved)}
      </p>
    </>
  );
}

function pendingNote(draft: PainDraft, saved: boolean): string {
  if (draft.region && draft.intensity !== null) {
    return saved
      ? 'Continue updates the entry you saved from this step.'
      : 'Continue saves this as the first entry in your pain log.';
  }
  if (draft.region) return 'Rate it to save it in your pain log, or go on without saving anything.';
  if (draft.intensity !== null) return 'Pick the place on the map to save this rating.';
  return '';
}

function listWords(items: readonly string[]): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
