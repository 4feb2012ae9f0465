/**
 * Owns the workstation check page (#/learn/workstation-check): the questions
 * as keyboard-friendly radio groups (starting from the latest answers when
 * redone), saving each round as a new check, and the results — per answer,
 * the muscles it loads (derived from the atlas) with their release routines,
 * what to change, and what changed since the check before.
 */
import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { releaseRoutineFor } from '@common/domain/atlas';
import {
  WORKSTATION_ITEMS,
  answeredItems,
  compareLatestWorkstationChecks,
  type AnsweredItem,
  type WorkstationAnswers,
  type WorkstationCheck,
  type WorkstationComparison,
} from '@common/domain/workstation';
import { api, errorMessage } from '@renderer/lib/api';
import { formatShortDate } from '@renderer/lib/dates';
import { useRecentWorkstationChecks } from './use-workstation-checks';
import './learn.css';

type Mode = 'questions' | 'results';

/** "today", "yesterday" or "Thu, 19 Nov", to run on in a sentence. */
function dayWords(localDate: string): string {
  const words = formatShortDate(localDate);
  return words === 'Today' || words === 'Yesterday' ? words.toLowerCase() : words;
}

export function WorkstationScreen() {
  const recent = useRecentWorkstationChecks();
  const latest = recent.checks?.[0] ?? null;
  // Until the person chooses, the page shows the last results if there are any, otherwise the questions.
  const [chosenMode, setMode] = useState<Mode | null>(null);
  const [draft, setDraft] = useState<WorkstationAnswers>({});
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const focusTarget = useRef<'results' | 'questions' | null>(null);
  const mode: Mode | null = chosenMode ?? (recent.checks === null ? null : latest ? 'results' : 'questions');
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const questionsHeading = useRef<HTMLHeadingElement>(null);

  // After switching between questions and results, land on the new part's heading.
  useEffect(() => {
    const target = focusTarget.current;
    const heading = target && (target === 'results' ? resultsHeading : questionsHeading).current;
    if (!heading) return;
    focusTarget.current = null;
    heading.focus();
  }, [mode, recent.checks]);

  function redo() {
    setDraft({ ...(latest?.answers ?? {}) });
    setFormError(null);
    focusTarget.current = 'questions';
    setMode('questions');
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const answers = Object.fromEntries(
      WORKSTATION_ITEMS.filter((i) => draft[i.id] !== undefined).map((i) => [i.id, draft[i.id]!]),
    );
    if (Object.keys(answers).length === 0) {
      setFormError('Answer at least one question to see what it means for your muscles.');
      return;
    }
    setSaving(true);
    setFormError(null);
    try {
      recent.added(await api.workstation.save({ answers }));
      focusTarget.current = 'results';
      setMode('results');
    } catch (err) {
      setFormError(`Not saved: ${errorMessage(err)}`);
    } finally {
      setSaving(false);
    }
  }

  const answeredCount = WORKSTATION_ITEMS.filter((i) => draft[i.id] !== undefined).length;

  return (
    <div className="workstation-page">
      <div className="page-header">
        <div>
          <a className="back-link" href="#/learn">
            ← Learn
          </a>
          <h1 tabIndex={-1}>Workstation check</h1>
          <p>
            {WORKSTATION_ITEMS.length} quick questions about your desk and habits. Each answer shows which muscles it
            keeps busy and what to change.
          </p>
        </div>
      </div>

      {recent.error && (
        <p className="alert error" role="alert">
          Could not load your earlier checks: {recent.error}
        </p>
      )}

      {mode === null && <p className="hint">Loading…</p>}

      {mode === 'results' && latest && (
        <Results
          check={latest}
          comparison={compareLatestWorkstationChecks(recent.checks ?? [])}
          headingRef={resultsHeading}
          onRedo={redo}
        />
      )}

      {mode === 'questions' && (
        <form className="ws-form" onSubmit={(e) => void save(e)} noValidate aria-labelledby="ws-questions-title">
          <h2 id="ws-questions-title" ref={questionsHeading} tabIndex={-1}>
            {latest ? 'Your answers' : 'The questions'}
          </h2>
          <p className="hint">
            {latest
              ? `Your answers from ${dayWords(latest.localDate)} are filled in. Change what is different now; the earlier check is kept so you can see what changed.`
              : 'Pick the answer that fits best. Skip any question that does not apply to you.'}
          </p>
          {WORKSTATION_ITEMS.map((item, i) => (
            <fieldset key={item.id} className="ws-item">
              <legend>
                <span className="ws-item-number">{i + 1}.</span> {item.question}
              </legend>
              <div className="ws-options">
                {item.options.map((option) => (
                  <label key={option.id} className="ws-option">
                    <input
                      type="radio"
                      name={`ws-${item.id}`}
                      value={option.id}
                      checked={draft[item.id] === option.id}
                      onChange={() => setDraft((d) => ({ ...d, [item.id]: option.id }))}
                    />
                    <span>{option.label}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
          {formError && (
            <p className="alert error" role="alert">
              {formError}
            </p>
          )}
          <div className="actions ws-submit">
            <button type="submit" className="primary" disabled={saving}>
              {saving ? 'Saving…' : 'Save and see the results'}
            </button>
            {latest && (
              <button
                type="button"
                onClick={() => {
                  focusTarget.current = 'results';
                  setMode('results');
                }}
              >
                Cancel
              </button>
            )}
            <span className="hint" aria-live="polite">
              {answeredCount} of {WORKSTATION_ITEMS.length} answered
            </span>
          </div>
        </form>
      )}
    </div>
  );
}

function Results({
  check,
  comparison,
  headingRef,
  onRedo,
}: {
  check: WorkstationCheck;
  comparison: WorkstationComparison | null;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onRedo(): void;
}) {
  const answered = answeredItems(check.answers);
  const loading = answered.filter((a) => a.option.load > 0).sort((a, b) => b.option.load - a.option.load);
  const fine = answered.filter((a) => a.option.load === 0);
  const skipped = WORKSTATION_ITEMS.length - answered.length;
  const changes = comparison ? [...comparison.improved, ...comparison.worse, ...comparison.changed] : [];

  return (
    <section className="ws-results" aria-labelledby="ws-results-title">
      <div className="ws-results-head">
        <div>
          <h2 id="ws-results-title" ref={headingRef} tabIndex={-1}>
            Your check from {dayWords(check.localDate)}
          </h2>
          <p className="hint">{resultSummary(loading.length, fine.length, skipped)}</p>
        </div>
        <button type="button" className="primary" onClick={onRedo}>
          Redo the check
        </button>
      </div>

      {comparison && (
        <div className="card ws-changes">
          <h3>Since your previous check</h3>
          {changes.length === 0 ? (
            <p className="hint">No answers changed.</p>
          ) : (
            <ul>
              {comparison.improved.map((c) => (
                <li key={c.itemId} className="better">
                  <strong>{c.topic}: better.</strong> Now: {c.to.label}.
                </li>
              ))}
              {comparison.worse.map((c) => (
                <li key={c.itemId} className="worse">
                  <strong>{c.topic}: more strain.</strong> Now: {c.to.label}.
                </li>
              ))}
              {comparison.changed.map((c) => (
                <li key={c.itemId}>
                  <strong>{c.topic}: different.</strong> Now: {c.to.label}.
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      {loading.length > 0 && (
        <>
          <h3 className="ws-group-title">What keeps your muscles busy</h3>
          {loading.map((a) => (
            <LoadedItem key={a.item.id} answered={a} />
          ))}
        </>
      )}

      {fine.length > 0 && (
        <>
          <h3 className="ws-group-title">Already on your side</h3>
          <ul className="card ws-fine">
            {fine.map((a) => (
              <li key={a.item.id}>
                <strong>{a.item.topic}:</strong> {a.option.label}
              </li>
            ))}
          </ul>
        </>
      )}

      <p className="hint ws-note">
        These are possible sources of strain, not a diagnosis. If pain stays despite changes, read{' '}
        <a href="#/learn/when-to-see-a-professional">when to see a professional</a>.
      </p>
    </section>
  );
}

/** "2 answers keep some muscles busy; 1 already helps. 6 questions skipped." */
function resultSummary(loading: number, fine: number, skipped: number): string {
  const parts =
    loading === 0
      ? ['None of your answers adds strain to your muscles. Nice work.']
      : [
          `${loading} ${loading === 1 ? 'answer keeps' : 'answers keep'} some muscles busy` +
            (fine > 0 ? `; ${fine} already ${fine === 1 ? 'helps' : 'help'}.` : '.'),
        ];
  if (skipped > 0) parts.push(`${skipped} ${skipped === 1 ? 'question' : 'questions'} skipped.`);
  return parts.join(' ');
}

function LoadedItem({ answered }: { answered: AnsweredItem }) {
  const { item, option, loads } = answered;
  const titleId = `ws-result-${item.id}`;
  return (
    <article className="card ws-result" aria-labelledby={titleId} data-item={item.id}>
      <h4 id={titleId}>
        {item.topic}
        <span className={`ws-load load-${option.load}`}>{option.load === 2 ? 'A lot of strain' : 'Some strain'}</span>
      </h4>
      <p className="ws-answer">
        <span className="hint">Your answer:</span> {option.label}
      </p>
      {option.why && <p>{option.why}</p>}
      <h5>Muscles it loads</h5>
      <ul className="ws-muscles">
        {loads.map(({ muscle, notes }) => {
          const routine = releaseRoutineFor(muscle.id);
          return (
            <li key={muscle.id}>
              <div className="ws-muscle-name">
                <a href={`#/routines/muscle/${muscle.id}`}>{muscle.name}</a>
                <span className="hint"> · {muscle.plainName}</span>
              </div>
              {notes.map((n) => (
                <p key={n.factor} className="ws-muscle-note">
                  {n.note}
                </p>
              ))}
              {routine && (
                <a className="ws-routine-link" href={`#/routines/play/${routine.id}`}>
                  Start: {routine.title}
                </a>
              )}
            </li>
          );
        })}
      </ul>
      <p className="ws-fix">
        <strong>What helps:</strong> {item.fix}
      </p>
    </article>
  );
}
