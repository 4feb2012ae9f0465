/** Content integrity for Learn and the workstation check: schemas, cross-references into the atlas, required wording. */
import { describe, expect, it } from 'vitest';
import rawLessons from '../../../resources/content/lessons.json';
import rawWorkstation from '../../../resources/content/workstation.json';
import {
  HOW_TO_PRESS_LESSON_ID,
  LESSONS,
  checkLessonReferences,
  getLesson,
  lessonFileSchema,
  lessonNeighbours,
  readingMinutes,
  validateLessons,
  warningSignsFor,
  wordCount,
  type Lesson,
} from '../../../common/domain/lessons';
import {
  WORKSTATION_ITEMS,
  checkWorkstationReferences,
  getWorkstationOption,
  musclesLoadedBy,
  validateWorkstation,
  workstationFileSchema,
} from '../../../common/domain/workstation';
import { MUSCLES, getMuscle, getRoutine, releaseRoutineFor } from '../../../common/domain/atlas';
import { TRIAGE_TIERS, WARNING_SIGNS } from '../../../common/domain/red-flags';

const clone = <T>(x: T): T => structuredClone(x) as T;

/** Everything a reader sees in a lesson, as one string. */
function lessonText(lesson: Lesson): string {
  const parts = [lesson.title, lesson.summary];
  for (const b of lesson.body) {
    if (b.kind === 'heading' || b.kind === 'text') parts.push(b.text);
    else if (b.kind === 'list' || b.kind === 'steps') parts.push(...b.items);
    else parts.push(...warningSignsFor(b));
  }
  return parts.join('\n');
}

describe('lessons', () => {
  it('parse against their schema: 8 to 12 lessons, each with sources', () => {
    expect(lessonFileSchema.safeParse(rawLessons).success).toBe(true);
    expect(LESSONS.length).toBeGreaterThanOrEqual(8);
    expect(LESSONS.length).toBeLessThanOrEqual(12);
    for (const lesson of LESSONS) expect(lesson.sources.length, lesson.id).toBeGreaterThan(0);
  });

  it('cover exactly the topics the issue lists, in reading order', () => {
    expect(LESSONS.map((l) => l.id)).toEqual([
      'what-is-a-trigger-point',
      'referred-pain',
      'pain-is-not-damage',
      'how-to-press',
      'little-and-often',
      'habits-that-feed-knots',
      'balls-canes-and-rollers', // issue 16 #9
      'heat-and-movement',
      'strength-for-desk-pain', // issue 16 #8
      'sleep-and-pillows', // issue 16 #9
      'micro-breaks-evidence',
      'when-to-see-a-professional',
    ]);
  });

  it('link only to routines and muscles that exist', () => {
    expect(checkLessonReferences(LESSONS)).toEqual([]);
    for (const lesson of LESSONS) {
      for (const id of lesson.routines) expect(getRoutine(id), `${lesson.id} → routine ${id}`).toBeDefined();
      for (const id of lesson.muscles) expect(getMuscle(id), `${lesson.id} → muscle ${id}`).toBeDefined();
    }
    // Lessons that teach technique lead to practice.
    for (const id of ['how-to-press', 'referred-pain', 'little-and-often']) {
      expect(getLesson(id)!.routines.length, id).toBeGreaterThan(0);
    }
  });

  it('report broken references by lesson and field', () => {
    const broken = clone(LESSONS) as Lesson[];
    broken[0]!.routines = ['release-spleen'];
    broken[1]!.muscles = ['upper-trapezius', 'gluteus-maximus'];
    broken[2]!.id = 'workstation-check';
    broken[3]!.id = broken[4]!.id;
    expect(checkLessonReferences(broken)).toEqual([
      'resources/content/lessons.json: lesson "what-is-a-trigger-point", field routines.0: unknown routine "release-spleen"',
      'resources/content/lessons.json: lesson "referred-pain", field muscles.1: unknown muscle "gluteus-maximus"',
      'resources/content/lessons.json: lesson "workstation-check", field id: "workstation-check" is the name of a Learn page, pick another id',
      'resources/content/lessons.json: lesson "little-and-often", field id: duplicate lesson id',
    ]);
  });

  it('refuse a lesson without sources, naming where', () => {
    const data = clone(rawLessons) as { lessons: { sources: string[] }[] };
    data.lessons[2]!.sources = [];
    expect(() => validateLessons(data)).toThrow(/lessons\.2\.sources: every lesson names at least one source/);
  });

  it('"how to press" gives the dose, the rhythm and how not to overdo it', () => {
    const text = lessonText(getLesson(HOW_TO_PRESS_LESSON_ID)!);
    expect(text).toMatch(/30 to 90 seconds/);
    expect(text).toMatch(/5 or 6 out of 10/);
    expect(text).toMatch(/\bbreathe\b/i);
    expect(text).toMatch(/\brelease\b/i);
    expect(text).toMatch(/\brest\b/i);
    expect(text).toMatch(/a few spots/i);
    expect(text).toMatch(/a few rounds/i);
    expect(text).toMatch(/sore the next day/i);
  });

  it('"when to see a professional" shows every warning sign from red-flags.ts and the two-week rule', () => {
    const lesson = getLesson('when-to-see-a-professional')!;
    const blocks = lesson.body.filter((b) => b.kind === 'warning-signs');
    // One block per tier, in tier order: emergency, soon, next visit.
    expect(blocks.map((b) => b.tier)).toEqual([...TRIAGE_TIERS]);
    const shown = blocks.flatMap((b) => warningSignsFor(b));
    expect(shown.sort()).toEqual(WARNING_SIGNS.map((s) => s.label).sort());
    expect(lessonText(lesson)).toMatch(/two weeks/);
  });

  it('"little and often" reads the pressure study for what it is: small, from a therapist, no comparison group', () => {
    const text = lessonText(getLesson('little-and-often')!);
    expect(text).toMatch(/19 office workers/);
    expect(text).toMatch(/therapist/);
    expect(text).toMatch(/no comparison group/);
    expect(text).not.toMatch(/Office workers who had eight short pressure sessions/);
  });

  it('"stronger muscles" gives the trials’ dose, the clearance rule and links the strengthening routines', () => {
    const lesson = getLesson('strength-for-desk-pain')!;
    const text = lessonText(lesson);
    expect(text).toMatch(/3 sets of 8 to 12/);
    expect(text).toMatch(/three days a week/);
    expect(text).toMatch(/heart disease, high blood pressure/);
    expect(lesson.routines.every((id) => id.startsWith('strength-'))).toBe(true);
    expect(lesson.sources.join(' ')).toMatch(/Andersen et al. 2008/);
  });

  it('sleep, tools and heat: tied to the muscles, with doses and cautions, and their sources', () => {
    const sleep = getLesson('sleep-and-pillows')!;
    const sleepText = lessonText(sleep);
    expect(sleepText).toMatch(/fills the gap between your neck and shoulder/);
    expect(sleepText).toMatch(/pillow between them/);
    expect(sleepText).toMatch(/infraspinatus/);
    expect(sleep.muscles).toEqual(expect.arrayContaining(['infraspinatus', 'upper-trapezius', 'levator-scapulae']));
    expect(sleep.routines).toContain('relax-breathe-unclench');
    const tools = lessonText(getLesson('balls-canes-and-rollers')!);
    expect(tools).toMatch(/tennis ball against a wall/);
    expect(tools).toMatch(/ball in a sock/);
    expect(tools).toMatch(/cane/);
    expect(tools).toMatch(/never rolled up and down the spine/);
    const heat = lessonText(getLesson('heat-and-movement')!);
    expect(heat).toMatch(/10 to 20 minutes/);
    expect(heat).toMatch(/never while you sleep/);
    expect(getLesson('heat-and-movement')!.sources.join(' ')).toMatch(/Cochrane CD004750/);
    // Institutional or primary sources come first where there are any.
    expect(sleep.sources[0]).toMatch(/Mayo Clinic/);
  });

  it('speak of possible sources, never of a cause or a diagnosis', () => {
    for (const lesson of LESSONS) {
      const text = lessonText(lesson);
      expect(text, lesson.id).not.toMatch(/\bcaus(e|es|ed|ing)\b/i);
      for (const m of text.matchAll(/diagnos\w*/gi)) {
        expect(text.slice(Math.max(0, m.index - 8), m.index), lesson.id).toMatch(/(never|not) a $/);
      }
    }
  });

  it('stay short enough for one screen and tell their reading time', () => {
    for (const lesson of LESSONS) {
      expect(wordCount(lesson), lesson.id).toBeLessThan(400);
      expect(readingMinutes(lesson), lesson.id).toBeGreaterThanOrEqual(1);
      expect(readingMinutes(lesson), lesson.id).toBeLessThanOrEqual(3);
    }
  });

  it('know their neighbours in reading order', () => {
    expect(lessonNeighbours(LESSONS[0]!.id)).toEqual({ previous: null, next: LESSONS[1] });
    expect(lessonNeighbours(LESSONS[3]!.id)).toEqual({ previous: LESSONS[2], next: LESSONS[4] });
    expect(lessonNeighbours(LESSONS.at(-1)!.id).next).toBeNull();
    expect(lessonNeighbours('no-such-lesson')).toEqual({ previous: null, next: null });
  });
});

describe('workstation check content', () => {
  it('parses, and asks exactly the items the issue lists', () => {
    expect(workstationFileSchema.safeParse(rawWorkstation).success).toBe(true);
    expect(WORKSTATION_ITEMS.map((i) => i.id)).toEqual([
      'screen-height',
      'screen-distance',
      'keyboard-mouse',
      'elbows',
      'feet',
      'chair',
      'phone',
      'bag',
      'long-sitting',
    ]);
  });

  it('maps every answer that loads muscles to factors the atlas knows, each loading at least one muscle', () => {
    expect(checkWorkstationReferences(WORKSTATION_ITEMS, MUSCLES)).toEqual([]);
    for (const item of WORKSTATION_ITEMS) {
      for (const option of item.options) {
        const loaded = musclesLoadedBy(option.factors);
        if (option.load === 0) expect(loaded, `${item.id}/${option.id}`).toEqual([]);
        else expect(loaded.length, `${item.id}/${option.id}`).toBeGreaterThan(0);
        for (const { muscle } of loaded) expect(releaseRoutineFor(muscle.id), muscle.id).toBeDefined();
      }
    }
  });

  it('a phone held on the shoulder loads the upper trapezius and levator scapulae, as the atlas says', () => {
    const phone = getWorkstationOption('phone', 'on-shoulder')!;
    expect(phone.factors).toEqual(['phone-on-shoulder']);
    const loaded = musclesLoadedBy(phone.factors);
    expect(loaded.map((m) => m.muscle.id)).toEqual(['upper-trapezius', 'levator-scapulae']);
    // The explanation is the atlas's own note, so the muscle page and the check say the same thing.
    expect(loaded[0]!.notes[0]!.note).toBe(
      getMuscle('upper-trapezius')!.perpetuatingFactors.find((f) => f.factor === 'phone-on-shoulder')!.note,
    );
  });

  it('derives muscles from the atlas: a factor no muscle lists is refused', () => {
    const withoutPhone = MUSCLES.map((m) => ({
      ...m,
      perpetuatingFactors: m.perpetuatingFactors.filter((f) => f.factor !== 'phone-on-shoulder'),
    }));
    expect(() => validateWorkstation(rawWorkstation, withoutPhone)).toThrow(
      /item "phone", field options\.1\.factors\.0: no muscle in the atlas lists "phone-on-shoulder"/,
    );
  });

  it('refuses an answer that loads muscles without naming factors, or an item with no easy answer', () => {
    const data = clone(rawWorkstation) as {
      items: { options: { load: number; factors: string[]; why?: string }[] }[];
    };
    data.items[6]!.options[1]!.factors = [];
    expect(() => validateWorkstation(data)).toThrow(/items\.6\.options\.1\.factors: an answer loads muscles/);
    const noEasy = clone(rawWorkstation) as typeof data;
    noEasy.items[4]!.options = noEasy.items[4]!.options.filter((o) => o.load > 0).concat(noEasy.items[4]!.options[1]!);
    expect(() => validateWorkstation(noEasy)).toThrow(/items\.4\.options: every item has an answer that loads nothing/);
  });
});
