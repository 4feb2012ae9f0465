/**
 * Owns the pain-entry form (new and edit): regions with their own 0–10
 * intensity, a note and the time. Validates with the same schema main uses, so
 * mistakes are shown at once; main still re-checks everything it receives.
 */
import { useId, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import {
  NOTE_MAX_LENGTH,
  painEntryInputSchema,
  type PainEntry,
  type PainEntryInput,
  type PainRegion,
} from '../../../common/domain/pain';
import { regionDisplayName } from '../../../common/domain/body-regions';
import { nowAsOffsetDateTime } from '../../../common/domain/time';
import { RegionPicker } from './region-picker';
import { errorMessage } from '../lib/api';
import { fromDateTimeLocalValue, toDateTimeLocalValue } from '../lib/dates';

const DEFAULT_INTENSITY = 5;

interface Props {
  editing?: PainEntry;
  onSubmit(input: PainEntryInput): Promise<unknown>;
  onCancel?(): void;
}

export function PainEntryForm({ editing, onSubmit, onCancel }: Props) {
  const [regions, setRegions] = useState<PainRegion[]>(editing?.regions ?? []);
  const [note, setNote] = useState(editing?.note ?? '');
  const [at, setAt] = useState(toDateTimeLocalValue(editing?.at ?? nowAsOffsetDateTime()));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const ids = { note: useId(), at: useId(), error: useId() };
  const selected = useMemo(() => new Set(regions.map((r) => r.region)), [regions]);

  function toggle(regionId: string) {
    setRegions((current) =>
      current.some((r) => r.region === regionId)
        ? current.filter((r) => r.region !== regionId)
        : [...current, { region: regionId, intensity: DEFAULT_INTENSITY, qualities: [] }],
    );
  }

  function setIntensity(regionId: string, raw: string) {
    const value = raw === '' ? Number.NaN : Number(raw);
    setRegions((current) => current.map((r) => (r.region === regionId ? { ...r, intensity: value } : r)));
  }

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (saving) return;
    const atValue = fromDateTimeLocalValue(at);
    const candidate = { at: atValue ?? '', note, regions };
    const checked = painEntryInputSchema.safeParse(candidate);
    if (!checked.success) {
      setError(describe(checked.error.issues[0], regions));
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await onSubmit(checked.data);
      if (!editing) {
        setRegions([]);
        setNote('');
        setAt(toDateTimeLocalValue(nowAsOffsetDateTime()));
      }
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    } else if (event.key === 'Escape' && onCancel) {
      event.preventDefault();
      onCancel();
    }
  }

  return (
    <form
      onSubmit={submit}
      onKeyDown={onKeyDown}
      aria-label={editing ? 'Edit pain entry' : 'Log pain'}
      aria-describedby={error ? ids.error : undefined}
      noValidate
    >
      {error && (
        <div className="alert error" role="alert" id={ids.error}>
          {error}
        </div>
      )}
      <div className="field">
        <RegionPicker selected={selected} onToggle={toggle} />
      </div>

      {regions.length > 0 && (
        <ul className="chosen" aria-label="Chosen regions">
          {regions.map((r) => {
            const name = regionDisplayName(r.region);
            const invalid = !Number.isInteger(r.intensity) || r.intensity < 0 || r.intensity > 10;
            return (
              <li key={r.region}>
                <span className="region-name">{name}</span>
                <input
                  type="range"
                  min={0}
                  max={10}
                  step={1}
                  value={invalid ? DEFAULT_INTENSITY : r.intensity}
                  onChange={(e) => setIntensity(r.region, e.target.value)}
                  aria-label={`${name}: intensity slider`}
                  tabIndex={-1}
                />
                <input
                  type="number"
                  min={0}
                  max={10}
                  step={1}
                  inputMode="numeric"
                  value={Number.isNaN(r.intensity) ? '' : r.intensity}
                  onChange={(e) => setIntensity(r.region, e.target.value)}
                  aria-label={`${name}: intensity 0 to 10`}
                  aria-invalid={invalid}
                />
                <button type="button" className="link" onClick={() => toggle(r.region)} aria-label={`Remove ${name}`}>
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}

      <div className="field">
        <label htmlFor={ids.at}>When</label>
        <input id={ids.at} type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={ids.note}>
          Note <span className="hint">optional — what you were doing, what helped</span>
        </label>
        <textarea id={ids.note} value={note} onChange={(e) => setNote(e.target.value)} />
        {note.length > NOTE_MAX_LENGTH * 0.9 && (
          <p className="hint" aria-live="polite">
            {note.length} of {NOTE_MAX_LENGTH} characters
          </p>
        )}
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={saving}>
          {editing ? 'Save changes' : 'Save entry'}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
        <span className="hint">
          <kbd>Ctrl</kbd>+<kbd>Enter</kbd> saves
        </span>
      </div>
    </form>
  );
}

type Issue = { path: PropertyKey[]; message: string } | undefined;

/** Turns the first schema problem into a sentence that names the field. */
function describe(issue: Issue, regions: PainRegion[]): string {
  if (!issue) return 'Please check the entry.';
  const [field, index, sub] = issue.path;
  if (field === 'regions' && typeof index === 'number' && sub === 'intensity') {
    const region = regions[index];
    return `Intensity for ${region ? regionDisplayName(region.region) : 'a region'} ${issue.message}.`;
  }
  if (field === 'regions') return `Body regions: ${issue.message}.`;
  if (field === 'at') return 'Please enter a valid date and time.';
  if (field === 'note') return `Note ${issue.message}.`;
  return issue.message;
}
