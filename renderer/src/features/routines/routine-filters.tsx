/**
 * Owns the library's filters: body area (a list), tool and length (rows of
 * radio buttons, so arrow keys move between choices), and clearing them all.
 */
import { useId } from 'react';
import { REGION_GROUP_LABELS, type RegionGroup } from '@common/domain/body-regions';
import { TOOL_LABELS, TOOLS } from '@common/domain/content';
import { LENGTH_LABELS, LENGTHS, NO_FILTERS, type RoutineFilters } from './routine-meta';
import './routines.css';

interface Props {
  filters: RoutineFilters;
  areas: readonly RegionGroup[];
  onChange(filters: RoutineFilters): void;
  /** "Showing 12 of 34 routines", announced politely as filters change. */
  summary: string;
}

export function RoutineFilterBar({ filters, areas, onChange, summary }: Props) {
  const areaId = useId();
  const name = useId();
  const active = filters.area !== 'any' || filters.tool !== 'any' || filters.length !== 'any';
  return (
    <section className="card routine-filters" aria-label="Filter routines">
      <div className="filter-area">
        <label htmlFor={areaId}>Body area</label>
        <select
          id={areaId}
          value={filters.area}
          onChange={(e) => onChange({ ...filters, area: e.target.value as RoutineFilters['area'] })}
        >
          <option value="any">Any area</option>
          {areas.map((a) => (
            <option key={a} value={a}>
              {REGION_GROUP_LABELS[a]}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="filter-group">
        <legend>Tool</legend>
        <div className="pills">
          {(['any', ...TOOLS] as const).map((t) => (
            <label key={t} className="pill">
              <input
                type="radio"
                name={`${name}-tool`}
                checked={filters.tool === t}
                onChange={() => onChange({ ...filters, tool: t })}
              />
              {t === 'any' ? 'Any' : TOOL_LABELS[t]}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="filter-group">
        <legend>Length</legend>
        <div className="pills">
          {(['any', ...LENGTHS] as const).map((l) => (
            <label key={l} className="pill">
              <input
                type="radio"
                name={`${name}-length`}
                checked={filters.length === l}
                onChange={() => onChange({ ...filters, length: l })}
              />
              {l === 'any' ? 'Any' : LENGTH_LABELS[l]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="filter-foot">
        <span className="hint" aria-live="polite">
          {summary}
        </span>
        {active && (
          <button type="button" className="link" onClick={() => onChange(NO_FILTERS)}>
            Clear filters
          </button>
        )}
      </div>
    </section>
  );
}
