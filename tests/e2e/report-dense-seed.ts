/**
 * A heavy history for the clinician PDF's page-count test, as an Unknot export
 * file: twelve weeks of daily logging (so the trend is full), then 2024-W47
 * with entries every day over eleven places, every warning sign (both tiers)
 * on one day and three on others, twelve routines, breaks, check-ins every day with the
 * interference items, and a workstation check with many straining answers.
 * Short sleep goes with clearly worse days over the four weeks (a pattern the
 * report shows). Whatever this week holds, the PDF stays within two pages.
 */
const OFFSET = '+01:00';
let serial = 0;
const id = (prefix: string) => `${prefix}-${String(++serial).padStart(8, '0')}`;
const at = (date: string, time: string) => `${date}T${time}:00${OFFSET}`;

export const DENSE_WEEK = '2024-W47';

const ALL_SIGNS = [
  'bladder-bowel-saddle',
  'both-legs',
  'weakness-clumsiness',
  'sudden-severe-neck-head',
  'thunderclap-headache',
  'new-headache-over-50',
  'chest-exertion',
  'neuro-signs',
  'fever-weight-loss',
  'night-pain',
  'after-injury',
  'cancer-history',
  'no-improvement',
];

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const PLACES = [
  'temple-right',
  'neck-angle-right',
  'top-of-shoulder-right',
  'upper-back-of-neck-left',
  'between-shoulder-blades-right',
  'lower-back-left',
  'outer-elbow-right',
  'back-of-forearm-right',
  'forehead-left',
  'jaw-joint-right',
  'upper-buttock-left',
];

export function denseSeed() {
  serial = 0;
  const first = '2024-08-26'; // Monday, twelve weeks before W47 ends
  const painEntries = [];
  const checkins = [];
  const breaks = [];
  for (let day = 0; day < 91; day++) {
    const date = addDays(first, day);
    // Short sleep every third day, with pain about three points higher those days.
    const short = day % 3 === 0;
    const base = short ? 7 : 4;
    const inW47 = date >= '2024-11-18';
    const places = inW47 ? PLACES.slice(0, 4 + (day % 8)) : PLACES.slice(0, 2);
    for (const [k, time] of ['09:15', '13:40', '18:05'].entries()) {
      painEntries.push({
        id: id('pain'),
        at: at(date, time),
        note: inW47 && k === 2 ? 'Worse after a long afternoon of calls; heat pack helped a little.' : '',
        regions: places.map((region, i) => ({
          region,
          intensity: Math.max(0, Math.min(10, base + ((i + k) % 3) - 1)),
          qualities: i % 2 ? ['aching'] : ['stiff', 'throbbing'],
        })),
      });
    }
    checkins.push({
      date,
      sleepHours: short ? 5 : 7.5,
      sleepQuality: short ? 3 : 7,
      stress: 3 + (day % 5),
      activeMinutes: 10 + (day % 4) * 10,
      water: 4 + (day % 4),
      interferenceActivity: short ? 6 : 3,
      interferenceEnjoyment: short ? 5 : 2,
      // Every warning sign on one day, three of them on others.
      warningSigns:
        date === '2024-11-21'
          ? ALL_SIGNS
          : inW47 && day % 2 === 0
            ? ['night-pain', 'chest-exertion', 'after-injury']
            : [],
    });
    for (const time of ['10:00', '11:00', '14:00', '15:00']) {
      breaks.push({
        id: id('break'),
        kind: 'micro',
        dueAt: at(date, time),
        shownAt: at(date, time),
        outcome: time === '15:00' ? 'skipped' : 'taken',
        secondsTaken: time === '15:00' ? 0 : 30,
      });
    }
  }
  const ROUTINES = [
    'upper-trapezius',
    'levator-scapulae',
    'suboccipitals',
    'infraspinatus',
    'wrist-extensors',
    'quadratus-lumborum',
    'scalenes',
    'supraspinatus',
    'rhomboids',
    'sternocleidomastoid',
    'splenius-capitis',
    'temporalis',
  ].map((muscle) => [`release-${muscle}`, muscle] as const);
  const routineSessions = ROUTINES.flatMap(([routine, muscle], r) =>
    [0, 2, 4].map((d) => ({
      id: id('session'),
      routine,
      muscles: [muscle],
      side: 'right',
      startedAt: at(addDays('2024-11-18', d + (r % 2)), `${10 + (r % 10)}:00`),
      endedAt: at(addDays('2024-11-18', d + (r % 2)), `${10 + (r % 10)}:06`),
      rounds: 2,
      pressSeconds: 120,
      pressRounds: { left: 0, right: 2 },
      before: 7,
      after: 7 - (r % 3) - 1,
      stopReason: null,
    })),
  );
  return {
    format: 'unknot-export',
    version: 1,
    exportedAt: at('2024-11-25', '08:00'),
    painEntries,
    checkins,
    breaks,
    routineSessions,
    customRoutines: [],
    workstationChecks: [
      {
        id: 'dense-ws-1',
        takenAt: at('2024-11-19', '12:00'),
        answers: {
          'screen-height': 'low',
          'screen-distance': 'lean-in',
          'keyboard-mouse': 'too-high',
          elbows: 'hanging',
          chair: 'slump',
          phone: 'on-shoulder',
          bag: 'one-heavy',
          'long-sitting': 'over-hour',
        },
      },
    ],
  };
}
