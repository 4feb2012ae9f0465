/**
 * Owns editing the break schedule and working hours as one draft: Save (and
 * Ctrl/Cmd+S) checks it with the shared schema first and sends nothing while
 * anything is wrong; Discard goes back to what is saved. Problems appear next
 * to their field and together in an alert; main re-checks and may still refuse.
 * The message after a save names what changed; leaving with unsaved changes
 * (a link, Ctrl+1…6) asks first: save and leave, leave without saving, or stay.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { Settings } from '@common/domain/settings';
import { errorMessage, results } from '@renderer/lib/api';
import {
  checkDraft,
  describeScheduleChanges,
  draftFrom,
  listWords,
  problemFromMain,
  sameSchedule,
  type FieldProblem,
  type ScheduleDraft,
} from './schedule-form-model';
import { useToast } from '@renderer/ui/toast';
import { useLeaveGuard, type LeaveAttempt } from '@renderer/lib/leave-guard';
import { LeaveDialog } from '@renderer/ui/leave-dialog/leave-dialog';
import { BreakSettingsSection } from './break-settings-section';
import { WorkingHoursSection } from './working-hours-section';

const isMac = navigator.platform.toLowerCase().includes('mac');

interface Props {
  settings: Settings;
  onSaved(settings: Settings): void;
}

export function ScheduleForm({ settings, onSaved }: Props) {
  const saved = useMemo(() => draftFrom(settings), [settings]);
  const [draft, setDraft] = useState<ScheduleDraft>(saved);
  const [checking, setChecking] = useState(false);
  const [refused, setRefused] = useState<FieldProblem | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const toast = useToast();
  const [leaving, setLeaving] = useState<LeaveAttempt | null>(null);

  const dirty = !sameSchedule(draft, saved);
  useLeaveGuard(dirty, setLeaving);
  // Once Save found problems, they update as the person fixes them.
  const problems = useMemo(() => {
    const found = checking ? checkDraft(draft) : null;
    const list = found && !found.ok ? found.problems : [];
    return refused ? [...list, refused] : list;
  }, [checking, draft, refused]);

  const errorFor = useCallback(
    (field: string) => {
      const here = problems.filter((p) => p.field === field).map((p) => p.message);
      return here.length ? here.join(' ') : undefined;
    },
    [problems],
  );

  const edit = (next: ScheduleDraft) => {
    setDraft(next);
    setRefused(null);
  };

  const focusField = (field: string) => {
    form.current?.querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"]`)?.focus();
  };

  /** Saves the draft; true when it is saved (or nothing needed saving). `leaving`: the message follows the move. */
  const save = useCallback(
    async (leaving = false): Promise<boolean> => {
      if (saving) return false;
      if (!dirty && !checking && !refused) {
        // Nothing to send: say so, rather than confirm a save that did not happen.
        toast.show({ message: 'No changes to save in breaks and working hours.' });
        return true;
      }
      const checked = checkDraft(draft);
      if (!checked.ok) {
        setChecking(true);
        setRefused(null);
        const first = checked.problems[0];
        if (first) requestAnimationFrame(() => focusField(first.field));
        return false;
      }
      setSaving(true);
      try {
        // The result, not a thrown error: a refusal's field path arrives as data (issue 13 #5).
        const result = await results.settings.update({ patch: checked.value });
        if (!result.ok) {
          setRefused(problemFromMain(result.error.message, result.error.path));
          return false;
        }
        const next = result.value;
        const changed = describeScheduleChanges(saved, draftFrom(next));
        onSaved(next);
        setDraft(draftFrom(next));
        setChecking(false);
        setRefused(null);
        toast.show({
          message: changed.length ? `Saved: ${listWords(changed)}.` : 'No changes to save in breaks and working hours.',
          followsNavigation: leaving,
        });
        return true;
      } catch (error) {
        // Only our own code can throw here (onSaved and the like); say so rather than lose it.
        setRefused(problemFromMain(errorMessage(error), undefined));
        return false;
      } finally {
        setSaving(false);
      }
    },
    [checking, dirty, draft, onSaved, refused, saved, saving, toast],
  );

  function discard() {
    setDraft(saved);
    setChecking(false);
    setRefused(null);
  }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save]);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void save();
  }

  async function saveAndLeave() {
    const attempt = leaving;
    setLeaving(null);
    // Saved: on to where the person was going. Not saved: they stay, with the problems shown next to their fields.
    if (attempt && (await save(true))) attempt.proceed();
  }

  function leaveWithoutSaving() {
    const attempt = leaving;
    setLeaving(null);
    attempt?.proceed();
  }

  const showBar = dirty || problems.length > 0;
  return (
    <form ref={form} onSubmit={onSubmit} noValidate aria-label="Breaks and working hours">
      <LeaveDialog
        open={leaving !== null}
        title="Save your changes first?"
        primary={{ label: 'Save and leave', onClick: () => void saveAndLeave() }}
        stayLabel="Stay here"
        leaveLabel="Leave without saving"
        onStay={() => setLeaving(null)}
        onLeave={leaveWithoutSaving}
      >
        <p>
          Not saved yet:{' '}
          {listWords(describeScheduleChanges(saved, draft)) || 'your changes to breaks and working hours'}.
        </p>
      </LeaveDialog>
      <BreakSettingsSection
        breaks={draft.breaks}
        onChange={(breaks) => edit({ ...draft, breaks })}
        errorFor={errorFor}
      />
      <WorkingHoursSection
        hours={draft.workingHours}
        onChange={(workingHours) => edit({ ...draft, workingHours })}
        errorFor={errorFor}
      />
      {showBar && (
        <div className="save-bar">
          {problems.length > 0 && (
            <div className="alert error" role="alert">
              <strong>Nothing was saved.</strong> {problems.length === 1 ? 'Please fix this:' : 'Please fix these:'}
              <ul>
                {problems.map((p) => (
                  <li key={`${p.field}:${p.message}`}>{p.message}</li>
                ))}
              </ul>
            </div>
          )}
          <div className="save-bar-row">
            <span className="save-state" role="status">
              {dirty ? 'Unsaved changes' : ''}
            </span>
            <span className="hint" aria-hidden="true">
              <kbd>{isMac ? '⌘' : 'Ctrl'}</kbd>+<kbd>S</kbd> saves
            </span>
            <button type="button" onClick={discard} disabled={!dirty || saving}>
              Discard
            </button>
            <button type="submit" className="primary" disabled={saving}>
              {saving ? 'Saving…' : 'Save'}
            </button>
          </div>
        </div>
      )}
    </form>
  );
}
