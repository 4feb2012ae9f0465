/** Owns the editor's "About it" card: title, summary, kind, muscles, tools, sides, rounds, rest and cautions. */
import { MUSCLES } from '@common/domain/atlas';
import { TOOL_LABELS, TOOLS } from '@common/domain/content';
import { describedBy, FieldError } from './editor-fields';
import { KIND_CHOICES, type Draft, type EditableKind, type Errors } from './routine-draft';

interface Props {
  draft: Draft;
  errors: Errors;
  ids: { title: string; summary: string; kind: string; rounds: string; rest: string; cautions: string };
  update(patch: Partial<Draft>): void;
}

export function EditorAboutCard({ draft, errors, ids, update }: Props) {
  return (
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
          aria-describedby={describedBy(errors, 'title')}
        />
        <FieldError errors={errors} field={'title'} />
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
          aria-describedby={describedBy(errors, 'summary')}
          placeholder="What it is for, in a sentence."
        />
        <FieldError errors={errors} field={'summary'} />
      </div>
      <div className="field">
        <label htmlFor={ids.kind}>Kind</label>
        <select
          id={ids.kind}
          data-field="kind"
          value={draft.kind}
          onChange={(e) => update({ kind: e.target.value as EditableKind })}
          aria-invalid={errors.kind ? true : undefined}
          aria-describedby={describedBy(errors, 'kind')}
        >
          {KIND_CHOICES.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}: {k.hint}
            </option>
          ))}
        </select>
        <FieldError errors={errors} field={'kind'} />
      </div>
      <fieldset className="field plain-fieldset" aria-describedby={describedBy(errors, 'muscles')}>
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
        <FieldError errors={errors} field={'muscles'} />
      </fieldset>
      <fieldset className="field plain-fieldset" aria-describedby={describedBy(errors, 'tools')}>
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
        <FieldError errors={errors} field={'tools'} />
      </fieldset>
      <div className="editor-row">
        <label className="check">
          <input type="checkbox" checked={draft.bothSides} onChange={(e) => update({ bothSides: e.target.checked })} />
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
            aria-describedby={describedBy(errors, 'rounds')}
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
            aria-describedby={describedBy(errors, 'rest')}
          />
        </div>
      </div>
      <FieldError errors={errors} field={'rounds'} />
      <FieldError errors={errors} field={'rest'} />
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
          aria-describedby={describedBy(errors, 'cautions')}
          placeholder="e.g. Stop if your hand starts to tingle."
        />
        <FieldError errors={errors} field={'cautions'} />
      </div>
    </section>
  );
}
