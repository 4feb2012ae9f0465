// The routine editor's draft model: ids from titles, the checks and their wording, and the round trip to a routine.
import { describe, expect, it } from 'vitest';
import { customRoutineSchema } from '@common/domain/routine-sessions';
import {
  checkDraft,
  describeField,
  draftOf,
  fieldRank,
  newDraft,
  secondsProblem,
  slugify,
  stepDraft,
  toRoutine,
  uniqueId,
  type Draft,
} from '@renderer/features/routines/routine-draft';

const valid = (patch: Partial<Draft> = {}): Draft => ({
  ...newDraft(),
  title: 'Neck at lunch',
  summary: 'A short release for the upper trapezius.',
  muscles: ['upper-trapezius'],
  ...patch,
});

describe('slugify', () => {
  it('keeps lowercase letters and digits, joined by single dashes', () => {
    expect(slugify('  Neck & Shoulders: 2 minutes!  ')).toBe('neck-shoulders-2-minutes');
  });
  it('drops accents rather than letters', () => {
    expect(slugify('Épaule détendue')).toBe('epaule-detendue');
  });
  it('is at most 60 characters and never ends in a dash', () => {
    const slug = slugify(`${'a'.repeat(59)} b`);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
  });
  it('is empty when there is nothing to keep', () => {
    expect(slugify('!!! ???')).toBe('');
  });
});

describe('uniqueId', () => {
  it('prefixes the slug, and numbers it when taken', () => {
    expect(uniqueId('Neck at lunch', [])).toBe('my-neck-at-lunch');
    expect(uniqueId('Neck at lunch', ['my-neck-at-lunch'])).toBe('my-neck-at-lunch-2');
    expect(uniqueId('Neck at lunch', ['my-neck-at-lunch', 'my-neck-at-lunch-2'])).toBe('my-neck-at-lunch-3');
  });
  it('falls back to "routine" for a long enough title without letters, and to nothing for a short one', () => {
    expect(uniqueId('!!!', [])).toBe('my-routine');
    expect(uniqueId('!', [])).toBe('my-');
  });
});

describe('checkDraft', () => {
  it('passes a filled-in new routine and returns it as main will store it', () => {
    const { errors, routine } = checkDraft(valid(), 'my-neck-at-lunch');
    expect(errors).toEqual({});
    expect(routine).toMatchObject({ id: 'my-neck-at-lunch', title: 'Neck at lunch', rounds: 1 });
    expect(customRoutineSchema.safeParse(routine).success).toBe(true);
  });

  it('names each problem by its field, in words a person can act on', () => {
    const { errors, routine } = checkDraft(
      valid({ title: '', summary: '', tools: [], rounds: '5', rest: '500', cautions: 'ok' }),
      'my-',
    );
    expect(routine).toBeNull();
    expect(errors).toMatchObject({
      title: 'Give it a title of 3 to 80 characters, with some letters.',
      summary: 'Add a short summary of at least 3 characters: what is it for?',
      tools: 'Pick at least one tool, or “No tool”.',
      rounds: 'Rounds: a whole number from 1 to 4.',
      rest: 'Rest: a whole number of seconds from 0 to 120.',
      cautions: 'Cautions: each line needs at least 3 characters.',
    });
  });

  it('holds press steps to 30–90 seconds and other steps to 3–600', () => {
    const steps = [
      stepDraft({ kind: 'press', seconds: 20, text: 'Press gently.' }),
      stepDraft({ seconds: 2, text: 'Stretch.' }),
    ];
    const { errors } = checkDraft(valid({ steps }), 'my-x');
    expect(errors['steps.0.seconds']).toBe('A press step holds for 30 to 90 seconds.');
    expect(errors['steps.1.seconds']).toBe('Seconds: a whole number from 3 to 600.');
    expect(secondsProblem(stepDraft({ kind: 'press', seconds: 60 }))).toBeNull();
  });

  it('asks for the muscles pressed, exactly one for a release, and no press in a stretches-only routine', () => {
    expect(checkDraft(valid({ muscles: [] }), 'my-x').errors.muscles).toMatch(/Pick the muscles you press/);
    expect(
      checkDraft(valid({ kind: 'release', muscles: ['upper-trapezius', 'levator-scapulae'] }), 'my-x').errors.muscles,
    ).toMatch(/exactly one muscle/);
    expect(checkDraft(valid({ kind: 'stretch' }), 'my-x').errors.kind).toMatch(/no press steps/);
  });
});

describe('the draft of a routine', () => {
  it('round-trips: a saved routine opened in the editor saves unchanged', () => {
    const { routine } = checkDraft(valid({ cautions: 'Stop if your hand tingles.\n\n' }), 'my-neck');
    expect(routine).not.toBeNull();
    expect(toRoutine(draftOf(routine!), 'my-neck')).toEqual(routine);
  });

  it('orders problems as the form does, and names the step a step problem belongs to', () => {
    const fields = ['steps.1.text', 'rounds', 'steps.1.seconds', 'title', 'steps.0.text'];
    expect([...fields].sort((a, b) => fieldRank(a) - fieldRank(b))).toEqual([
      'title',
      'rounds',
      'steps.0.text',
      'steps.1.seconds',
      'steps.1.text',
    ]);
    expect(describeField('steps.0.text', newDraft())).toBe('Step 1 (Find the spot): ');
    expect(describeField('title', newDraft())).toBe('');
  });
});
