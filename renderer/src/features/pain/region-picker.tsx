/**
 * Owns picking body regions for a pain entry: on the front and back body map
 * (click, or Tab into a view, arrows, Enter/Space), by typing part of a name
 * (Enter adds the first match), or with one click on a usual place. Every way
 * toggles the same selection, and left and right are always the person's own.
 * A digit rates without leaving the keyboard: in the name box it rates the
 * best match (or, with the box empty, the place just added), on the map the
 * focused place; the place just added is named under the box with its rating.
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { BODY_REGIONS, regionDisplayName } from '@common/domain/body-regions';
import { BodyMapPair } from '@renderer/ui/body-map/body-map';
import { matchRegions } from '@renderer/lib/region-search';
import { intensityForKey, type DigitMemory } from '@renderer/ui/intensity-keys';
import { digitTarget } from './pain-draft';
import './pain-entry.css';

/** Enough to find a region by name without the list crowding the form; typing more narrows it. */
const SHOWN_MATCHES = 8;

interface Props {
  selected: ReadonlySet<string>;
  onToggle(regionId: string): void;
  /** Adds a place found by name (never takes one out). */
  onAdd(regionId: string): void;
  /** Rates a picked place from the keyboard. */
  onRate(regionId: string, intensity: number): void;
  /** A picked place's rating so far (null: not rated yet). */
  ratingOf(regionId: string): number | null;
  /** The place added last and its rating so far (null: not rated yet), shown under the name box. */
  lastAdded: { region: string; intensity: number | null } | null;
  /** The person's usual places, most logged first (none for a first entry). */
  usual?: readonly string[];
}

export function RegionPicker({ selected, onToggle, onAdd, onRate, ratingOf, lastAdded, usual = [] }: Props) {
  const [query, setQuery] = useState('');
  const ids = useId();
  const results = useRef<HTMLUListElement>(null);
  // The "1" then "0" → 10 rule, for whichever place the digits rate.
  const digits = useRef<{ region: string; memory: DigitMemory | null } | null>(null);
  const matches = useMemo(() => matchRegions(query, BODY_REGIONS.length), [query]);
  const shown = matches.slice(0, SHOWN_MATCHES);

  function rateByKey(region: string, current: number | null, event: KeyboardEvent): boolean {
    const memory = digits.current?.region === region ? digits.current.memory : null;
    const next = intensityForKey(event.key, current ?? Number.NaN, memory, event.timeStamp);
    if (!next) return false;
    digits.current = { region, memory: next.memory };
    onRate(region, next.value);
    return true;
  }

  function onSearchKey(event: KeyboardEvent<HTMLInputElement>) {
    if (/^[0-9]$/.test(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const target = digitTarget(query, shown[0]?.id, lastAdded?.region ?? null);
      if (!target) return; // nothing to rate: the digit is typed as usual
      event.preventDefault();
      if (target.add) {
        onAdd(target.region);
        digits.current = null;
        setQuery('');
      }
      rateByKey(target.region, target.add ? null : ratingOf(target.region), event);
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      // Enter adds the best match and clears the box for the next one, instead of submitting the form.
      event.preventDefault();
      const first = shown[0];
      if (!first) return;
      onAdd(first.id);
      digits.current = null;
      setQuery('');
    } else if (event.key === 'ArrowDown' && shown.length) {
      event.preventDefault();
      results.current?.querySelector<HTMLButtonElement>('button')?.focus();
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      event.stopPropagation();
      setQuery('');
    }
  }

  function onResultsKey(event: KeyboardEvent<HTMLUListElement>) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [...(results.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    event.preventDefault();
    if (event.key === 'ArrowUp' && index === 0) document.getElementById(`${ids}-search`)?.focus();
    else buttons[Math.min(buttons.length - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)))]?.focus();
  }

  // On the map, a digit rates the focused place once it is picked.
  function onMapKey(event: KeyboardEvent<HTMLDivElement>) {
    if (!/^[0-9]$/.test(event.key) || event.ctrlKey || event.metaKey || event.altKey) return;
    const region = (event.target as Element).getAttribute('data-region');
    if (!region || !selected.has(region)) return;
    if (rateByKey(region, ratingOf(region), event)) event.preventDefault();
  }

  return (
    <div className="region-pick">
      <p className="region-picker-title">
        Where does it hurt?{' '}
        <span className="hint">
          Click the places, or Tab into the map and use the arrows and Enter. Then type 0–10 for how strong it is.
        </span>
      </p>
      <div onKeyDown={onMapKey}>
        <BodyMapPair label="Where it hurts" selectedLabel="Where it hurts" selected={selected} onToggle={onToggle} />
      </div>

      <div className="region-search">
        <label htmlFor={`${ids}-search`}>
          Or find a place by name <span className="hint">Enter adds the first match, a number rates it</span>
        </label>
        <input
          id={`${ids}-search`}
          type="search"
          placeholder="e.g. temple right, neck, wrist"
          autoComplete="off"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onSearchKey}
          aria-controls={`${ids}-results`}
          aria-describedby={`${ids}-count ${ids}-added`}
        />
        <p className="visually-hidden" id={`${ids}-count`} aria-live="polite">
          {query ? `${matches.length} ${matches.length === 1 ? 'place matches' : 'places match'}` : ''}
        </p>
        <p
          className="region-added"
          id={`${ids}-added`}
          aria-live="polite"
          data-unrated={lastAdded?.intensity === null || undefined}
        >
          {lastAdded &&
            (lastAdded.intensity === null ? (
              <>
                Added <strong>{regionDisplayName(lastAdded.region)}</strong>: not rated yet. Type 0–10 for how strong it
                is.
              </>
            ) : (
              <>
                <strong>{regionDisplayName(lastAdded.region)}</strong>: {lastAdded.intensity} out of 10.
              </>
            ))}
        </p>
        <div id={`${ids}-results`}>
          {query && matches.length === 0 && <p className="region-search-empty">No body region matches “{query}”.</p>}
          {shown.length > 0 && (
            <ul className="region-chips" ref={results} aria-label="Matching places" onKeyDown={onResultsKey}>
              {shown.map((r) => (
                <li key={r.id}>
                  <button type="button" aria-pressed={selected.has(r.id)} onClick={() => onToggle(r.id)}>
                    {regionDisplayName(r.id)}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {matches.length > shown.length && (
            <p className="hint">{matches.length - shown.length} more — type more of the name to narrow it down.</p>
          )}
        </div>
      </div>

      {usual.length > 0 && (
        <div className="region-usual">
          <p className="region-usual-title" id={`${ids}-usual`}>
            Your usual places
          </p>
          <ul className="region-chips" aria-labelledby={`${ids}-usual`}>
            {usual.map((id) => (
              <li key={id}>
                <button type="button" aria-pressed={selected.has(id)} onClick={() => onToggle(id)}>
                  {regionDisplayName(id)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
