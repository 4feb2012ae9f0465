/** General pressure cautions (REFERENCE-ADDENDUM (k)): what they cover, which routines get a place's own caution, and the first press. */
import { describe, expect, it } from 'vitest';
import { ROUTINES, getRoutine } from '../../../common/domain/atlas';
import {
  GENERAL_PRESSURE_CAUTIONS,
  PRESSURE_CAUTIONS,
  cautionsFor,
  neverPressed,
  siteCautionsFor,
} from '../../../common/domain/pressure-cautions';

const site = (routineId: string) => siteCautionsFor(getRoutine(routineId)!).map((c) => c.id);

describe('pressure cautions', () => {
  it('cover what the reference says never to press on, or only lightly', () => {
    const general = GENERAL_PRESSURE_CAUTIONS.map((c) => c.text).join(' ');
    for (const words of [
      /bruise/,
      /swollen/,
      /inflamed/,
      /broken skin/,
      /numb/,
      /recent surgery/,
      /blood thinners/,
      /bleeding disorder/,
      /clot/,
    ]) {
      expect(general).toMatch(words);
    }
    const all = PRESSURE_CAUTIONS.map((c) => c.text).join(' ');
    expect(all).toMatch(/osteoporosis.*ribs and spine/);
    expect(all).toMatch(/pacemaker.*port.*breast implants/);
    expect(all).toMatch(/front and side of the neck/);
    for (const c of PRESSURE_CAUTIONS) expect(c.text, c.id).not.toMatch(/\bcaus(e|es|ed|ing)\b|diagnos/i);
  });

  it('add implants to the routines that press below the collarbone, the neck caution to the SCM, ribs and spine to ball work on the back', () => {
    expect(site('release-pectoralis-minor')).toContain('implants');
    expect(site('release-pectoralis-major')).toContain('implants');
    expect(site('release-sternocleidomastoid')).toEqual(['front-of-neck']);
    expect(site('release-rhomboids')).toEqual(expect.arrayContaining(['weak-bones', 'spine']));
    expect(site('release-multifidi')).toEqual(expect.arrayContaining(['weak-bones', 'spine']));
    expect(site('release-upper-trapezius')).toContain('pregnancy-shoulder-top');
    // Pressing the forearm or the jaw has no place-specific caution; a routine that never presses has none at all.
    expect(site('release-wrist-extensors')).toEqual([]);
    expect(site('release-masseter')).toEqual([]);
    expect(site('release-scalenes')).toEqual([]);
    expect(site('micro-chin-tuck')).toEqual([]);
    // Weak bones are about balls: the SCM is pinched with the hands.
    expect(site('release-sternocleidomastoid')).not.toContain('weak-bones');
  });

  it('show a place caution once, after the routine’s own, even when the routine already says it', () => {
    for (const r of ROUTINES) {
      const all = cautionsFor(r);
      expect(new Set(all).size, r.id).toBe(all.length);
      expect(all.slice(0, r.cautions.length), r.id).toEqual(r.cautions);
    }
    const multifidi = cautionsFor(getRoutine('release-multifidi')!);
    expect(multifidi.filter((c) => /never on the bony bumps/.test(c))).toHaveLength(1);
  });

  it('knows a first press: no session yet of any routine that presses', () => {
    expect(neverPressed({})).toBe(true);
    expect(neverPressed({ 'micro-chin-tuck': { n: 5 }, 'release-scalenes': { n: 2 } })).toBe(true);
    expect(neverPressed({ 'release-upper-trapezius': { n: 0 } })).toBe(true);
    expect(neverPressed({ 'release-upper-trapezius': { n: 1 } })).toBe(false);
    // The person's own routines are unknown here: they leave the cautions open, the safe side.
    expect(neverPressed({ 'my-physio-routine': { n: 1 } })).toBe(true);
  });
});
