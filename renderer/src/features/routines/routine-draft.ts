/**
 * Owns the routine editor's draft: the form's values as typed (strings, so a
 * half-typed number is kept), a new routine's starting steps, the id a new
 * routine gets from its title (slugify, uniqueId), and the checks — the same
 * schema main uses, plus the editor's own rules — with every problem keyed by
 * its field in words a person can act on. Pure: no React, no DOM.
 */
import type { Routine, RoutineStep, StepKind, Tool } from '@common/domain/content';
import { CUSTOM_ROUTINE_PREFIX, customRoutineSchema } from '@common/domain/routine-sessions';
import { STEP_KIND_LABELS } from './routine-meta';

export type EditableKind = 'desk' | 'release' | 'stretch' | 'strength';
export const KIND_CHOICES: { value: EditableKind; label: string; hint: string }[] = [
  { value: 'desk', label: 'Desk routine', hint: 'a few muscles, pressure and stretches' },
  { value: 'release', label: 'Release one muscle', hint: 'pressure and a stretch for one muscle' },
  { value: 'stretch', label: 'Stretches only', hint: 'no pressure' },
  { value: 'strength', label: 'Strengthening', hint: 'exercises in sets, one set per round' },
];

export interface StepDraft {
  key: number;
  kind: StepKind;
  seconds: string;
  side: '' | 'left' | 'right';
  text: string;
}

export interface Draft {
  title: string;
  summary: string;
  kind: EditableKind;
  muscles: string[];
  tools: Tool[];
  bothSides: boolean;
  rounds: string;
  rest: string;
  cautions: string;
  /** Not edited in the form (built-in micro-pauses and stretch breaks have them); kept so an edit loses nothing. */
  stopIf: string[];
  steps: StepDraft[];
}

let nextKey = 1;
export const stepDraft = (s: Partial<RoutineStep> = {}): StepDraft => ({
  key: nextKey++,
  kind: s.kind ?? 'stretch',
  seconds: String(s.seconds ?? 30),
  side: s.side ?? '',
  text: s.text ?? '',
});

export function newDraft(): Draft {
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
    stopIf: [],
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

export function draftOf(r: Routine): Draft {
  return {
    title: r.title,
    summary: r.summary,
    kind: r.kind === 'micro' || r.kind === 'relax' ? 'stretch' : r.kind,
    muscles: [...r.muscles],
    tools: [...r.tools],
    bothSides: r.bothSides,
    rounds: String(r.rounds),
    rest: String(r.restBetweenRoundsSeconds),
    cautions: r.cautions.join('\n'),
    stopIf: [...r.stopIf],
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

export function uniqueId(title: string, taken: readonly string[]): string {
  const slug = slugify(title) || (title.trim().length >= 3 ? 'routine' : '');
  const base = `${CUSTOM_ROUTINE_PREFIX}${slug}`;
  if (!slug || !taken.includes(base)) return base;
  let n = 2;
  while (taken.includes(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

const num = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

export type Errors = Record<string, string>;

export function toRoutine(draft: Draft, id: string): unknown {
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
    stopIf: draft.stopIf,
    steps: draft.steps.map((s) => ({
      kind: s.kind,
      seconds: num(s.seconds),
      ...(s.side ? { side: s.side } : {}),
      text: s.text.trim(),
    })),
  };
}

/** Every problem, keyed by the field it belongs to, in words a person can act on. */
export function checkDraft(draft: Draft, id: string): { errors: Errors; routine: Routine | null } {
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

export function secondsProblem(step: StepDraft): string | null {
  const s = num(step.seconds);
  if (step.kind === 'press' && !(Number.isInteger(s) && s >= 30 && s <= 90)) {
    return 'A press step holds for 30 to 90 seconds.';
  }
  if (!(Number.isInteger(s) && s >= 3 && s <= 600)) return 'Seconds: a whole number from 3 to 600.';
  return null;
}

const FIELD_ORDER = ['title', 'summary', 'kind', 'muscles', 'tools', 'rounds', 'rest', 'cautions', 'steps'];
export function fieldRank(field: string): number {
  const [head, index, sub] = field.split('.');
  const base = FIELD_ORDER.indexOf(head!);
  return (base < 0 ? 99 : base) * 1000 + (index ? Number(index) * 2 + (sub === 'text' ? 1 : 0) : 0);
}

/** Step problems say which step; the others already name their field. */
export function describeField(field: string, draft: Draft): string {
  const [head, index] = field.split('.');
  if (head !== 'steps' || index === undefined) return '';
  const step = draft.steps[Number(index)];
  return `Step ${Number(index) + 1}${step ? ` (${STEP_KIND_LABELS[step.kind]})` : ''}: `;
}
