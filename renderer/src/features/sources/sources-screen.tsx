/**
 * Owns the "Possible sources" view (#/sources/entry/<id>, or #/sources/<region>[~rating]/…):
 * from where it hurts back to the muscles whose trigger points can send pain
 * there, closest match first, with the person's own relief and one click into
 * each muscle's release routine. Places can be added or taken away on the map
 * right here. Always possible sources, never a diagnosis. Marking the left
 * chest or the breastbone puts a heart warning above every "Start routine".
 */
import { useEffect, useMemo, useState } from 'react';
import { muscleReferralRegions, muscleTriggerRegions, getMuscle } from '@common/domain/atlas';
import type { PainEntry } from '@common/domain/pain';
import { chestWarning, type Advice } from '@common/domain/red-flags';
import { TierAlert } from '@renderer/ui/tier-alert';
import type { PainPoint } from '@common/domain/sources';
import { BodyMapPair } from '@renderer/ui/body-map/body-map';
import { SourceCard } from './source-card';
import { EntryAdvice, loadEntryAdvice } from '@renderer/features/pain';
import { api, errorMessage } from '@renderer/lib/api';
import { formatEntryTime, formatShortDate, todayLocalDate } from '@renderer/lib/dates';
import { safetyBlocksOn, type SafetyBlock } from '@common/domain/safety-blocks';
import { usePainLog } from '@renderer/lib/pain-log';
import {
  UNRATED,
  emptySourcesText,
  parseSourcesParams,
  possibleSources,
  reliefByMuscle,
  sourcesParams,
  type MuscleRelief,
} from './possible-sources';
import { useRouteParams } from '@renderer/lib/routes';
import { regionList } from '@renderer/ui/body-map/names';
import './sources.css';

/** The closest few first; the rest are one click away, so a long list never buries the best matches. */
const FIRST_SHOWN = 5;
/** Every rated session counts towards relief; this is the contract's largest page. */
const SESSION_LIMIT = 5000;

export function SourcesScreen() {
  const params = useRouteParams();
  return <SourcesView key={params.join('/')} params={params} />;
}

function SourcesView({ params }: { params: string[] }) {
  const query = useMemo(() => parseSourcesParams(params), [params]);
  const { entries, loading } = usePainLog();
  const entry = query.kind === 'entry' ? entries.find((e) => e.id === query.entryId) : undefined;
  // Null until the person changes the places here; until then they are the entry's (or the address's).
  const [picked, setPicked] = useState<PainPoint[] | null>(query.kind === 'regions' ? query.points : null);
  const points = useMemo<PainPoint[]>(
    () => picked ?? entry?.regions.map((r) => ({ region: r.region, intensity: r.intensity })) ?? [],
    [picked, entry],
  );
  const relief = useRelief();
  const advice = useEntryAdvice(picked === null ? entry : undefined);
  const sources = useMemo(() => possibleSources(points, relief.byMuscle), [points, relief.byMuscle]);
  const [shownKey, setShownKey] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  const selected = useMemo(() => new Set(points.map((p) => p.region)), [points]);
  // Shown above every "Start routine": chest pain is the heart's until a doctor says otherwise.
  const chest = useMemo(() => chestWarning(points.map((p) => p.region)), [points]);

  const keyOf = (s: { muscleId: string; side: string }) => `${s.muscleId}:${s.side}`;
  const shown = sources.find((s) => keyOf(s) === shownKey) ?? sources[0];
  const shownMuscle = shown ? getMuscle(shown.muscleId) : undefined;
  const highlight = useMemo(
    () =>
      shown && shownMuscle
        ? {
            trigger: muscleTriggerRegions(shownMuscle, shown.side),
            referral: muscleReferralRegions(shownMuscle, shown.side),
          }
        : undefined,
    [shown, shownMuscle],
  );

  function toggle(regionId: string) {
    const next = selected.has(regionId)
      ? points.filter((p) => p.region !== regionId)
      : [...points, { region: regionId, intensity: UNRATED }];
    setPicked(next);
    setShownKey(null);
    // Keeps the address true to what is shown (reload, copy) without a history step per click.
    const hash = `#/${['sources', ...sourcesParams(next)].map(encodeURIComponent).join('/')}`;
    window.history.replaceState(window.history.state, '', hash);
  }

  const waitingForEntry = query.kind === 'entry' && picked === null && !entry && loading;
  const missingEntry = query.kind === 'entry' && picked === null && !entry && !loading;
  const visible = showAll ? sources : sources.slice(0, FIRST_SHOWN);
  const empty = emptySourcesText(points);

  return (
    <div className="sources-page">
      <div className="page-header">
        <div>
          <a className="sources-back" href="#/pain">
            ← Pain log
          </a>
          <h1 tabIndex={-1}>Possible sources</h1>
          <p>
            Muscles whose trigger points can send pain to where it hurts, or sit right there, the closest match first.
          </p>
        </div>
      </div>

      {advice && <EntryAdvice advice={advice} />}
      {chest && (
        <TierAlert tier={chest.tier} title={chest.title} heading="h2" className="sources-chest-warning">
          <p>{chest.message}</p>
        </TierAlert>
      )}

      <p className="sources-note">
        A guide to what you could try, <strong>not a diagnosis</strong>: pain in these places can come from other things
        too. If it keeps coming back, gets worse or worries you, please see a doctor or physical therapist.
      </p>

      <div className="sources-layout">
        <section className="card sources-results" aria-labelledby="sources-results-title">
          <h2 id="sources-results-title">
            {sources.length
              ? `${sources.length} possible ${sources.length === 1 ? 'source' : 'sources'}`
              : 'Possible sources'}
          </h2>
          <p className="sources-context">
            {picked === null && entry ? (
              <>
                From your entry of {formatShortDate(entry.localDate).toLowerCase()}, {formatEntryTime(entry.at)}:{' '}
                {regionList(entry.regions.map((r) => r.region))}.
              </>
            ) : points.length ? (
              <>Where it hurts: {regionList(points.map((p) => p.region))}.</>
            ) : null}
          </p>
          {relief.error && <p className="hint">Your own results with routines could not be loaded: {relief.error}</p>}
          {waitingForEntry ? (
            <p className="empty">Loading…</p>
          ) : missingEntry ? (
            <div className="empty">
              <strong>That entry is not in your recent pain log.</strong>
              It may have been deleted. Mark where it hurts on the map to see possible sources.
            </div>
          ) : sources.length === 0 ? (
            <div className="empty sources-empty">
              <strong>{empty.title}</strong>
              {empty.body}
            </div>
          ) : (
            <>
              <ol className="source-list" aria-label="Possible sources, closest match first">
                {visible.map((source, index) => (
                  <SourceCard
                    key={keyOf(source)}
                    source={source}
                    rank={index + 1}
                    placeCount={points.length}
                    shownOnMap={source === shown}
                    onShow={() => setShownKey(keyOf(source))}
                    blocks={relief.blocks.filter((b) => b.muscle === source.muscleId && b.side === source.side)}
                  />
                ))}
              </ol>
              {sources.length > visible.length && (
                <button type="button" className="sources-more" onClick={() => setShowAll(true)}>
                  Show all {sources.length} possible sources
                </button>
              )}
            </>
          )}
        </section>

        <section className="card sources-map" aria-labelledby="sources-map-title">
          <h2 id="sources-map-title">Where it hurts</h2>
          <p className="hint">
            Click places on the map, or Tab into it and use the arrows and Enter, to add or take them away.
          </p>
          {shown && shownMuscle && (
            <p className="sources-map-showing" aria-live="polite">
              Also showing the <strong>{shownMuscle.name}</strong> on your {shown.side} side: a dot marks where its
              trigger points can sit, shading where its pain can show up.
            </p>
          )}
          <BodyMapPair
            label="Where it hurts"
            selectedLabel="Where it hurts"
            selected={selected}
            onToggle={toggle}
            highlight={highlight}
          />
        </section>
      </div>
    </div>
  );
}

interface SessionFacts {
  byMuscle: Record<string, MuscleRelief>;
  /** Sides held back today by a safety stop (common/domain/safety-blocks.ts). */
  blocks: SafetyBlock[];
  error: string | null;
}

/**
 * From the person's routine sessions: their own relief per muscle, and today's
 * safety-stop blocks (empty until loaded or if loading fails).
 */
function useRelief(): SessionFacts {
  const [state, setState] = useState<SessionFacts>({ byMuscle: {}, blocks: [], error: null });
  useEffect(() => {
    let alive = true;
    api.routines.sessions({ limit: SESSION_LIMIT }).then(
      (sessions) =>
        alive &&
        setState({
          byMuscle: reliefByMuscle(sessions),
          blocks: safetyBlocksOn(sessions, todayLocalDate()),
          error: null,
        }),
      (error: unknown) => alive && setState({ byMuscle: {}, blocks: [], error: errorMessage(error) }),
    );
    return () => {
      alive = false;
    };
  }, []);
  return state;
}

/** Red-flag advice about the entry the view was opened from (none once the places are changed here). */
function useEntryAdvice(entry: PainEntry | undefined): Advice | null {
  const [found, setFound] = useState<{ entry: PainEntry; advice: Advice | null } | null>(null);
  useEffect(() => {
    if (!entry) return;
    let alive = true;
    void loadEntryAdvice(entry).then((advice) => alive && setFound({ entry, advice }));
    return () => {
      alive = false;
    };
  }, [entry]);
  return entry && found?.entry === entry ? found.advice : null;
}
