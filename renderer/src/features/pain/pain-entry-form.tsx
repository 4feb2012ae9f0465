/**
 * Owns the pain-entry form (new and edit): places picked on the body map (or by
 * name), each with its own 0–10 intensity and quality words, a note and the
 * time (now unless changed). A place is unrated until the person rates it, and
 * saving with an unrated place asks for that rating instead of making one up
 * (the rules are in pain-draft.ts). Validates with the same schema main uses,
 * so mistakes are shown at once; main still re-checks everything it receives.
 */
import { useId, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import {
  NOTE_MAX_LENGTH,
  PAIN_QUALITIES,
  painEntryInputSchema,
  type PainEntry,
  type PainEntryInput,
  type PainQuality,
} from '@common/domain/pain';
import { regionDisplayName } from '@common/domain/body-regions';
import { nowAsOffsetDateTime } from '@common/domain/time';
import { RegionPicker } from './region-picker';
import { IntensityScale } from './intensity-scale';
import { errorMessage } from '@renderer/lib/api';
import { appNow } from '@renderer/lib/clock';
import { fromDateTimeLocalValue, toDateTimeLocalValue } from '@renderer/lib/dates';
import { useNow } from '@renderer/lib/use-now';
import {
  addRegion,
  draftFromEntry,
  rateRegion,
  regionsToSave,
  toggleQuality,
  toggleRegion,
  type DraftRegion,
} from './pain-draft';

interface Props {
  editing?: PainEntry;
  /** The person's usual places, offered as one-click picks on a new entry. */
  usual?: readonly string[];
  onSubmit(input: PainEntryInput): Promise<unknown>;
  onCancel?(): void;
}

const nowLocalValue = (ms: number) => toDateTimeLocalValue(nowAsOffsetDateTime(new Date(ms)));

export function PainEntryForm({ editing, usual, onSubmit, onCancel }: Props) {
  const [regions, setRegions] = useState<DraftRegion[]>(() => draftFromEntry(editing?.regions ?? []));
  // The place added or rated last from the keyboard, named under the "find a place" box.
  const [lastTouched, setLastTouched] = useState<string | null>(null);
  const [note, setNote] = useState(editing?.note ?? '');
  // A new entry is "now" until the person changes the time: a form left open for an hour still saves the right time.
  const [at, setAt] = useState<string | null>(editing ? toDateTimeLocalValue(editing.at) : null);
  const now = useNow(20_000);
  const [error, setError] = useState<{ field: PropertyKey | undefined; message: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const ids = useId();
  const selected = useMemo(() => new Set(regions.map((r) => r.region)), [regions]);
  const lastShown = regions.find((r) => r.region === lastTouched);
  const scaleId = (regionId: string) => `${ids}-scale-${regionId}`;

  function toggle(regionId: string) {
    setError(null);
    const adding = !selected.has(regionId);
    setRegions((current) => toggleRegion(current, regionId));
    setLastTouched((last) => (adding ? regionId : last === regionId ? null : last));
  }

  function add(regionId: string) {
    setError(null);
    setRegions((current) => addRegion(current, regionId));
    setLastTouched(regionId);
  }

  function rate(regionId: string, intensity: number, fromKeyboard = false) {
    setError((e) => (e?.field === regionId ? null : e));
    setRegions((current) => rateRegion(current, regionId, intensity));
    if (fromKeyboard) setLastTouched(regionId);
  }

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (saving) return;
    const atValue = at === null ? nowAsOffsetDateTime(new Date(appNow())) : fromDateTimeLocalValue(at);
    const ready = regionsToSave(regions);
    if (!ready.ok) {
      // Ask for the missing rating where it is given: the message names the place, focus goes to its scale.
      setError({
        field: ready.unrated,
        message: `How strong is it in ${regionDisplayName(ready.unrated)}? Rate it from 0 to 10 before saving.`,
      });
      requestAnimationFrame(() => {
        const scale = document.getElementById(scaleId(ready.unrated));
        scale?.scrollIntoView({ block: 'center' });
        scale?.focus();
      });
      return;
    }
    const candidate = { at: atValue ?? '', note, regions: ready.regions };
    const checked = painEntryInputSchema.safeParse(candidate);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      setError({ field: issue?.path[0], message: describe(issue, ready.regions) });
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await onSubmit(checked.data);
      if (!editing) {
        setRegions([]);
        setLastTouched(null);
        setNote('');
        setAt(null);
      }
    } catch (err) {
      setError({ field: undefined, message: errorMessage(err) });
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
      className="pain-form"
      onSubmit={submit}
      onKeyDown={onKeyDown}
      aria-label={editing ? 'Edit pain entry' : 'Log pain'}
      aria-describedby={error ? `${ids}-error` : undefined}
      noValidate
    >
      {error && (
        <div className="alert error" role="alert" id={`${ids}-error`}>
          {error.message}
        </div>
      )}
      <div className="pain-form-grid">
        <div className="pain-form-where">
          <RegionPicker
            selected={selected}
            onToggle={toggle}
            onAdd={add}
            onRate={(regionId, intensity) => rate(regionId, intensity, true)}
            ratingOf={(regionId) => regions.find((r) => r.region === regionId)?.intensity ?? null}
            lastAdded={lastShown ? { region: lastShown.region, intensity: lastShown.intensity } : null}
            usual={editing ? [] : usual}
          />
        </div>

        <div className="pain-form-details">
          <h3 className="picked-title" id={`${ids}-picked`}>
            {regions.length ? 'How it feels' : 'Nothing picked yet'}
          </h3>
          {regions.length === 0 ? (
            <p className="hint picked-empty">
              Pick the places that hurt. Each one gets its own 0–10 rating and, if you like, words for how it feels.
            </p>
          ) : (
            <ul className="picked" aria-labelledby={`${ids}-picked`}>
              {regions.map((r) => (
                <PickedRegion
                  key={r.region}
                  region={r}
                  scaleId={scaleId(r.region)}
                  invalid={error?.field === r.region}
                  onIntensity={(intensity) => rate(r.region, intensity)}
                  onQuality={(q) => setRegions((current) => toggleQuality(current, r.region, q))}
                  onRemove={() => toggle(r.region)}
                />
              ))}
            </ul>
          )}

          <div className="field">
            <label htmlFor={`${ids}-at`}>When</label>
            <div className="pain-when">
              <input
                id={`${ids}-at`}
                type="datetime-local"
                value={at ?? nowLocalValue(now)}
                onChange={(e) => setAt(e.target.value)}
                aria-invalid={error?.field === 'at' || undefined}
              />
              {!editing && at !== null && (
                <button type="button" className="link" onClick={() => setAt(null)}>
                  Now
                </button>
              )}
            </div>
          </div>
          <div className="field">
            <label htmlFor={`${ids}-note`}>
              Note <span className="hint">optional — what you were doing, what helped</span>
            </label>
            <textarea id={`${ids}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
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
        </div>
      </div>
    </form>
  );
}

interface PickedProps {
  region: DraftRegion;
  scaleId: string;
  invalid: boolean;
  onIntensity(value: number): void;
  onQuality(quality: PainQuality): void;
  onRemove(): void;
}

/** One picked place: its name, its 0–10 rating, quality words, and a way to take it out again. */
function PickedRegion({ region, scaleId, invalid, onIntensity, onQuality, onRemove }: PickedProps) {
  const name = regionDisplayName(region.region);
  const nameId = useId();
  return (
    <li className="picked-region" role="group" aria-labelledby={nameId}>
      <span className="picked-name" id={nameId}>
        {name}
        {region.intensity === null && <span className="picked-unrated"> · not rated yet</span>}
      </span>
      <IntensityScale
        id={scaleId}
        value={region.intensity}
        onChange={onIntensity}
        label={`${name}: intensity`}
        invalid={invalid}
      />
      <fieldset className="quality-chips">
        <legend className="visually-hidden">{name}: how it feels</legend>
        {PAIN_QUALITIES.map((q) => (
          <label key={q} className="quality-chip">
            <input type="checkbox" checked={region.qualities.includes(q)} onChange={() => onQuality(q)} />
            {q}
          </label>
        ))}
      </fieldset>
      <button type="button" className="link picked-remove" onClick={onRemove} aria-label={`Remove ${name}`}>
        Remove
      </button>
    </li>
  );
}

type Issue = { path: PropertyKey[]; message: string } | undefined;

/** Turns the first schema problem into a sentence that names the field. */
function describe(issue: Issue, regions: readonly { region: string }[]): string {
  if (!issue) return 'Please check the entry.';
  const [field, index, sub] = issue.path;
  if (field === 'regions' && typeof index === 'number' && sub === 'intensity') {
    const region = regions[index];
    return `Intensity for ${region ? regionDisplayName(region.region) : 'a region'} ${issue.message}.`;
  }
  if (field === 'regions') return `Where it hurts: ${issue.message}.`;
  if (field === 'at') return 'When: please enter a valid date and time.';
  if (field === 'note') return `Note ${issue.message}.`;
  return issue.message;
}
