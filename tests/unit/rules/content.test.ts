/** Content integrity for the trigger-point atlas and routines: schemas, cross-references, safety wording, durations. */
import { describe, expect, it } from 'vitest';
import rawMuscles from '../../../resources/content/muscles.json';
import rawRoutines from '../../../resources/content/routines.json';
import rawLessons from '../../../resources/content/lessons.json';
import { isRegionId } from '../../../common/domain/body-regions';
import { contentRegionSchema, muscleFileSchema, routineFileSchema, type Routine } from '../../../common/domain/content';
import {
  MUSCLES,
  ROUTINES,
  checkAtlasReferences,
  expandRegions,
  getMuscle,
  getRoutine,
  muscleReferralRegions,
  muscleTriggerRegions,
  releaseRoutineFor,
  validateAtlas,
} from '../../../common/domain/atlas';
import { planRoutine } from '../../../common/domain/player';

const MUSCLE_IDS = [
  'upper-trapezius',
  'levator-scapulae',
  'sternocleidomastoid',
  'suboccipitals',
  'splenius-capitis',
  'splenius-cervicis',
  'scalenes',
  'infraspinatus',
  'supraspinatus',
  'rhomboids',
  'pectoralis-major',
  'pectoralis-minor',
  'wrist-extensors',
  'quadratus-lumborum',
  'gluteus-medius',
  'gluteus-minimus',
  'piriformis',
  'iliopsoas',
  'masseter',
  'temporalis',
  // REFERENCE-ADDENDUM (h), entries 21–31.
  'middle-trapezius',
  'lower-trapezius',
  'iliocostalis-thoracis',
  'lumbar-paraspinals',
  'multifidi',
  'wrist-flexors',
  'finger-flexors',
  'finger-extensors',
  'lateral-pterygoid',
  'serratus-posterior-superior',
  'teres-minor',
];

const clone = <T>(x: T): T => structuredClone(x) as T;
const totalSeconds = (r: Routine) => planRoutine(r).steps.reduce((sum, s) => sum + s.seconds, 0);
const byKind = (kind: Routine['kind']) => ROUTINES.filter((r) => r.kind === kind);

/** Every string in the content with where it sits, for the wording checks. */
function strings(value: unknown, path: string, out: { path: string; text: string }[] = []) {
  if (typeof value === 'string') out.push({ path, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}.${i}`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
  }
  return out;
}
const ALL_TEXT = [...strings(rawMuscles, 'muscles.json'), ...strings(rawRoutines, 'routines.json')];

describe('content files', () => {
  it('both parse against their schemas', () => {
    expect(muscleFileSchema.safeParse(rawMuscles).error).toBeUndefined();
    expect(routineFileSchema.safeParse(rawRoutines).error).toBeUndefined();
    expect(() => validateAtlas(rawMuscles, rawRoutines)).not.toThrow();
  });

  it('has all 31 muscles of the reference and its addendum, once each', () => {
    expect(MUSCLES.map((m) => m.id).sort()).toEqual([...MUSCLE_IDS].sort());
    for (const id of MUSCLE_IDS) expect(getMuscle(id)?.id).toBe(id);
  });

  it('names only regions that exist, on both sides', () => {
    for (const m of MUSCLES) {
      for (const base of [...m.refersTo, ...m.triggerSites.regions]) {
        expect(contentRegionSchema.safeParse(base).success, `${m.id}: ${base}`).toBe(true);
      }
      for (const side of ['left', 'right'] as const) {
        for (const id of [...muscleReferralRegions(m, side), ...muscleTriggerRegions(m, side)]) {
          expect(isRegionId(id), `${m.id} ${side}: ${id}`).toBe(true);
        }
      }
    }
  });

  it('keeps the referral zones the find-the-source ranking relies on', () => {
    const refers = (id: string) => getMuscle(id)?.refersTo ?? [];
    expect(refers('upper-trapezius')).toContain('temple');
    expect(refers('upper-trapezius')).toEqual(expect.arrayContaining(['upper-back-of-neck', 'behind-ear', 'eye']));
    expect(refers('sternocleidomastoid')).toEqual(expect.arrayContaining(['top-of-head', 'sternum', 'forehead']));
    expect(refers('scalenes')).toEqual(
      expect.arrayContaining(['upper-chest', 'thumb-index', 'between-shoulder-blades']),
    );
    expect(refers('infraspinatus')[0]).toBe('front-shoulder');
    expect(refers('gluteus-minimus')).toEqual(expect.arrayContaining(['outer-thigh', 'calf', 'ankle']));
    expect(refers('temporalis')).toEqual(expect.arrayContaining(['temple', 'upper-teeth']));
  });

  it('maps the addendum muscles to the regions the reference names', () => {
    const refers = (id: string) => getMuscle(id)?.refersTo ?? [];
    const sits = (id: string) => getMuscle(id)?.triggerSites.regions ?? [];
    expect(refers('middle-trapezius')).toEqual(
      expect.arrayContaining(['between-shoulder-blades', 'mid-back-spine', 'top-of-shoulder']),
    );
    expect(refers('lower-trapezius')).toEqual(
      expect.arrayContaining(['upper-back-of-neck', 'behind-ear', 'top-of-shoulder', 'between-shoulder-blades']),
    );
    expect(refers('iliocostalis-thoracis')).toEqual(
      expect.arrayContaining(['shoulder-blade-tip', 'upper-chest', 'upper-abdomen', 'mid-back-spine']),
    );
    expect(refers('lumbar-paraspinals')).toEqual(expect.arrayContaining(['upper-buttock', 'sacroiliac']));
    expect(refers('multifidi')).toEqual(expect.arrayContaining(['tailbone', 'lower-abdomen', 'shoulder-blade-tip']));
    expect(refers('wrist-flexors')).toEqual(expect.arrayContaining(['wrist-palm-side', 'palm', 'inner-elbow']));
    expect(refers('finger-flexors')[0]).toBe('middle-finger');
    expect(refers('finger-extensors')).toEqual(
      expect.arrayContaining(['back-of-hand', 'middle-finger', 'outer-elbow']),
    );
    expect(refers('lateral-pterygoid')).toEqual(['jaw-joint', 'cheek']);
    expect(refers('serratus-posterior-superior')).toEqual(
      expect.arrayContaining(['shoulder-blade', 'back-of-upper-arm', 'ring-little-finger', 'upper-chest']),
    );
    expect(refers('teres-minor')).toEqual(['back-of-shoulder', 'ring-little-finger']);
    // The new mid-back region is where the long back muscles sit.
    for (const id of ['lower-trapezius', 'iliocostalis-thoracis', 'lumbar-paraspinals', 'multifidi']) {
      expect(sits(id), id).toContain('mid-back');
    }
  });

  it('gives the addendum muscles their own safety notes', () => {
    const cautions = (id: string) => (getMuscle(id)?.cautions ?? []).join(' ');
    // Chest referral: the heart first.
    for (const id of ['iliocostalis-thoracis', 'serratus-posterior-superior', 'middle-trapezius']) {
      expect(cautions(id), id).toMatch(/heart/);
    }
    // Beside the spine, never on it.
    for (const id of ['middle-trapezius', 'iliocostalis-thoracis', 'lumbar-paraspinals', 'multifidi']) {
      expect(cautions(id), id).toMatch(/spine/);
    }
    expect(cautions('multifidi')).toMatch(/spine itself should be checked by a clinician/);
    expect(cautions('multifidi')).toMatch(/bladder or bowel/);
    expect(cautions('lateral-pterygoid')).toMatch(/dentist/);
    expect(cautions('lateral-pterygoid')).toMatch(/over 50/);
    expect(cautions('wrist-flexors')).toMatch(/carpal tunnel/);
    expect(cautions('finger-flexors')).toMatch(/trigger finger/);
    expect(cautions('teres-minor')).toMatch(/torn tendon/);
    // The deep jaw muscle is reached only from inside the mouth: its routine never presses.
    expect(getMuscle('lateral-pterygoid')?.selfPressure.tools).toEqual(['none']);
    expect(getRoutine('release-lateral-pterygoid')?.steps.some((s) => s.kind === 'press')).toBe(false);
  });

  it('gives every muscle cautions, stop signs, a stretch and exactly one release routine', () => {
    for (const m of MUSCLES) {
      expect(m.cautions.length, m.id).toBeGreaterThan(0);
      expect(m.stopSigns.length, m.id).toBeGreaterThan(0);
      expect(m.perpetuatingFactors.length, m.id).toBeGreaterThan(0);
      const releases = ROUTINES.filter((r) => r.kind === 'release' && r.muscles.includes(m.id));
      expect(
        releases.map((r) => r.id),
        m.id,
      ).toEqual([`release-${m.id}`]);
      expect(releaseRoutineFor(m.id)?.id).toBe(`release-${m.id}`);
    }
  });

  it('carries the specific safety notes from the reference', () => {
    const cautions = (id: string) => (getMuscle(id)?.cautions ?? []).join(' ');
    expect(cautions('pectoralis-major')).toMatch(/left side of the chest.*doctor/i);
    expect(cautions('temporalis')).toMatch(/over 50/);
    expect(cautions('temporalis')).toMatch(/chewing/);
    expect(cautions('sternocleidomastoid')).toMatch(/artery/);
    expect(cautions('iliopsoas')).toMatch(/pregnant/);
    expect(cautions('iliopsoas')).toMatch(/surgery/);
    expect(getMuscle('sternocleidomastoid')?.stopSigns.join(' ')).toMatch(/pulse/);
  });
});

describe('corrections (issue 16)', () => {
  it('says one "no progress" rule everywhere: about two weeks, never a month', () => {
    const everything = [...ALL_TEXT, ...strings(rawLessons, 'lessons.json')];
    for (const { path, text } of everything) {
      expect(text, path).not.toMatch(/\ba month\b|\bfour weeks of (regular|self)/i);
    }
    const noChange = everything.filter((t) => /brings? no change|made no difference|no improvement/i.test(t.text));
    expect(noChange.length).toBeGreaterThan(0);
    for (const { path, text } of noChange) expect(text, path).toMatch(/two weeks/);
  });

  it("never says a pressing time below the 30-second floor or above 90 seconds in a muscle's self-pressure", () => {
    for (const m of MUSCLES) {
      for (const match of m.selfPressure.how.matchAll(/(\d+)(?: to (\d+))? seconds/g)) {
        for (const n of [match[1], match[2]].filter(Boolean).map(Number)) {
          expect(n, m.id).toBeGreaterThanOrEqual(30);
          expect(n, m.id).toBeLessThanOrEqual(90);
        }
      }
    }
  });

  it('keeps nerve signs out of what a muscle "can also bring", and sends them to a clinician instead', () => {
    const scalenes = getMuscle('scalenes')!;
    expect(scalenes.alsoCauses.join(' ')).not.toMatch(/numb|pins and needles/i);
    expect(scalenes.cautions.join(' ')).toMatch(/pins and needles in the hand.*nerve.*checked by a clinician/i);
    const scm = getMuscle('sternocleidomastoid')!;
    expect(scm.alsoCauses.join(' ')).not.toMatch(/dizz/i);
    expect(scm.cautions.join(' ')).toMatch(/Dizziness.*clinician's check before/);
  });
});

describe('routines', () => {
  it('has unique ids and names only muscles that exist', () => {
    const ids = ROUTINES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of ROUTINES) for (const m of r.muscles) expect(getMuscle(m), `${r.id}: ${m}`).toBeDefined();
    expect(checkAtlasReferences(MUSCLES, ROUTINES)).toEqual([]);
  });

  it('holds every press step for 30 to 90 seconds, asks for a moderate level and slow breathing', () => {
    for (const r of ROUTINES) {
      for (const s of r.steps.filter((x) => x.kind === 'press')) {
        expect(s.seconds, r.id).toBeGreaterThanOrEqual(30);
        expect(s.seconds, r.id).toBeLessThanOrEqual(90);
        expect(s.text, r.id).toMatch(/out of 10/);
        expect(s.text, r.id).toMatch(/breath/i);
      }
    }
  });

  it('gives every routine with pressure its cautions', () => {
    for (const r of ROUTINES.filter((x) => x.steps.some((s) => s.kind === 'press'))) {
      expect(r.cautions.length, r.id).toBeGreaterThan(0);
    }
  });

  it('shapes release routines: both sides, locate before press, the muscle stretch at its hold time', () => {
    for (const r of byKind('release')) {
      const muscle = getMuscle(r.muscles[0] ?? '')!;
      expect(r.bothSides, r.id).toBe(true);
      expect(r.rounds, r.id).toBeGreaterThanOrEqual(2);
      expect(r.steps[0]?.kind, r.id).toBe('locate');
      expect(r.steps[0]!.seconds, r.id).toBeGreaterThanOrEqual(20);
      expect(r.steps[0]!.seconds, r.id).toBeLessThanOrEqual(30);
      const stretches = r.steps.filter((s) => s.kind === 'stretch');
      expect(stretches.length, r.id).toBeGreaterThan(0);
      for (const s of stretches) expect(s.seconds, r.id).toBe(muscle.stretch.holdSeconds);
    }
    // The scalenes get a stretch-and-breathe routine with no pressure at all, and so does the deep jaw muscle.
    expect(getRoutine('release-scalenes')?.steps.some((s) => s.kind === 'press')).toBe(false);
  });

  it('has the five combined desk routines, each 2 to 4 muscles and under 10 minutes', () => {
    const desk = [
      'desk-neck-shoulders',
      'desk-mouse-forearm',
      'desk-jaw-temples',
      'desk-low-back-sitting',
      'desk-hips-sitting',
    ];
    for (const id of desk) expect(getRoutine(id)?.kind, id).toBe('desk');
    for (const r of byKind('desk')) {
      expect(r.muscles.length, r.id).toBeGreaterThanOrEqual(2);
      expect(r.muscles.length, r.id).toBeLessThanOrEqual(4);
      expect(r.bothSides, r.id).toBe(true);
      expect(totalSeconds(r), r.id).toBeLessThanOrEqual(600);
    }
    expect(getRoutine('desk-neck-shoulders')?.muscles).toEqual([
      'upper-trapezius',
      'levator-scapulae',
      'suboccipitals',
    ]);
  });

  it('has at least 4 micro-pauses of a minute or less, with no tools', () => {
    const micro = byKind('micro');
    expect(micro.length).toBeGreaterThanOrEqual(4);
    for (const r of micro) {
      expect(totalSeconds(r), r.id).toBeLessThanOrEqual(60);
      expect(r.tools, r.id).toEqual(['none']);
      expect(r.bothSides, r.id).toBe(false);
      expect(
        r.steps.some((s) => s.kind === 'press'),
        r.id,
      ).toBe(false);
    }
  });

  it('gives every micro-pause and stretch break its own stop signs; the side-of-neck stretch stops on a tingling arm', () => {
    for (const r of [...byKind('micro'), ...byKind('stretch')]) {
      expect(r.stopIf.length, r.id).toBeGreaterThan(0);
      for (const s of r.stopIf) expect(s, r.id).toMatch(/^[a-z]/); // each finishes "Stop if …"
    }
    const neck = getRoutine('stretch-neck-shoulders')!;
    expect(neck.stopIf.join(' ')).toMatch(/arm or hand tingles/);
    // It comes first: the side-of-neck (scalene) stretch is the one most likely to bring it on.
    expect(neck.stopIf[0]).toMatch(/arm or hand tingles/);
    expect(neck.steps.some((s) => /hand behind your back and tip your head/.test(s.text))).toBe(true);
    // A stretch break without them is refused at load.
    const routines = routineFileSchema.parse(clone(rawRoutines)).routines;
    routines.find((r) => r.id === 'stretch-hips-low-back')!.stopIf = [];
    expect(checkAtlasReferences(MUSCLES, routines)).toContainEqual(
      expect.objectContaining({ item: 'stretch-hips-low-back', field: 'stopIf' }),
    );
  });

  it('has at least 3 stretch breaks of 3 to 8 minutes, with explicit sides', () => {
    const stretch = byKind('stretch');
    expect(stretch.length).toBeGreaterThanOrEqual(3);
    for (const r of stretch) {
      const t = totalSeconds(r);
      expect(t, r.id).toBeGreaterThanOrEqual(180);
      expect(t, r.id).toBeLessThanOrEqual(480);
      expect(r.bothSides, r.id).toBe(false);
      expect(
        r.tools.every((tool) => tool === 'none' || tool === 'wall'),
        r.id,
      ).toBe(true);
      const left = r.steps.filter((s) => s.side === 'left').length;
      const right = r.steps.filter((s) => s.side === 'right').length;
      expect(left, r.id).toBe(right);
    }
  });
});

describe('wording', () => {
  it('has no empty text anywhere', () => {
    for (const { path, text } of ALL_TEXT) expect(text.trim().length, path).toBeGreaterThan(0);
  });

  it('never claims a muscle causes something (a referral is a possible source)', () => {
    for (const { path, text } of ALL_TEXT) {
      expect(text, path).not.toMatch(/\bcaus(e|es|ed|ing)\b/i);
      expect(text, path).not.toMatch(/\bdiagnos/i);
    }
  });

  it('keeps step texts to one or two sentences', () => {
    for (const r of ROUTINES) {
      r.steps.forEach((s, i) => {
        const sentences = s.text.match(/[.!?](?=\s|$)/g)?.length ?? 0;
        expect(sentences, `${r.id} step ${i}`).toBeGreaterThanOrEqual(1);
        expect(sentences, `${r.id} step ${i}`).toBeLessThanOrEqual(2);
      });
    }
  });
});

describe('region helpers', () => {
  it('adds the side to a sided base and leaves a midline id alone', () => {
    expect(expandRegions('temple', 'left')).toBe('temple-left');
    expect(expandRegions('neck-angle', 'right')).toBe('neck-angle-right');
    expect(expandRegions('sternum', 'left')).toBe('sternum');
    expect(expandRegions('top-of-head', 'right')).toBe('top-of-head');
    expect(() => expandRegions('elbowish', 'left')).toThrow(/elbowish/);
  });

  it('maps a muscle to the same side, sharing midline regions', () => {
    const trap = getMuscle('upper-trapezius')!;
    expect(muscleReferralRegions(trap, 'left')).toContain('temple-left');
    expect(muscleReferralRegions(trap, 'left')).not.toContain('temple-right');
    expect(muscleTriggerRegions(trap, 'right')).toContain('top-of-shoulder-right');
    const scm = getMuscle('sternocleidomastoid')!;
    expect(muscleReferralRegions(scm, 'right')).toEqual(
      expect.arrayContaining(['sternum', 'top-of-head', 'eye-right']),
    );
  });
});

describe('the atlas loader rejects broken content', () => {
  it('names the routine and field for a muscle that does not exist', () => {
    const routines = clone(rawRoutines);
    (routines.routines.find((r) => r.id === 'desk-jaw-temples')!.muscles as string[]).push('tongue');
    expect(() => validateAtlas(rawMuscles, routines)).toThrow(
      /routines\.json: routine "desk-jaw-temples", field muscles\.2: unknown muscle "tongue"/,
    );
  });

  it('names the routine and field for a press step of 120 s', () => {
    const routines = clone(rawRoutines);
    const release = routines.routines.find((r) => r.id === 'release-upper-trapezius')!;
    const pressIndex = release.steps.findIndex((s) => s.kind === 'press');
    release.steps[pressIndex]!.seconds = 120;
    expect(() => validateAtlas(rawMuscles, routines)).toThrow(
      new RegExp(`routine "release-upper-trapezius", field steps\\.${pressIndex}\\.seconds: .*30 to 90`),
    );
  });

  it('names the muscle and field for an unknown region', () => {
    const muscles = clone(rawMuscles);
    muscles.muscles.find((m) => m.id === 'masseter')!.refersTo.push('temple-left');
    expect(() => validateAtlas(muscles, rawRoutines)).toThrow(
      /muscles\.json: muscle "masseter", field refersTo\.\d+: unknown region "temple-left"/,
    );
  });

  it('reports a muscle without a release routine and a second release for one muscle', () => {
    const routines = clone(rawRoutines);
    routines.routines = routines.routines.filter((r) => r.id !== 'release-piriformis');
    expect(() => validateAtlas(rawMuscles, routines)).toThrow(/muscle "piriformis", field id: no release routine/);

    const doubled = clone(rawRoutines);
    doubled.routines.push({ ...clone(doubled.routines.find((r) => r.id === 'release-masseter')!), id: 'release-jaw' });
    expect(() => validateAtlas(rawMuscles, doubled)).toThrow(/routine "release-jaw", field id/);
    expect(() => validateAtlas(rawMuscles, doubled)).toThrow(/muscle "masseter", field id: 2 release routines/);
  });

  it('reports duplicate ids, a pressure routine without cautions and a mismatched stretch hold', () => {
    const muscles = clone(rawMuscles);
    muscles.muscles.push(clone(muscles.muscles[0]!));
    const problems = checkAtlasReferences(muscleFileSchema.parse(muscles).muscles, ROUTINES);
    expect(problems).toContainEqual(expect.objectContaining({ item: 'upper-trapezius', field: 'id' }));

    const routines = routineFileSchema.parse(clone(rawRoutines)).routines;
    const desk = routines.find((r) => r.id === 'desk-neck-shoulders')!;
    desk.cautions = [];
    const release = routines.find((r) => r.id === 'release-temporalis')!;
    const stretchIndex = release.steps.findIndex((s) => s.kind === 'stretch');
    release.steps[stretchIndex]!.seconds = 45;
    expect(checkAtlasReferences(MUSCLES, routines)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ item: 'desk-neck-shoulders', field: 'cautions' }),
        expect.objectContaining({ item: 'release-temporalis', field: `steps.${stretchIndex}.seconds` }),
      ]),
    );
  });
});

describe('chest pain wording follows the emergency tier', () => {
  it('never limits the emergency to chest pain on effort: at rest counts too', () => {
    for (const { path, text } of ALL_TEXT) {
      if (/chest pain/i.test(text) && /emergency/i.test(text)) expect(text, path).toMatch(/at rest/);
    }
  });
});
