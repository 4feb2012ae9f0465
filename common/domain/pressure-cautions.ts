/**
 * Owns the general cautions for pressing on a muscle with a thumb, a ball or a
 * cane (REFERENCE-ADDENDUM (k)): where never to press, when to press only
 * lightly or ask first, and the cautions that belong to a place (the front of
 * the neck, implants below the collarbone, ribs and spine with weak bones).
 * General ones are shown before a first press; a place's own caution is added
 * to every routine that presses there, found from the muscles' trigger sites,
 * so a new routine or muscle gets them without anyone remembering to.
 */
import { getMuscle, getRoutine } from './atlas';
import type { Routine, Tool } from './content';

export interface PressureCaution {
  id: string;
  text: string;
  /**
   * Content region ids (sided base ids or midline ids) where a routine's press
   * makes this caution its own; empty for a caution that holds everywhere.
   */
  near: readonly string[];
  /** Only for routines that press with one of these tools (e.g. a ball on the ribs); absent means any. */
  tools?: readonly Tool[];
}

const BACK_RIBS_AND_SPINE = [
  'between-shoulder-blades',
  'mid-back',
  'mid-back-spine',
  'shoulder-blade',
  'shoulder-blade-tip',
  'lower-back',
  'upper-chest',
  'sternum',
];

export const PRESSURE_CAUTIONS: readonly PressureCaution[] = [
  {
    id: 'injured-or-inflamed',
    text: 'Not on a bruise, a fresh strain or sprain, or a place that is swollen, red, hot or inflamed.',
    near: [],
  },
  {
    id: 'broken-skin',
    text: 'Not on broken skin: cuts, healing wounds, burns, rashes or a skin infection.',
    near: [],
  },
  {
    id: 'numb',
    text: 'Not on a place that is numb or where a nerve is damaged: you cannot trust what you feel there.',
    near: [],
  },
  {
    id: 'surgery-fracture-tumour',
    text: 'Not near recent surgery or a recent fracture, or over a tumour, unless your doctor says it is fine.',
    near: [],
  },
  {
    id: 'clot',
    text: 'Never on a painful, swollen calf or anywhere a blood clot is known or suspected; see a doctor instead.',
    near: [],
  },
  {
    id: 'blood-thinners',
    text: 'If you take blood thinners such as warfarin, or have a bleeding disorder or low platelets, press only lightly or ask your clinician first: deep pressure can leave bruises or bleeding under the skin.',
    near: [],
  },
  {
    id: 'unwell',
    text: 'Skip pressing while you have a fever or feel generally unwell.',
    near: [],
  },
  {
    id: 'ask-first',
    text: 'Talk to a clinician first if you are pregnant, have cancer, a heart condition or fragile skin (for example with diabetes), or pain no one has explained.',
    near: [],
  },
  {
    id: 'front-of-neck',
    text: 'On the front and side of the neck, only a light pinch of the muscle: large blood vessels lie beneath, and pressing them can make you faint. Let go at once if you feel a pulse, dizziness or choking.',
    near: ['front-neck', 'throat'],
  },
  {
    id: 'implants',
    text: 'If you have a pacemaker, defibrillator, port or other implanted device, or breast implants, do not press on or around it, below the collarbone, or along its wires; skip this spot altogether with a new device, and use no vibrating tools.',
    near: ['upper-chest', 'breast', 'collarbone', 'front-shoulder'],
  },
  {
    id: 'weak-bones',
    text: 'With osteoporosis or other weakened bones, use no deep pressure and keep balls off your ribs and spine.',
    near: BACK_RIBS_AND_SPINE,
    tools: ['ball'],
  },
  {
    id: 'spine',
    text: 'Press beside the spine, never on the bony bumps of the spine itself.',
    near: ['between-shoulder-blades', 'mid-back', 'mid-back-spine', 'lower-back'],
  },
  {
    id: 'pregnancy-shoulder-top',
    text: 'If you are pregnant, keep pressure on the top of the shoulder gentle: traditional advice avoids pressing there in pregnancy.',
    near: ['top-of-shoulder'],
  },
];

/** The cautions that hold wherever you press: shown before a first press. */
export const GENERAL_PRESSURE_CAUTIONS = PRESSURE_CAUTIONS.filter((c) => c.near.length === 0);

/** Whether a routine has anything to press. */
export function routinePresses(routine: Pick<Routine, 'steps'>): boolean {
  return routine.steps.some((s) => s.kind === 'press');
}

/**
 * The place-specific cautions for a routine that presses: those whose places
 * include a trigger site of any muscle it works (and whose tool it uses).
 */
export function siteCautionsFor(routine: Pick<Routine, 'steps' | 'muscles' | 'tools'>): PressureCaution[] {
  if (!routinePresses(routine)) return [];
  const sites = new Set(routine.muscles.flatMap((id) => getMuscle(id)?.triggerSites.regions ?? []));
  return PRESSURE_CAUTIONS.filter(
    (c) => c.near.some((r) => sites.has(r)) && (!c.tools || c.tools.some((tool) => routine.tools.includes(tool))),
  );
}

/** A routine's own cautions followed by its place-specific pressure cautions, without repeating one. */
export function cautionsFor(routine: Pick<Routine, 'steps' | 'muscles' | 'tools' | 'cautions'>): string[] {
  const own = new Set(routine.cautions);
  return [
    ...routine.cautions,
    ...siteCautionsFor(routine)
      .map((c) => c.text)
      .filter((t) => !own.has(t)),
  ];
}

/**
 * Whether the person has never done a routine that presses, from the
 * per-routine counts of their sessions: before a first press, the general
 * cautions are opened, not folded away.
 */
export function neverPressed(sessionsByRoutine: Readonly<Record<string, { n: number }>>): boolean {
  return !Object.entries(sessionsByRoutine).some(([id, s]) => {
    const routine = getRoutine(id);
    // The person's own routines are not known here: they do not count, so the cautions stay open (the safe side).
    return s.n > 0 && !!routine && routinePresses(routine);
  });
}
