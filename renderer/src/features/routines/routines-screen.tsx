/**
 * Owns the Routines section: its sub-pages (#/routines, /play/<id>, /new,
 * /edit/<id>, /muscle/<id>) and the routine library itself — today's
 * suggestion, the built-in routines by kind and the person's own, filtered by
 * body area, tool and length, each with the person's history.
 */
import { useMemo, useRef, useState } from 'react';
import { ROUTINES } from '@common/domain/atlas';
import { REGION_GROUPS } from '@common/domain/body-regions';
import type { Routine } from '@common/domain/content';
import type { RoutineStats } from '@common/domain/routine-sessions';
import { useRouteParams } from '@renderer/lib/routes';
import { useSubPageFocus } from '@renderer/lib/use-sub-page-focus';
import { useToast } from '@renderer/ui/toast';
import { RoutineCard } from './routine-card';
import { RoutineFilterBar } from './routine-filters';
import { deleteRoutineWithUndo } from './delete-routine';
import { matchesFilters, NO_FILTERS, routineAreas, type RoutineFilters } from './routine-meta';
import { findRoutine, useRoutineData } from './use-routine-data';
import { RoutinePlayerScreen } from './routine-player-screen';
import { RoutineEditorScreen } from './routine-editor-screen';
import { MuscleScreen } from './muscle-screen';

export function RoutinesScreen() {
  const params = useRouteParams();
  const key = params.join('/');
  const root = useRef<HTMLDivElement>(null);
  useSubPageFocus(key, root);

  const [page, id = '', extra] = params;
  // #/routines/play/<id>/<side>: a suggestion for one side starts with that side chosen.
  const side = extra === 'left' || extra === 'right' ? extra : undefined;
  let content;
  if (page === 'play' && id) content = <RoutinePlayerScreen key={key} routineId={id} side={side} />;
  else if (page === 'new') content = <RoutineEditorScreen key="new" />;
  else if (page === 'edit' && id) content = <RoutineEditorScreen key={id} routineId={id} />;
  else if (page === 'muscle' && id) content = <MuscleScreen key={id} muscleId={id} />;
  else content = <RoutineLibrary />;
  return (
    <div className="routines-section" ref={root}>
      {content}
    </div>
  );
}

const FILTERS_KEY = 'unknot.routines.filters';

function loadFilters(): RoutineFilters {
  try {
    const saved = JSON.parse(window.sessionStorage.getItem(FILTERS_KEY) ?? 'null') as Partial<RoutineFilters> | null;
    return { ...NO_FILTERS, ...(saved ?? {}) };
  } catch {
    return NO_FILTERS;
  }
}

const SECTIONS: { id: string; title: string; intro: string; kinds: Routine['kind'][] }[] = [
  {
    id: 'desk',
    title: 'Desk routines',
    intro: 'A few muscles that desk work tires, one after another, right at your desk.',
    kinds: ['desk'],
  },
  {
    id: 'release',
    title: 'Release one muscle',
    intro: 'Slow, steady pressure on one muscle, then a gentle stretch.',
    kinds: ['release'],
  },
  {
    id: 'strength',
    title: 'Strengthening',
    intro:
      'Short exercises in sets. Strength work eases desk neck and shoulder pain more than stretching alone; a weekly plan (Settings → Strengthening plan) puts them on Today.',
    kinds: ['strength'],
  },
  {
    id: 'breaks',
    title: 'Micro-pauses & stretch breaks',
    intro: 'No pressure, no tools: the moves your breaks suggest, and a few minutes of slow breathing to let go.',
    kinds: ['micro', 'stretch', 'relax'],
  },
];

function RoutineLibrary() {
  const { custom, stats, suggestion, error, reload } = useRoutineData({ stats: true, suggestion: true });
  const [filters, setFilters] = useState<RoutineFilters>(loadFilters);
  const toast = useToast();

  function changeFilters(next: RoutineFilters) {
    setFilters(next);
    try {
      window.sessionStorage.setItem(FILTERS_KEY, JSON.stringify(next));
    } catch {
      // Only remembered for this visit then.
    }
  }

  const all = useMemo(() => [...ROUTINES, ...(custom ?? [])], [custom]);
  const areas = useMemo(() => {
    const present = new Set(all.flatMap(routineAreas));
    return REGION_GROUPS.filter((g) => present.has(g));
  }, [all]);
  const visible = useMemo(
    () => new Set(all.filter((r) => matchesFilters(r, filters)).map((r) => r.id)),
    [all, filters],
  );
  const suggested = suggestion ? findRoutine(suggestion.routineId, custom) : null;
  const summary =
    visible.size === all.length
      ? `Showing all ${all.length} routines`
      : `Showing ${visible.size} of ${all.length} routines`;

  return (
    <>
      <div className="page-header">
        <div>
          <h1 tabIndex={-1}>Routines</h1>
          <p>Guided release and stretch routines, with a timer for every step and a safety stop.</p>
        </div>
        <a className="button primary" href="#/routines/new">
          + New routine
        </a>
      </div>
      {error && (
        <p className="alert error" role="alert">
          Could not load everything: {error}
        </p>
      )}

      <section className="routine-section suggestion" aria-labelledby="suggestion-title">
        <h2 id="suggestion-title">Today’s suggestion</h2>
        {suggested ? (
          <RoutineCard
            routine={suggested}
            stats={stats[suggested.id]}
            reason={suggestion?.reason}
            side={suggested.bothSides ? (suggestion?.side ?? undefined) : undefined}
            featured
          />
        ) : (
          <p className="hint">{suggestion || error ? 'No suggestion today.' : 'Finding today’s suggestion…'}</p>
        )}
      </section>

      <RoutineFilterBar filters={filters} areas={areas} onChange={changeFilters} summary={summary} />

      {visible.size === 0 && (
        <div className="card empty">
          <strong>No routine matches all of these filters.</strong>
          <button type="button" className="link" onClick={() => changeFilters(NO_FILTERS)}>
            Clear filters
          </button>
        </div>
      )}

      {SECTIONS.map((section) => (
        <LibrarySection
          key={section.id}
          id={section.id}
          title={section.title}
          intro={section.intro}
          routines={ROUTINES.filter((r) => section.kinds.includes(r.kind) && visible.has(r.id))}
          total={ROUTINES.filter((r) => section.kinds.includes(r.kind)).length}
          stats={stats}
        />
      ))}

      <section className="routine-section" aria-labelledby="own-title">
        <div className="section-head">
          <div>
            <h2 id="own-title">Your own routines</h2>
            <p className="hint">Put together the steps that work for you.</p>
          </div>
          <a className="button" href="#/routines/new">
            + New routine
          </a>
        </div>
        {custom === null ? (
          <p className="hint">Loading…</p>
        ) : custom.length === 0 ? (
          <div className="card empty">
            <strong>You haven’t made a routine of your own yet.</strong>
            Start from the steps you like best: <a href="#/routines/new">make a new routine</a>.
          </div>
        ) : (
          <RoutineGrid
            routines={custom.filter((r) => visible.has(r.id))}
            total={custom.length}
            stats={stats}
            onDelete={(r) => void deleteRoutineWithUndo(r, toast, reload)}
          />
        )}
      </section>
    </>
  );
}

interface SectionProps {
  id: string;
  title: string;
  intro: string;
  routines: Routine[];
  total: number;
  stats: RoutineStats;
}

function LibrarySection({ id, title, intro, routines, total, stats }: SectionProps) {
  return (
    <section className="routine-section" aria-labelledby={`section-${id}`}>
      <div className="section-head">
        <div>
          <h2 id={`section-${id}`}>{title}</h2>
          <p className="hint">{intro}</p>
        </div>
      </div>
      <RoutineGrid routines={routines} total={total} stats={stats} />
    </section>
  );
}

function RoutineGrid({
  routines,
  total,
  stats,
  onDelete,
}: {
  routines: Routine[];
  total: number;
  stats: RoutineStats;
  onDelete?(routine: Routine): void;
}) {
  if (routines.length === 0) {
    return (
      <p className="empty-inline hint">
        {total === 0 ? 'Nothing here yet.' : `None of these ${total} match the filters.`}
      </p>
    );
  }
  return (
    <div className="routine-grid">
      {routines.map((r) => (
        <RoutineCard key={r.id} routine={r} stats={stats[r.id]} onDelete={onDelete} />
      ))}
    </div>
  );
}
