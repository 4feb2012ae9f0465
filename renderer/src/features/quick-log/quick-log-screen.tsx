/**
 * Owns the quick log (#/quick-log, the small window the tray's "Log pain…"
 * opens): keyboard first. Type where it hurts and the box completes region
 * names (words in any order); ↑/↓ and Enter pick one; a digit picks the
 * highlighted region and rates it (1 then 0 is 10), or else the place still
 * waiting for its number; a quality word ("ach…", "thro…") describes the last
 * region, ahead of a place with a like name; Enter saves with the time now
 * (never with a place nobody rated: it asks for the number), Esc cancels.
 * The rules are in quick-log-model.ts.
 * After saving it says so briefly and closes itself (the web preview goes
 * back to Today instead).
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { nowAsOffsetDateTime } from '@common/domain/time';
import { api, errorMessage } from '@renderer/lib/api';
import { appNow } from '@renderer/lib/clock';
import { navigate } from '@renderer/lib/routes';
import type { Completion } from '@renderer/lib/region-search';
import { nextIntensity } from '@renderer/ui/intensity-keys';
import { checkSave, completions, digitTargetIndex, type Chosen } from './quick-log-model';
import './quick-log.css';

/** Long enough to read "Saved", short enough not to be in the way. */
const CONFIRM_MS = 1200;

export function QuickLogScreen() {
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<Chosen[]>([]);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [phase, setPhase] = useState<'editing' | 'saving' | 'saved'>('editing');
  const [savedSummary, setSavedSummary] = useState('');
  const lastKeyWasDigit = useRef(false);
  // The place the last digit rated: a second digit straight after it goes to the same place ("1" "0" is 10).
  const digitRated = useRef<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const listId = `${id}-matches`;
  const hintId = `${id}-hint`;

  const options = useMemo<Completion[]>(() => completions(query, chosen), [query, chosen]);
  const open = options.length > 0;
  const activeIndex = Math.min(active, Math.max(0, options.length - 1));

  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  const close = useCallback(async () => {
    try {
      if ((await api.app.closeQuickLog()) === 'navigate') navigate('today');
    } catch {
      navigate('today');
    }
  }, []);

  function pick(option: Completion, intensity: number | null = null) {
    setError(null);
    setQuery('');
    setActive(0);
    if (option.kind === 'region') {
      setChosen((list) => [...list, { region: option.id, label: option.label, intensity, qualities: [] }]);
    } else {
      setChosen((list) =>
        list.map((c, i) =>
          i === list.length - 1
            ? {
                ...c,
                qualities: c.qualities.includes(option.id)
                  ? c.qualities.filter((q) => q !== option.id)
                  : [...c.qualities, option.id],
              }
            : c,
        ),
      );
    }
  }

  function setIntensity(index: number, value: number | null) {
    setError(null);
    setChosen((list) => list.map((c, i) => (i === index ? { ...c, intensity: value } : c)));
  }

  function remove(index: number) {
    setChosen((list) => list.filter((_, i) => i !== index));
    inputRef.current?.focus();
  }

  async function save() {
    const check = checkSave(chosen);
    if (!check.ok) {
      setError(check.message);
      return;
    }
    setPhase('saving');
    try {
      await api.pain.add({
        entry: { at: nowAsOffsetDateTime(new Date(appNow())), note: '', regions: check.regions },
      });
      setSavedSummary(chosen.map((c) => `${c.label} ${c.intensity}`).join(', '));
      setPhase('saved');
    } catch (err) {
      setError(errorMessage(err));
      setPhase('editing');
    }
  }

  useEffect(() => {
    if (phase !== 'saved') return;
    const timer = window.setTimeout(() => void close(), CONFIRM_MS);
    return () => window.clearTimeout(timer);
  }, [phase, close]);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (phase !== 'editing' || event.ctrlKey || event.metaKey || event.altKey) return;
    const digit = /^[0-9]$/.test(event.key) ? Number(event.key) : null;
    const wasDigit = lastKeyWasDigit.current;
    lastKeyWasDigit.current = digit !== null;
    if (digit !== null) {
      // No region name has a digit in it, so digits are always the rating.
      event.preventDefault();
      const highlighted = open ? options[activeIndex] : undefined;
      const target = digitTargetIndex(chosen, wasDigit ? digitRated.current : null);
      if (highlighted?.kind === 'region') {
        pick(highlighted, digit);
        digitRated.current = highlighted.id;
      } else if (target >= 0) {
        setIntensity(target, nextIntensity(chosen[target]!.intensity, digit, wasDigit));
        digitRated.current = chosen[target]!.region;
      } else setError('Type where it hurts first, then a number from 0 to 10.');
      return;
    }
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        if (!open) return;
        event.preventDefault();
        setActive((activeIndex + (event.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length);
        return;
      case 'Enter':
        event.preventDefault();
        if (open) pick(options[activeIndex]!);
        else if (query.trim()) setError(`No body region matches “${query.trim()}”. Try another word, like “neck”.`);
        else void save();
        return;
      case 'Escape':
        event.preventDefault();
        if (query) {
          setQuery('');
          setActive(0);
        } else void close();
        return;
      case 'Backspace':
        if (!query && chosen.length) {
          event.preventDefault();
          remove(chosen.length - 1);
        }
        return;
    }
  }

  if (phase === 'saved') {
    return (
      <div className="quick-log quick-log-done" role="status">
        <p className="quick-log-tick" aria-hidden="true">
          ✓
        </p>
        <p>
          <strong>Saved.</strong> {savedSummary}
        </p>
      </div>
    );
  }

  const activeOption = open ? options[activeIndex] : undefined;
  const optionId = (o: Completion) => `${id}-${o.kind}-${o.id}`;

  return (
    <div className="quick-log">
      <h1 tabIndex={-1}>Log pain</h1>
      <label htmlFor={`${id}-input`} className="visually-hidden">
        Where does it hurt?
      </label>
      <div className="quick-log-box">
        <input
          ref={inputRef}
          id={`${id}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          placeholder={chosen.length ? 'Another place, a number, or Enter to save' : 'Where does it hurt? e.g. temple'}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeOption ? optionId(activeOption) : undefined}
          aria-describedby={hintId}
          aria-invalid={error ? true : undefined}
          value={query}
          disabled={phase === 'saving'}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setError(null);
          }}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" aria-label="Matches" className="quick-log-matches" hidden={!open}>
          {options.map((o, i) => (
            <li
              key={optionId(o)}
              id={optionId(o)}
              role="option"
              aria-selected={i === activeIndex}
              data-kind={o.kind}
              // Keep focus in the box: the list is driven from there.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(o)}
            >
              {o.kind === 'quality' ? (
                <>
                  <span className="quick-log-kind">Feels</span> {o.label}
                </>
              ) : (
                o.label
              )}
            </li>
          ))}
        </ul>
      </div>
      <p id={hintId} className="hint quick-log-hint">
        Type a place, <kbd>↑</kbd>
        <kbd>↓</kbd> and <kbd>Enter</kbd> to pick, a number <kbd>0</kbd>–<kbd>10</kbd> for how strong. <kbd>Enter</kbd>{' '}
        saves, <kbd>Esc</kbd> cancels.
      </p>
      {error && (
        <div className="alert error quick-log-error" role="alert">
          {error}
        </div>
      )}
      {chosen.length > 0 ? (
        <ul className="quick-log-chosen" aria-label="Chosen places">
          {chosen.map((c, i) => (
            <li key={c.region} data-current={i === chosen.length - 1 ? 'true' : undefined}>
              <span className="quick-log-region">
                {c.label}
                {c.qualities.length > 0 && <span className="hint"> · {c.qualities.join(', ')}</span>}
                {c.intensity === null && <span className="quick-log-unrated"> · not rated yet</span>}
              </span>
              <input
                type="number"
                min={0}
                max={10}
                step={1}
                inputMode="numeric"
                aria-label={`${c.label}: how strong, 0 to 10`}
                aria-invalid={error !== null && c.intensity === null ? true : undefined}
                value={c.intensity ?? ''}
                placeholder="0–10"
                onChange={(e) => {
                  const n = e.target.valueAsNumber;
                  setIntensity(i, Number.isNaN(n) ? null : Math.max(0, Math.min(10, Math.round(n))));
                }}
              />
              <button type="button" className="link" aria-label={`Remove ${c.label}`} onClick={() => remove(i)}>
                ✕
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="quick-log-empty hint">Nothing chosen yet. Left and right are your own.</p>
      )}
      <div className="actions quick-log-actions">
        <button type="button" onClick={() => void close()}>
          Cancel <kbd>Esc</kbd>
        </button>
        <button type="button" className="primary" disabled={phase === 'saving'} onClick={() => void save()}>
          {phase === 'saving' ? 'Saving…' : 'Save'} <kbd>Enter</kbd>
        </button>
      </div>
    </div>
  );
}
