/**
 * A known history for the Report screen's end-to-end test, as an Unknot export
 * file: two baseline weeks at a steady 6, then 2024-W47 (18–24 Nov 2024) with
 * hand-computed figures — daily averages 6, 4, –, 3, 3, –, 2 give a mean of 3.6,
 * 2.4 points (40%) below last week and the baseline: a meaningful improvement.
 * Every time carries its own offset, so the machine's zone changes nothing.
 */
const OFFSET = '+01:00';
let serial = 0;
const id = (prefix: string) => `${prefix}-${String(++serial).padStart(8, '0')}`;
const at = (date: string, time: string) => `${date}T${time}:00${OFFSET}`;

interface Region {
  region: string;
  intensity: number;
  qualities: string[];
}

function entry(date: string, time: string, regions: Region[], note = '') {
  return { id: id('pain'), at: at(date, time), note, regions };
}

const steady = (date: string) =>
  entry(date, '10:00', [{ region: 'top-of-shoulder-right', intensity: 6, qualities: [] }]);

export const SEEDED_WEEK = '2024-W47';

export function reportSeed() {
  serial = 0;
  const baselineDays = [
    '2024-11-04',
    '2024-11-05',
    '2024-11-06',
    '2024-11-07',
    '2024-11-08',
    '2024-11-11',
    '2024-11-12',
    '2024-11-13',
    '2024-11-14',
    '2024-11-15',
  ];
  const painEntries = [
    ...baselineDays.map(steady),
    // Monday: 5 and 7 → average 6, worst 7, least 5.
    entry('2024-11-18', '09:10', [
      { region: 'temple-right', intensity: 5, qualities: ['aching'] },
      { region: 'neck-angle-right', intensity: 3, qualities: [] },
    ]),
    entry(
      '2024-11-18',
      '15:40',
      [{ region: 'temple-right', intensity: 7, qualities: ['aching', 'throbbing'] }],
      'Headache behind the right eye after a long video call',
    ),
    // Tuesday: 4.
    entry('2024-11-19', '11:00', [{ region: 'neck-angle-right', intensity: 4, qualities: ['stiff'] }]),
    // Thursday: 3.
    entry('2024-11-21', '10:30', [{ region: 'top-of-shoulder-right', intensity: 3, qualities: [] }]),
    // Friday: 4 and 2 → average 3.
    entry(
      '2024-11-22',
      '09:00',
      [{ region: 'top-of-shoulder-right', intensity: 4, qualities: [] }],
      'Stiff after the train',
    ),
    entry('2024-11-22', '17:30', [{ region: 'lower-back-left', intensity: 2, qualities: [] }]),
    // Sunday: 2.
    entry('2024-11-24', '20:00', [{ region: 'temple-right', intensity: 2, qualities: [] }]),
  ];
  const session = (date: string, routine: string, muscles: string[], before: number, after: number) => ({
    id: id('session'),
    routine,
    muscles,
    side: 'right',
    startedAt: at(date, '12:00'),
    endedAt: at(date, '12:05'),
    rounds: 2,
    pressSeconds: 120,
    pressRounds: { left: 0, right: 2 },
    before,
    after,
    stopReason: null,
  });
  const routineSessions = [
    // Relief 2 and 1 → 1.5 on average over 2 sessions: ranked in "what helps you".
    session('2024-11-18', 'release-upper-trapezius', ['upper-trapezius'], 6, 4),
    session('2024-11-20', 'release-upper-trapezius', ['upper-trapezius'], 5, 4),
    // Only once: listed under routines, never ranked.
    session('2024-11-21', 'release-levator-scapulae', ['levator-scapulae'], 5, 3),
  ];
  const brk = (date: string, time: string, outcome: string) => ({
    id: id('break'),
    kind: 'micro',
    dueAt: at(date, time),
    shownAt: outcome === 'natural' ? null : at(date, time),
    outcome,
    secondsTaken: outcome === 'skipped' ? 0 : 30,
  });
  // 3 taken + 1 natural of 5 answered → 80% kept.
  const breaks = [
    brk('2024-11-18', '10:20', 'taken'),
    brk('2024-11-18', '10:40', 'taken'),
    brk('2024-11-19', '10:20', 'skipped'),
    brk('2024-11-19', '11:20', 'natural'),
    brk('2024-11-21', '14:00', 'taken'),
  ];
  const checkin = (date: string, sleepHours: number, stress: number, warningSigns: string[] = []) => ({
    date,
    sleepHours,
    sleepQuality: 6,
    stress,
    activeMinutes: 30,
    water: 6,
    interferenceActivity: 3,
    interferenceEnjoyment: 2,
    warningSigns,
  });
  const checkins = [
    checkin('2024-11-18', 6, 6),
    checkin('2024-11-19', 7, 4, ['night-pain']),
    checkin('2024-11-21', 8, 2),
  ];
  return {
    format: 'unknot-export',
    version: 1,
    exportedAt: at('2024-11-25', '08:00'),
    painEntries,
    checkins,
    breaks,
    routineSessions,
    customRoutines: [],
    // Two workstation checks: the phone moved off the shoulder during the seeded week.
    workstationChecks: [
      { id: 'seed-ws-1', takenAt: at('2024-11-05', '12:00'), answers: { phone: 'on-shoulder', bag: 'one-heavy' } },
      { id: 'seed-ws-2', takenAt: at('2024-11-20', '12:00'), answers: { phone: 'hands-free', bag: 'one-heavy' } },
    ],
  };
}
