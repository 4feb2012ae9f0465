/**
 * Owns picking body regions from a searchable, grouped list (the body map
 * replaces this as the main picker later; the list stays as the text alternative).
 */
import { useId, useMemo, useState } from 'react';
import {
  BODY_REGIONS,
  REGION_GROUPS,
  REGION_GROUP_LABELS,
  regionDisplayName,
} from '../../../common/domain/body-regions';

interface Props {
  selected: ReadonlySet<string>;
  onToggle(regionId: string): void;
}

export function RegionPicker({ selected, onToggle }: Props) {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const groups = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return REGION_GROUPS.map((group) => ({
      group,
      regions: BODY_REGIONS.filter((r) => {
        if (r.group !== group) return false;
        // Names only: matching group labels made "wrist" list every forearm region.
        const haystack = regionDisplayName(r.id).toLowerCase();
        return words.every((w) => haystack.includes(w));
      }),
    })).filter((g) => g.regions.length > 0);
  }, [query]);

  return (
    <div>
      <label htmlFor={searchId}>
        Where does it hurt? <span className="hint">Left and right are your own.</span>
      </label>
      <input
        id={searchId}
        type="search"
        placeholder="Type to filter, e.g. temple, neck, wrist"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        aria-controls={`${searchId}-list`}
      />
      <div className="region-picker" id={`${searchId}-list`} role="group" aria-label="Body regions">
        {groups.length === 0 && <p className="empty">No body region matches “{query}”.</p>}
        {groups.map(({ group, regions }) => (
          <fieldset key={group}>
            <legend>{REGION_GROUP_LABELS[group]}</legend>
            {regions.map((r) => (
              <label className="region-option" key={r.id}>
                <input type="checkbox" checked={selected.has(r.id)} onChange={() => onToggle(r.id)} />
                {regionDisplayName(r.id)}
              </label>
            ))}
          </fieldset>
        ))}
      </div>
    </div>
  );
}
