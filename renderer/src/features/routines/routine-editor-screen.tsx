/**
 * Owns the editor for the person's own routines (#/routines/new and
 * #/routines/edit/<id>): the draft's state, saving (checked first by
 * routine-draft.ts with the same schema main uses, each problem named next to
 * its field), moving focus after a step is added, removed or moved, and
 * deleting with Undo. Its cards: editor-about-card.tsx, editor-steps-card.tsx.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Routine } from '@common/domain/content';
import { customRoutineSchema } from '@common/domain/routine-sessions';
import { api, errorMessage } from '@renderer/lib/api';
import { navigate } from '@renderer/lib/routes';
import { useToast } from '@renderer/ui/toast';
import { deleteRoutineWithUndo } from './delete-routine';
import { EditorAboutCard } from './editor-about-card';
import { EditorStepsCard } from './editor-steps-card';
import {
  checkDraft,
  describeField,
  draftOf,
  fieldRank,
  newDraft,
  stepDraft,
  toRoutine,
  uniqueId,
  type Draft,
  type Errors,
  type StepDraft,
} from './routine-draft';
import { formatLength, routineSeconds } from './routine-meta';
import { useRoutineData } from './use-routine-data';
import './routines.css';
import { BackToRoutines } from './back-to-routines';

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
    if (tried) setErrors(checkDraft(next, editing?.id ?? uniqueId(next.title, taken)).errors);
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
    const { errors: found, routine } = checkDraft(draft, id);
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
      toast.show({
        message: editing ? `Saved your changes to “${saved.title}”.` : `Saved “${saved.title}”.`,
        followsNavigation: true,
      });
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

        <EditorAboutCard draft={draft} errors={errors} ids={ids} update={update} />
        <EditorStepsCard
          draft={draft}
          errors={errors}
          length={length}
          updateStep={updateStep}
          moveStep={moveStep}
          removeStep={removeStep}
          addStep={addStep}
          onStepKey={onStepKey}
        />

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
