/**
 * Owns the editor for the person's own routines (#/routines/new and
 * #/routines/edit/<id>): the routine's details and a steps editor (add,
 * remove, reorder by button or Alt+↑/↓). Checks with the same schema main
 * uses before anything is sent, naming each problem next to its field;
 * deleting offers Undo.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { MUSCLES } from '@common/domain/atlas';
import {
  STEP_KINDS,
  TOOL_LABELS,
  TOOLS,
  type Routine,
  type RoutineStep,
  type StepKind,
  type Tool,
} from '@common/domain/content';
import { CUSTOM_ROUTINE_PREFIX, customRoutineSchema } from '@common/domain/routine-sessions';
import { api, errorMessage } from '@renderer/lib/api';
import { navigate } from '@renderer/lib/routes';
import { useToast } from '@renderer/ui/toast';
import { deleteRoutineWithUndo } from './delete-routine';
import { formatLength, routineSeconds, STEP_KIND_LABELS } from './routine-meta';
import { useRoutineData } from './use-routine-data';
import './routines.css';
import { BackToRoutines } from './back-to-routines';

type EditableKind = 'desk' | 'release' | 'stretch';
const KIND_CHOICES: { value: EditableKind; label: string; hint: string }[] = [
  { value: 'desk', label: 'Desk routine', hint: 'a few muscles, pressure and stretches' },
  { value: 'release', label: 'Release one muscle', hint: 'pressure and a stretch for one muscle' },
  { value: 'stretch', label: 'Stretches only', hint: 'no pressure' },
];

interface StepDraft {
  key: number;
  kind: StepKind;
  seconds: string;
  side: '' | 'left' | 'right';
  text: string;
}

interface Draft {
  title: string;
  summary: string;
  kind: EditableKind;
  muscles: string[];
  tools: Tool[];
  bothSides: boolean;
  rounds: string;
  rest: string;
  cautions: string;
  steps: StepDraft[];
}

let nextKey = 1;
const stepDraft = (s: Partial<RoutineStep> = {}): StepDraft => ({
  key: nextKey++,
  kind: s.kind ?? 'stretch',
  seconds: String(s.seconds ?? 30),
  side: s.side ?? '',
  text: s.text ?? '',
});

function newDraft(): Draft {
  return {
    title: '',
    summary: '',
    kind: 'desk',
    muscles: [],
    tools: ['hands'],
    bothSides: true,
    rounds: '1',
    rest: '20',
    cautions: '',
    steps: [
      stepDraft({ kind: 'locate', seconds: 20, text: 'Find a tender spot and rest your fingers on it.' }),
      stepDraft({
        kind: 'press',
        seconds: 60,
        text: 'Press steadily at about 5 or 6 out of 10 and breathe slowly. Ease off if it goes past 7.',
      }),
      stepDraft({ kind: 'stretch', seconds: 30, text: 'Let go and stretch the muscle gently, to a mild pull.' }),
    ],
  };
}

function draftOf(r: Routine): Draft {
  return {
    title: r.title,
    summary: r.summary,
    kind: r.kind === 'micro' ? 'stretch' : r.kind,
    muscles: [...r.muscles],
    tools: [...r.tools],
    bothSides: r.bothSides,
    rounds: String(r.rounds),
    rest: String(r.restBetweenRoundsSeconds),
    cautions: r.cautions.join('\n'),
    steps: r.steps.map((s) => stepDraft(s)),
  };
}

export function slugify(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

function uniqueId(title: string, taken: readonly string[]): string {
  const slug = slugify(title) || (title.trim().length >= 3 ? 'routine' : '');
  const base = `${CUSTOM_ROUTINE_PREFIX}${slug}`;
  if (!slug || !taken.includes(base)) return base;
  let n = 2;
  while (taken.includes(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

const num = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

type Errors = Record<string, string>;

function toRoutine(draft: Draft, id: string): unknown {
  return {
    id,
    title: draft.title.trim(),
    summary: draft.summary.trim(),
    kind: draft.kind,
    muscles: draft.muscles,
    tools: draft.tools,
    bothSides: draft.bothSides,
    rounds: num(draft.rounds),
    restBetweenRoundsSeconds: num(draft.rest),
    cautions: draft.cautions
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
    steps: draft.steps.map((s) => ({
      kind: s.kind,
      seconds: num(s.seconds),
      ...(s.side ? { side: s.side } : {}),
      text: s.text.trim(),
    })),
  };
}

/** Every problem, keyed by the field it belongs to, in words a person can act on. */
function check(draft: Draft, id: string): { errors: Errors; routine: Routine | null } {
  const errors: Errors = {};
  const result = customRoutineSchema.safeParse(toRoutine(draft, id));
  for (const issue of result.success ? [] : result.error.issues) {
    const [field, index, sub] = issue.path;
    if (field === 'title' || field === 'id')
      errors.title ??= 'Give it a title of 3 to 80 characters, with some letters.';
    else if (field === 'summary') errors.summary ??= 'Add a short summary of at least 3 characters: what is it for?';
    else if (field === 'tools') errors.tools ??= 'Pick at least one tool, or “No tool”.';
    else if (field === 'rounds') errors.rounds ??= 'Rounds: a whole number from 1 to 4.';
    else if (field === 'restBetweenRoundsSeconds') errors.rest ??= 'Rest: a whole number of seconds from 0 to 120.';
    else if (field === 'cautions') errors.cautions ??= 'Cautions: each line needs at least 3 characters.';
    else if (field === 'steps' && typeof index === 'number') {
      const key = `steps.${index}.${sub === 'text' ? 'text' : 'seconds'}`;
      if (sub === 'text') errors[key] ??= 'Say what to do in this step, in at least 3 characters.';
      else errors[key] ??= secondsProblem(draft.steps[index]!) ?? issue.message;
    } else if (field === 'steps') errors.steps ??= 'A routine needs 1 to 40 steps.';
    else errors[String(field ?? 'form')] ??= issue.message;
  }
  // Checked here too: the schema only looks at a press step's length once the rest of the step is fine.
  draft.steps.forEach((s, i) => {
    const problem = secondsProblem(s);
    if (problem) errors[`steps.${i}.seconds`] ??= problem;
  });
  const hasPress = draft.steps.some((s) => s.kind === 'press');
  if (draft.kind === 'release' && draft.muscles.length !== 1) {
    errors.muscles ??= 'A “Release one muscle” routine works on exactly one muscle.';
  } else if (hasPress && draft.muscles.length === 0) {
    errors.muscles ??= 'Pick the muscles you press, so Unknot can keep count of pressure rounds for the day.';
  }
  if (draft.kind === 'stretch' && hasPress) {
    errors.kind ??= 'A stretches-only routine has no press steps: choose “Desk routine”, or change the press steps.';
  }
  const ok = result.success && Object.keys(errors).length === 0;
  return { errors, routine: ok ? result.data : null };
}

function secondsProblem(step: StepDraft): string | null {
  const s = num(step.seconds);
  if (step.kind === 'press' && !(Number.isInteger(s) && s >= 30 && s <= 90)) {
    return 'A press step holds for 30 to 90 seconds.';
  }
  if (!(Number.isInteger(s) && s >= 3 && s <= 600)) return 'Seconds: a whole number from 3 to 600.';
  return null;
}

const FIELD_ORDER = ['title', 'summary', 'kind', 'muscles', 'tools', 'rounds', 'rest', 'cautions', 'steps'];
function fieldRank(field: string): number {
  const [head, index, sub] = field.split('.');
  const base = FIELD_ORDER.indexOf(head!);
  return (base < 0 ? 99 : base) * 1000 + (index ? Number(index) * 2 + (sub === 'text' ? 1 : 0) : 0);
}

export function RoutineEditorScreen({ routineId }: { routineId?: string }) {
  const { custom, error: loadError, reload } = useRoutineData();
  if (custom === null) {
    return (
      <div className="page-header">
        <h1 tabIndex={-1}>{routineId ? 'Edit routine' : 'New routine'}</h1>
        <p className="hint">Loading…</p>
      </div>
    );
  }
  const editing = routineId ? custom.find((r) => r.id === routineId) : undefined;
  if (routineId && !editing) {
    return (
      <>
        <div className="page-header">
          <h1 tabIndex={-1}>Routine not found</h1>
        </div>
        <div className="card empty">
          {loadError && <p className="alert error">{loadError}</p>}
          <strong>There is no routine of yours called “{routineId}”.</strong>
          It may have been deleted. <a href="#/routines">Back to the routines</a>
        </div>
      </>
    );
  }
  return <RoutineEditor editing={editing} taken={custom.map((r) => r.id)} reload={reload} />;
}

interface EditorProps {
  editing: Routine | undefined;
  taken: string[];
  reload(): Promise<void>;
}

function RoutineEditor({ editing, taken, reload }: EditorProps) {
  const [draft, setDraft] = useState<Draft>(() => (editing ? draftOf(editing) : newDraft()));
  const [errors, setErrors] = useState<Errors>({});
  const [tried, setTried] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const toast = useToast();
  const form = useRef<HTMLFormElement>(null);
  const pendingFocus = useRef<string | null>(null);
  const ids = { title: useId(), summary: useId(), kind: useId(), rounds: useId(), rest: useId(), cautions: useId() };

  const id = editing?.id ?? uniqueId(draft.title, taken);

  // After a reorder, add or remove, put focus where the person's attention now is.
  useLayoutEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    form.current?.querySelector<HTMLElement>(target)?.focus();
  });

  useEffect(() => {
    document.title = `${editing ? 'Edit routine' : 'New routine'} — Unknot`;
    return () => {
      document.title = 'Unknot';
    };
  }, [editing]);

  function update(patch: Partial<Draft>) {
    const next = { ...draft, ...patch };
    setDraft(next);
    // Once the person has tried to save, problems clear as they are fixed.
    if (tried) setErrors(check(next, editing?.id ?? uniqueId(next.title, taken)).errors);
  }

  function updateStep(key: number, patch: Partial<StepDraft>) {
    update({ steps: draft.steps.map((s) => (s.key === key ? { ...s, ...patch } : s)) });
  }

  function moveStep(index: number, by: -1 | 1, focusWhat: 'up' | 'down' | 'kind') {
    const to = index + by;
    if (to < 0 || to >= draft.steps.length) return;
    const steps = [...draft.steps];
    const [moved] = steps.splice(index, 1);
    steps.splice(to, 0, moved!);
    // Keep focus on the same control of the moved step, or its neighbour if that control is now disabled.
    const edge = (focusWhat === 'up' && to === 0) || (focusWhat === 'down' && to === steps.length - 1);
    const control = edge ? (focusWhat === 'up' ? 'down' : 'up') : focusWhat;
    pendingFocus.current = `[data-step-key="${moved!.key}"] [data-control="${control}"]`;
    update({ steps });
  }

  function addStep() {
    const step = stepDraft({ kind: 'stretch', seconds: 30, text: '' });
    pendingFocus.current = `[data-step-key="${step.key}"] [data-control="kind"]`;
    update({ steps: [...draft.steps, step] });
  }

  function removeStep(index: number) {
    const steps = draft.steps.filter((_, i) => i !== index);
    const neighbour = steps[index] ?? steps[index - 1];
    pendingFocus.current = neighbour ? `[data-step-key="${neighbour.key}"] [data-control="remove"]` : '#add-step';
    update({ steps });
  }

  function onStepKey(event: KeyboardEvent, index: number) {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const target = event.target as HTMLElement;
    const control = target.closest<HTMLElement>('[data-control]')?.dataset.control;
    if (control === 'up' || control === 'down') {
      moveStep(index, event.key === 'ArrowUp' ? -1 : 1, control);
    } else {
      // A field keeps the focus as its step moves.
      moveStep(index, event.key === 'ArrowUp' ? -1 : 1, 'kind');
      if (target.id) pendingFocus.current = `#${CSS.escape(target.id)}`;
    }
  }

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (saving) return;
    setTried(true);
    setSaveError(null);
    const { errors: found, routine } = check(draft, id);
    setErrors(found);
    if (!routine) {
      const first = Object.keys(found).sort((a, b) => fieldRank(a) - fieldRank(b))[0];
      if (first)
        window.setTimeout(() => form.current?.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus(), 0);
      return;
    }
    setSaving(true);
    try {
      const saved = await api.routines.customSave({ routine });
      toast.show({ message: editing ? `Saved your changes to “${saved.title}”.` : `Saved “${saved.title}”.` });
      navigate('routines');
    } catch (err) {
      setSaveError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  }

  async function remove() {
    if (!editing) return;
    await deleteRoutineWithUndo(editing, toast, reload);
    navigate('routines');
  }

  const problems = Object.entries(errors).sort(([a], [b]) => fieldRank(a) - fieldRank(b));
  const describedBy = (field: string, hintId?: string) =>
    [errors[field] ? `err-${field.replace(/\./g, '-')}` : null, hintId].filter(Boolean).join(' ') || undefined;
  const fieldError = (field: string) =>
    errors[field] ? (
      <p className="field-error" id={`err-${field.replace(/\./g, '-')}`}>
        {errors[field]}
      </p>
    ) : null;

  const preview = customRoutineSchema.safeParse(toRoutine(draft, id));
  const length = preview.success ? formatLength(routineSeconds(preview.data)) : null;

  return (
    <>
      <div className="page-header">
        <div>
          <BackToRoutines />
          <h1 tabIndex={-1}>{editing ? `Edit “${editing.title}”` : 'New routine'}</h1>
          <p>Your own routine plays like the built-in ones, with the same timer, checks and safety stop.</p>
        </div>
      </div>
      <form
        ref={form}
        className="routine-editor"
        onSubmit={submit}
        onKeyDown={(e) => {
          if ((e.ctrlKey || e.metaKey) && (e.key === 's' || e.key === 'Enter')) {
            e.preventDefault();
            void submit();
          }
        }}
        noValidate
        aria-label={editing ? 'Edit routine' : 'New routine'}
      >
        {problems.length > 0 && (
          <div className="alert error" role="alert">
            <strong>Nothing was saved.</strong> Please fix {problems.length === 1 ? 'this' : 'these'}:
            <ul>
              {problems.map(([field, message]) => (
                <li key={field}>{describeField(field, draft) + message}</li>
              ))}
            </ul>
          </div>
        )}
        {saveError && (
          <div className="alert error" role="alert">
            Not saved: {saveError}
          </div>
        )}

        <section className="card" aria-labelledby="editor-about">
          <h2 id="editor-about">About it</h2>
          <div className="field">
            <label htmlFor={ids.title}>Title</label>
            <input
              id={ids.title}
              type="text"
              data-field="title"
              value={draft.title}
              maxLength={80}
              onChange={(e) => update({ title: e.target.value })}
              aria-invalid={errors.title ? true : undefined}
              aria-describedby={describedBy('title')}
            />
            {fieldError('title')}
          </div>
          <div className="field">
            <label htmlFor={ids.summary}>Summary</label>
            <textarea
              id={ids.summary}
              data-field="summary"
              value={draft.summary}
              maxLength={600}
              rows={2}
              onChange={(e) => update({ summary: e.target.value })}
              aria-invalid={errors.summary ? true : undefined}
              aria-describedby={describedBy('summary')}
              placeholder="What it is for, in a sentence."
            />
            {fieldError('summary')}
          </div>
          <div className="field">
            <label htmlFor={ids.kind}>Kind</label>
            <select
              id={ids.kind}
              data-field="kind"
              value={draft.kind}
              onChange={(e) => update({ kind: e.target.value as EditableKind })}
              aria-invalid={errors.kind ? true : undefined}
              aria-describedby={describedBy('kind')}
            >
              {KIND_CHOICES.map((k) => (
                <option key={k.value} value={k.value}>
                  {k.label}: {k.hint}
                </option>
              ))}
            </select>
            {fieldError('kind')}
          </div>
          <fieldset className="field plain-fieldset" aria-describedby={describedBy('muscles')}>
            <legend className="field-legend">Muscles</legend>
            <div className="muscle-checks" data-field-group="muscles">
              {MUSCLES.map((m, i) => (
                <label key={m.id} className="check">
                  <input
                    type="checkbox"
                    data-field={i === 0 ? 'muscles' : undefined}
                    checked={draft.muscles.includes(m.id)}
                    onChange={(e) =>
                      update({
                        muscles: e.target.checked
                          ? MUSCLES.filter((x) => x.id === m.id || draft.muscles.includes(x.id)).map((x) => x.id)
                          : draft.muscles.filter((x) => x !== m.id),
                      })
                    }
                  />
                  <span>
                    {m.name} <span className="hint">{m.plainName}</span>
                  </span>
                </label>
              ))}
            </div>
            {fieldError('muscles')}
          </fieldset>
          <fieldset className="field plain-fieldset" aria-describedby={describedBy('tools')}>
            <legend className="field-legend">Tools</legend>
            <div className="pills">
              {TOOLS.map((t, i) => (
                <label key={t} className="pill">
                  <input
                    type="checkbox"
                    data-field={i === 0 ? 'tools' : undefined}
                    checked={draft.tools.includes(t)}
                    onChange={(e) =>
                      update({
                        tools: e.target.checked
                          ? TOOLS.filter((x) => x === t || draft.tools.includes(x))
                          : draft.tools.filter((x) => x !== t),
                      })
                    }
                  />
                  {TOOL_LABELS[t]}
                </label>
              ))}
            </div>
            {fieldError('tools')}
          </fieldset>
          <div className="editor-row">
            <label className="check">
              <input
                type="checkbox"
                checked={draft.bothSides}
                onChange={(e) => update({ bothSides: e.target.checked })}
              />
              Both sides, left then right
            </label>
            <div className="num-field">
              <label htmlFor={ids.rounds}>Rounds</label>
              <input
                id={ids.rounds}
                type="number"
                min={1}
                max={4}
                data-field="rounds"
                value={draft.rounds}
                onChange={(e) => update({ rounds: e.target.value })}
                aria-invalid={errors.rounds ? true : undefined}
                aria-describedby={describedBy('rounds')}
              />
            </div>
            <div className="num-field">
              <label htmlFor={ids.rest}>Rest between rounds (seconds)</label>
              <input
                id={ids.rest}
                type="number"
                min={0}
                max={120}
                data-field="rest"
                value={draft.rest}
                onChange={(e) => update({ rest: e.target.value })}
                aria-invalid={errors.rest ? true : undefined}
                aria-describedby={describedBy('rest')}
              />
            </div>
          </div>
          {fieldError('rounds')}
          {fieldError('rest')}
          <div className="field">
            <label htmlFor={ids.cautions}>
              Cautions <span className="hint">one per line, optional</span>
            </label>
            <textarea
              id={ids.cautions}
              data-field="cautions"
              value={draft.cautions}
              rows={3}
              onChange={(e) => update({ cautions: e.target.value })}
              aria-invalid={errors.cautions ? true : undefined}
              aria-describedby={describedBy('cautions')}
              placeholder="e.g. Stop if your hand starts to tingle."
            />
            {fieldError('cautions')}
          </div>
        </section>

        <section className="card" aria-labelledby="editor-steps">
          <div className="section-head">
            <div>
              <h2 id="editor-steps">Steps</h2>
              <p className="hint">
                Press steps hold for 30–90 seconds. Move a step with its buttons or <kbd>Alt</kbd>+<kbd>↑</kbd>/
                <kbd>↓</kbd>.
              </p>
            </div>
            {length && <span className="badge">About {length} in all</span>}
          </div>
          {fieldError('steps')}
          <ol className="step-editor">
            {draft.steps.map((step, i) => {
              const n = i + 1;
              const secondsField = `steps.${i}.seconds`;
              const textField = `steps.${i}.text`;
              return (
                <li key={step.key} data-step-key={step.key} onKeyDown={(e) => onStepKey(e, i)}>
                  <fieldset className="plain-fieldset">
                    <legend className="step-legend">Step {n}</legend>
                    <div className="step-row">
                      <div className="num-field">
                        <label htmlFor={`step-${step.key}-kind`}>
                          <span className="visually-hidden">Step {n}: </span>Kind
                        </label>
                        <select
                          id={`step-${step.key}-kind`}
                          data-control="kind"
                          value={step.kind}
                          onChange={(e) => updateStep(step.key, { kind: e.target.value as StepKind })}
                        >
                          {STEP_KINDS.map((k) => (
                            <option key={k} value={k}>
                              {STEP_KIND_LABELS[k]}
                            </option>
                          ))}
                        </select>
                      </div>
                      <div className="num-field">
                        <label htmlFor={`step-${step.key}-seconds`}>
                          <span className="visually-hidden">Step {n}: </span>Seconds
                        </label>
                        <input
                          id={`step-${step.key}-seconds`}
                          type="number"
                          min={step.kind === 'press' ? 30 : 3}
                          max={step.kind === 'press' ? 90 : 600}
                          data-field={secondsField}
                          value={step.seconds}
                          onChange={(e) => updateStep(step.key, { seconds: e.target.value })}
                          aria-invalid={errors[secondsField] ? true : undefined}
                          aria-describedby={describedBy(secondsField)}
                        />
                      </div>
                      <div className="num-field">
                        <label htmlFor={`step-${step.key}-side`}>
                          <span className="visually-hidden">Step {n}: </span>Side
                        </label>
                        <select
                          id={`step-${step.key}-side`}
                          value={step.side}
                          onChange={(e) => updateStep(step.key, { side: e.target.value as StepDraft['side'] })}
                        >
                          <option value="">{draft.bothSides ? 'Each side in turn' : 'Either'}</option>
                          <option value="left">Left only</option>
                          <option value="right">Right only</option>
                        </select>
                      </div>
                      <div className="step-buttons">
                        <button
                          type="button"
                          data-control="up"
                          onClick={() => moveStep(i, -1, 'up')}
                          disabled={i === 0}
                          aria-label={`Move step ${n} up`}
                          title="Move up (Alt+↑)"
                        >
                          ↑
                        </button>
                        <button
                          type="button"
                          data-control="down"
                          onClick={() => moveStep(i, 1, 'down')}
                          disabled={i === draft.steps.length - 1}
                          aria-label={`Move step ${n} down`}
                          title="Move down (Alt+↓)"
                        >
                          ↓
                        </button>
                        <button
                          type="button"
                          className="danger"
                          data-control="remove"
                          onClick={() => removeStep(i)}
                          disabled={draft.steps.length === 1}
                          aria-label={`Remove step ${n}`}
                        >
                          Remove
                        </button>
                      </div>
                    </div>
                    {fieldError(secondsField)}
                    <label htmlFor={`step-${step.key}-text`} className="step-text-label">
                      <span className="visually-hidden">Step {n}: </span>What to do
                    </label>
                    <textarea
                      id={`step-${step.key}-text`}
                      rows={2}
                      maxLength={600}
                      data-field={textField}
                      value={step.text}
                      onChange={(e) => updateStep(step.key, { text: e.target.value })}
                      aria-invalid={errors[textField] ? true : undefined}
                      aria-describedby={describedBy(textField)}
                    />
                    {fieldError(textField)}
                  </fieldset>
                </li>
              );
            })}
          </ol>
          <button type="button" id="add-step" onClick={addStep} disabled={draft.steps.length >= 40}>
            + Add step
          </button>
        </section>

        <div className="save-bar">
          <div className="save-bar-row">
            <button type="submit" className="primary" disabled={saving}>
              {editing ? 'Save changes' : 'Save routine'}
            </button>
            <a className="button" href="#/routines">
              Cancel
            </a>
            <span className="hint">
              <kbd>Ctrl</kbd>+<kbd>S</kbd> saves
            </span>
            {editing && (
              <button type="button" className="danger editor-delete" onClick={() => void remove()}>
                Delete routine
              </button>
            )}
          </div>
        </div>
      </form>
    </>
  );
}

/** Step problems say which step; the others already name their field. */
function describeField(field: string, draft: Draft): string {
  const [head, index] = field.split('.');
  if (head !== 'steps' || index === undefined) return '';
  const step = draft.steps[Number(index)];
  return `Step ${Number(index) + 1}${step ? ` (${STEP_KIND_LABELS[step.kind]})` : ''}: `;
}
