/**
 * Owns the workstation check page (#/learn/workstation-check): the questions
 * as keyboard-friendly radio groups (starting from the latest answers when
 * redone), saving each round as a new check, and the results — a to-do list
 * of fixes ranked by how much they load the places the person logged
 * (workstation-todo.ts), each with its muscles and one routine, where marking
 * a fix done saves a new check with that change; then what is already fine
 * and what changed since the check before.
 */
import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import {
  WORKSTATION_ITEMS,
  answeredItems,
  compareLatestWorkstationChecks,
  getWorkstationItem,
  type WorkstationAnswers,
  type WorkstationCheck,
  type WorkstationComparison,
} from '@common/domain/workstation';
import type { PainEntry } from '@common/domain/pain';
import { api, errorMessage } from '@renderer/lib/api';
import { formatShortDate, todayLocalDate } from '@renderer/lib/dates';
import { useRecentWorkstationChecks } from './use-workstation-checks';
import { TODO_WINDOW_DAYS, answersWithFixDone, buildTodoList, todoWindow, type TodoItem } from './workstation-todo';
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
  const recentPain = useRecentPain();
  const [doneStatus, setDoneStatus] = useState<string | null>(null);
  const [doneError, setDoneError] = useState<string | null>(null);

  async function markDone(itemId: string) {
    if (!latest || saving) return;
    setSaving(true);
    setDoneError(null);
    try {
      const saved = await api.workstation.save({ answers: answersWithFixDone(latest.answers, itemId) });
      recent.added(saved);
      const item = getWorkstationItem(itemId);
      const now = item?.options.find((o) => o.id === saved.answers[itemId]);
      setDoneStatus(
        `Done: ${item?.topic ?? itemId} is now “${now?.label ?? ''}”. Saved as a new check, so your weekly report shows the change.`,
      );
    } catch (err) {
      setDoneError(`Not saved: ${errorMessage(err)}`);
    } finally {
      setSaving(false);
    }
  }

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
          pain={recentPain}
          headingRef={resultsHeading}
          onRedo={redo}
          onDone={(itemId) => void markDone(itemId)}
          busy={saving}
          status={doneStatus}
          error={doneError}
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

/** The pain entries of the last TODO_WINDOW_DAYS, for ranking the fixes; [] until they arrive or if they cannot. */
function useRecentPain(): PainEntry[] {
  const [entries, setEntries] = useState<PainEntry[]>([]);
  useEffect(() => {
    let alive = true;
    api.pain.list({ ...todoWindow(todayLocalDate()), limit: 5000 }).then(
      (list) => alive && setEntries(list),
      () => undefined, // the list still shows, ranked by strain alone
    );
    return () => {
      alive = false;
    };
  }, []);
  return entries;
}

function Results({
  check,
  comparison,
  pain,
  headingRef,
  onRedo,
  onDone,
  busy,
  status,
  error,
}: {
  check: WorkstationCheck;
  comparison: WorkstationComparison | null;
  pain: readonly PainEntry[];
  headingRef: RefObject<HTMLHeadingElement | null>;
  onRedo(): void;
  onDone(itemId: string): void;
  busy: boolean;
  status: string | null;
  error: string | null;
}) {
  const answered = answeredItems(check.answers);
  const todos = buildTodoList(check, pain);
  const fine = answered.filter((a) => a.option.load === 0);
  const skipped = WORKSTATION_ITEMS.length - answered.length;
  const changes = comparison ? [...comparison.improved, ...comparison.worse, ...comparison.changed] : [];
  const ranked = todos.some((t) => t.score > 0);

  return (
    <section className="ws-results" aria-labelledby="ws-results-title">
      <div className="ws-results-head">
        <div>
          <h2 id="ws-results-title" ref={headingRef} tabIndex={-1}>
            Your check from {dayWords(check.localDate)}
          </h2>
          <p className="hint">{resultSummary(todos.length, fine.length, skipped)}</p>
        </div>
        <button type="button" onClick={onRedo}>
          Redo the check
        </button>
      </div>

      <p className="ws-status" role="status">
        {status}
      </p>
      {error && (
        <p className="alert error" role="alert">
          {error}
        </p>
      )}

      {todos.length > 0 && (
        <>
          <h3 className="ws-group-title" id="ws-todo-title">
            Your to-do list
          </h3>
          <p className="hint ws-todo-intro">
            {ranked
              ? `Most helpful first: changes that ease the muscles behind the pain you logged in the last ${TODO_WINDOW_DAYS / 7} weeks come first, then those that add the most strain.`
              : `Ranked by how much strain each answer adds. Log your pain and the list puts first what loads the places that hurt.`}
          </p>
          <ol className="ws-todo" aria-labelledby="ws-todo-title">
            {todos.map((t) => (
              <TodoRow key={t.itemId} todo={t} onDone={() => onDone(t.itemId)} busy={busy} />
            ))}
          </ol>
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

      <p className="hint ws-note">
        These are possible sources of strain, not a diagnosis. If pain stays despite changes, read{' '}
        <a href="#/learn/when-to-see-a-professional">when to see a professional</a>.
      </p>
    </section>
  );
}

/** "2 things to change; 1 answer already helps. 6 questions skipped." */
function resultSummary(todo: number, fine: number, skipped: number): string {
  const parts =
    todo === 0
      ? ['None of your answers adds strain to your muscles. Nice work.']
      : [
          `${todo} ${todo === 1 ? 'thing' : 'things'} to change` +
            (fine > 0 ? `; ${fine} ${fine === 1 ? 'answer already helps' : 'answers already help'}.` : '.'),
        ];
  if (skipped > 0) parts.push(`${skipped} ${skipped === 1 ? 'question' : 'questions'} skipped.`);
  return parts.join(' ');
}

function TodoRow({ todo, onDone, busy }: { todo: TodoItem; onDone(): void; busy: boolean }) {
  const titleId = `ws-todo-${todo.itemId}`;
  const side = todo.routine?.side;
  return (
    <li className="card ws-todo-item" data-item={todo.itemId}>
      <div className="ws-todo-head">
        <h4 id={titleId}>{todo.todo}</h4>
        <span className={`ws-load load-${todo.load}`}>{todo.load === 2 ? 'A lot of strain' : 'Some strain'}</span>
        <button type="button" className="ws-done" onClick={onDone} disabled={busy} aria-describedby={titleId}>
          Mark done
        </button>
      </div>
      <p className="ws-answer">
        <span className="hint">{todo.topic}, your answer:</span> {todo.answer}. {todo.why}
      </p>
      <p className="ws-how">{todo.how}</p>
      <p className="ws-loads">
        <span className="hint">Muscles it loads:</span>{' '}
        {todo.muscles.map((m, i) => (
          <span key={m.id}>
            {i > 0 && ', '}
            <a href={`#/routines/muscle/${m.id}`}>{m.name}</a>
          </span>
        ))}
        {todo.places.length > 0 && (
          <>
            {' '}
            <span className="hint">— behind pain you logged at</span> {todo.places.slice(0, 3).join(', ')}
            {todo.places.length > 3 ? ` and ${todo.places.length - 3} more` : ''}
          </>
        )}
      </p>
      {todo.routine && (
        <a className="ws-routine-link" href={`#/routines/play/${todo.routine.id}${side ? `/${side}` : ''}`}>
          Start: {todo.routine.title}
          {side ? ` (${side} side)` : ''}
        </a>
      )}
    </li>
  );
}
