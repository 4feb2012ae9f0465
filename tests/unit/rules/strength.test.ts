/** Strengthening (issue 16 #8, REFERENCE-ADDENDUM (i)): the routines' dose and safety, the weekly plan and its days. */
import { describe, expect, it } from 'vitest';
import rawMuscles from '../../../resources/content/muscles.json';
import rawRoutines from '../../../resources/content/routines.json';
import { ROUTINES, getRoutine, validateAtlas } from '../../../common/domain/atlas';
import { planRoutine } from '../../../common/domain/player';
import { DEFAULT_SETTINGS, settingsSchema } from '../../../common/domain/settings';
import {
  DEFAULT_STRENGTH_DAYS,
  STRENGTH_CORE,
  STRENGTH_EXTRAS,
  STRENGTH_ROUTINE_IDS,
  planMinutes,
  strengthDay,
  weekdayOfDate,
} from '../../../common/domain/strength';

const strength = ROUTINES.filter((r) => r.kind === 'strength');

describe('strengthening routines', () => {
  it('has 6 to 8 of them: rows, deep neck nods, shoulder squeezes, bridges, side-lying raises and wrist work', () => {
    expect(strength.length).toBeGreaterThanOrEqual(6);
    expect(strength.length).toBeLessThanOrEqual(8);
    for (const id of [
      'strength-band-row',
      'strength-chin-nod',
      'strength-shoulder-squeeze',
      'strength-bridge',
      'strength-side-leg-raise',
      'strength-wrist-lift',
    ]) {
      expect(getRoutine(id)?.kind, id).toBe('strength');
    }
  });

  it('gives each a dose (sets, reps, rest, days a week), a progression, cautions with the trials’ clearance rule and stop signs', () => {
    for (const r of strength) {
      expect(r.dose, r.id).toBeDefined();
      expect(r.dose!.repsMax, r.id).toBeGreaterThanOrEqual(r.dose!.repsMin);
      expect(r.rounds, r.id).toBe(r.dose!.sets);
      expect(r.progression, r.id).toMatch(/\w/);
      expect(r.cautions.join(' '), r.id).toMatch(/heart disease, high blood pressure, a recent injury/);
      expect(r.stopIf.length, r.id).toBeGreaterThan(0);
      expect(
        r.steps.some((s) => s.kind === 'press'),
        r.id,
      ).toBe(false);
      // Each set says how many repetitions, as its dose does.
      expect(r.steps.at(-1)!.text, r.id).toMatch(
        new RegExp(`${r.dose!.repsMin} to ${r.dose!.repsMax}|up to ${r.dose!.repsMax}`),
      );
    }
    // The neck and shoulder trials' dose: 3 sets of 8–12, about three days a week.
    expect(getRoutine('strength-band-row')!.dose).toMatchObject({ sets: 3, repsMin: 8, repsMax: 12, daysPerWeek: 3 });
    // The deep neck flexor leaflet's dose: hold 5 s, up to 10 times.
    expect(getRoutine('strength-chin-nod')!.dose).toMatchObject({ repsMax: 10, holdSeconds: 5 });
    // Arm tingling, numbness or weakness stops an upper-body exercise.
    for (const id of [
      'strength-band-row',
      'strength-shoulder-squeeze',
      'strength-lateral-raise',
      'strength-chin-nod',
    ]) {
      expect(getRoutine(id)!.stopIf.join(' '), id).toMatch(/arm or hand tingles/);
    }
  });

  it('runs one set per round, with the dose’s rest between sets', () => {
    const row = planRoutine(getRoutine('strength-band-row')!).steps;
    expect(row.filter((s) => s.kind === 'move')).toHaveLength(3);
    expect(row.filter((s) => s.kind === 'rest').map((s) => s.seconds)).toEqual([45, 45]);
  });

  it('refuses a strength routine without a dose, and a dose on any other routine', () => {
    const routines = structuredClone(rawRoutines) as { routines: Record<string, unknown>[] };
    delete routines.routines.find((r) => r.id === 'strength-bridge')!.dose;
    expect(() => validateAtlas(rawMuscles, routines)).toThrow(/routine "strength-bridge", field dose/);
    const other = structuredClone(rawRoutines) as { routines: Record<string, unknown>[] };
    other.routines.find((r) => r.id === 'release-rhomboids')!.progression = 'Press harder every week.';
    expect(() => validateAtlas(rawMuscles, other)).toThrow(/routine "release-rhomboids", field progression/);
  });
});

describe('the weekly strengthening plan', () => {
  it('is made of strength routines, the core about 10–20 minutes, and starts off on three days a week', () => {
    for (const id of [...STRENGTH_CORE, ...STRENGTH_EXTRAS.flatMap((e) => e.routines)]) {
      expect(STRENGTH_ROUTINE_IDS, id).toContain(id);
    }
    expect(planMinutes(STRENGTH_CORE)).toBeGreaterThanOrEqual(10);
    expect(planMinutes(STRENGTH_CORE)).toBeLessThanOrEqual(20);
    expect(DEFAULT_SETTINGS.strength).toEqual({ enabled: false, days: [...DEFAULT_STRENGTH_DAYS] });
    expect(settingsSchema.shape.strength.safeParse({ enabled: true, days: ['mon', 'mon'] }).success).toBe(false);
  });

  it('says what a day asks: the core on a plan day, with what is done; the next plan day on a rest day', () => {
    expect(weekdayOfDate('2026-11-23')).toBe('mon');
    expect(weekdayOfDate('2026-11-29')).toBe('sun');
    const monday = strengthDay(['mon', 'wed', 'fri'], 'mon', ['strength-band-row', 'release-rhomboids']);
    expect(monday).toEqual({
      planDay: true,
      done: ['strength-band-row'],
      toDo: ['strength-chin-nod', 'strength-shoulder-squeeze', 'strength-lateral-raise'],
      next: 'wed',
    });
    expect(strengthDay(['mon', 'wed', 'fri'], 'fri', [])).toMatchObject({ planDay: true, next: 'mon' });
    expect(strengthDay(['mon', 'wed', 'fri'], 'sat', [])).toEqual({ planDay: false, done: [], toDo: [], next: 'mon' });
    expect(strengthDay(['wed'], 'wed', [])).toMatchObject({ next: 'wed' }); // a week later
    expect(strengthDay([], 'tue', [])).toMatchObject({ planDay: false, next: null });
  });
});
