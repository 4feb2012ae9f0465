/**
 * Owns the editor's "Steps" card: one row per step (kind, seconds, side, what
 * to do), moved with its buttons or Alt+↑/↓, removed, or added at the end.
 * The moves themselves, and where focus goes after them, belong to the editor.
 */
import type { KeyboardEvent } from 'react';
import { STEP_KINDS, type StepKind } from '@common/domain/content';
import { describedBy, FieldError } from './editor-fields';
import { STEP_KIND_LABELS } from './routine-meta';
import type { Draft, Errors, StepDraft } from './routine-draft';

interface Props {
  draft: Draft;
  errors: Errors;
  /** The whole routine's length, once the draft is valid enough to tell. */
  length: string | null;
  updateStep(key: number, patch: Partial<StepDraft>): void;
  moveStep(index: number, by: -1 | 1, focusWhat: 'up' | 'down' | 'kind'): void;
  removeStep(index: number): void;
  addStep(): void;
  onStepKey(event: KeyboardEvent, index: number): void;
}

export function EditorStepsCard({
  draft,
  errors,
  length,
  updateStep,
  moveStep,
  removeStep,
  addStep,
  onStepKey,
}: Props) {
  return (
    <section className="card" aria-labelledby="editor-steps">
      <div className="section-head">
        <div>
          <h2 id="editor-steps">Steps</h2>
          <p className="hint">
            Press steps hold for 30–90 seconds. Move a step with its buttons or <kbd>Alt</kbd>+<kbd>↑</kbd>/<kbd>↓</kbd>
            .
          </p>
        </div>
        {length && <span className="badge">About {length} in all</span>}
      </div>
      <FieldError errors={errors} field={'steps'} />
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
                      aria-describedby={describedBy(errors, secondsField)}
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
                <FieldError errors={errors} field={secondsField} />
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
                  aria-describedby={describedBy(errors, textField)}
                />
                <FieldError errors={errors} field={textField} />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="button" id="add-step" onClick={addStep} disabled={draft.steps.length >= 40}>
        + Add step
      </button>
    </section>
  );
}
