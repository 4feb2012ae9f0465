import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../main/cli/index';
import {
  appSender,
  countRows,
  csvText,
  exportObject,
  exportText,
  importText,
  openServices,
  sampleCheckin,
  sampleEntry,
  tempDir,
} from '../helpers';
import type { Services } from '../../../main/services';

type ExportLike = { painEntries: unknown[]; breaks: unknown[]; checkins: unknown[] } & Record<string, unknown>;

const TABLES = [
  'pain_entries',
  'pain_entry_regions',
  'checkins',
  'breaks',
  'routine_sessions',
  'custom_routines',
  'workstation_checks',
];
const counts = (s: Services) => Object.fromEntries(TABLES.map((t) => [t, countRows(s, t)]));

async function seed(s: Services) {
  await s.dispatch(appSender, 'pain:add', {
    entry: sampleEntry({ note: 'After "the" call, hmm\nline two, with commas' }),
  });
  await s.dispatch(appSender, 'pain:add', {
    entry: sampleEntry({
      at: '2026-11-17T23:50:00-05:00',
      note: '=HYPERLINK("x")',
      regions: [{ region: 'outer-elbow-left', intensity: 0, qualities: ['tingling', 'numb'] }],
    }),
  });
  await s.dispatch(appSender, 'checkin:save', {
    checkin: sampleCheckin({ warningSigns: ['night-pain'] }),
  });
  s.transfer.breaks.record({
    kind: 'micro',
    dueAt: '2026-11-16T09:20:00+01:00',
    shownAt: '2026-11-16T09:20:00+01:00',
    outcome: 'taken',
    secondsTaken: 30,
  });
  s.transfer.breaks.record({
    kind: 'stretch',
    dueAt: '2026-11-16T10:00:00+01:00',
    shownAt: null,
    outcome: 'natural',
    secondsTaken: 400,
  });
  await s.dispatch(appSender, 'routines:custom-save', {
    routine: {
      id: 'my-physio',
      title: 'My physio routine',
      summary: 'What my physio showed me.',
      kind: 'desk',
      muscles: ['levator-scapulae'],
      tools: ['none'],
      bothSides: false,
      rounds: 1,
      restBetweenRoundsSeconds: 0,
      cautions: [],
      steps: [{ kind: 'stretch', seconds: 30, text: 'Look down and away.' }],
    },
  });
  await s.dispatch(appSender, 'workstation:save', { answers: { phone: 'on-shoulder', chair: 'slump' } });
  await s.dispatch(appSender, 'workstation:save', { answers: { phone: 'hands-free', chair: 'slump', feet: 'flat' } });
  for (const routineId of ['release-upper-trapezius', 'my-physio']) {
    await s.dispatch(appSender, 'routines:session-save', {
      session: {
        routineId,
        side: 'right',
        startedAt: routineId === 'my-physio' ? '2026-11-16T15:00:00+01:00' : '2026-11-16T14:00:00+01:00',
        endedAt: routineId === 'my-physio' ? '2026-11-16T15:05:00+01:00' : '2026-11-16T14:08:00+01:00',
        rounds: 2,
        pressSeconds: 120,
        pressRounds: { left: 0, right: 2 },
        before: 6,
        after: 4,
        stopReason: routineId === 'my-physio' ? null : 'pulse',
      },
    });
  }
}

describe('export and import', () => {
  it('round-trips everything without loss, and a second import adds nothing', async () => {
    const a = openServices();
    await seed(a);
    const exported = exportObject(a.transfer);
    expect(exported).toMatchObject({ format: 'unknot-export', version: 1 });
    expect(exported.painEntries).toHaveLength(2);

    const b = openServices();
    const text = JSON.stringify(exported);
    expect(importText(b.transfer, text)).toEqual({
      added: { painEntries: 2, checkins: 1, breaks: 2, routineSessions: 2, customRoutines: 1, workstationChecks: 2 },
      alreadyThere: {
        painEntries: 0,
        checkins: 0,
        breaks: 0,
        routineSessions: 0,
        customRoutines: 0,
        workstationChecks: 0,
      },
    });
    const { exportedAt: _a, ...first } = exported;
    const { exportedAt: _b, ...again } = exportObject(b.transfer);
    expect(again).toEqual(first);

    const before = counts(b);
    expect(importText(b.transfer, text).added).toEqual({
      painEntries: 0,
      checkins: 0,
      breaks: 0,
      routineSessions: 0,
      customRoutines: 0,
      workstationChecks: 0,
    });
    expect(counts(b)).toEqual(before);
  });

  it('keeps each entry on the local date it was lived, across offsets', async () => {
    const a = openServices();
    await seed(a);
    const b = openServices();
    importText(b.transfer, JSON.stringify(exportObject(a.transfer)));
    expect(b.transfer.pain.list({ from: '2026-11-17', to: '2026-11-17' }).map((e) => e.at)).toEqual([
      '2026-11-17T23:50:00-05:00',
    ]);
  });

  const valid = async () => {
    const a = openServices();
    await seed(a);
    return exportObject(a.transfer) as unknown as ExportLike;
  };

  const hostile: [string, (f: ExportLike) => string, RegExp][] = [
    ['a file that is not JSON', () => '{"format": "unknot-export", ', /not valid JSON/],
    ['another format', (f) => JSON.stringify({ ...f, format: 'painapp' }), /format: must be "unknot-export"/],
    ['a newer version', (f) => JSON.stringify({ ...f, version: 2 }), /version: must be 1/],
    ['a missing list', (f) => JSON.stringify({ ...f, breaks: undefined }), /breaks/],
    [
      'an intensity of 11',
      (f) =>
        JSON.stringify({
          ...f,
          painEntries: [
            f.painEntries[0],
            { ...(f.painEntries[1] as object), regions: [{ region: 'temple-right', intensity: 11, qualities: [] }] },
          ],
        }),
      /painEntries\[1\] \(id [\w-]+\): regions\.0\.intensity: must be 10 or less/,
    ],
    [
      'an unknown region',
      (f) =>
        JSON.stringify({
          ...f,
          painEntries: [
            { ...(f.painEntries[0] as object), regions: [{ region: 'spleen-left', intensity: 3, qualities: [] }] },
          ],
        }),
      /painEntries\[0\] \(id [\w-]+\): regions\.0\.region: unknown body region "spleen-left"/,
    ],
    [
      'a missing field',
      (f) => JSON.stringify({ ...f, breaks: [{ ...(f.breaks[0] as object), outcome: undefined }] }),
      /breaks\[0\] \(id [\w-]+\): outcome/,
    ],
    [
      'an unknown routine',
      (f) => JSON.stringify({ ...f, customRoutines: [] }),
      /routineSessions\[\d\] \(id [\w-]+\): routine: unknown routine "my-physio"/,
    ],
    [
      'an id twice',
      (f) => JSON.stringify({ ...f, breaks: [f.breaks[0], f.breaks[0]] }),
      /breaks\[1\]: id: ".+" appears twice/,
    ],
    [
      'a check-in stress of 12',
      (f) => JSON.stringify({ ...f, checkins: [{ ...(f.checkins[0] as object), stress: 12 }] }),
      /checkins\[0\] \(2026-11-16\): stress: stress must be 0 to 10/,
    ],
    [
      'extra fields',
      (f) => JSON.stringify({ ...f, painEntries: [{ ...(f.painEntries[0] as object), mood: 'sad' }] }),
      /painEntries\[0\]/,
    ],
    [
      'an unknown workstation answer',
      (f) =>
        JSON.stringify({
          ...f,
          workstationChecks: [{ ...(f.workstationChecks as object[])[0], answers: { phone: 'on-the-desk' } }],
        }),
      /workstationChecks\[0\] \(id [\w-]+\): answers\.phone: unknown answer "on-the-desk"/,
    ],
    [
      'a workstation check twice',
      (f) => {
        const [first] = f.workstationChecks as object[];
        return JSON.stringify({ ...f, workstationChecks: [first, first] });
      },
      /workstationChecks\[1\]: id: ".+" appears twice/,
    ],
    [
      'junk that is not JSON',
      () => 'x'.repeat(1024 * 1024),
      /not valid JSON \(an export starts with "\{", at character 1\)/,
    ],
    [
      'a file cut off half-way',
      (f) => JSON.stringify(f).slice(0, 400),
      /not valid JSON \(the file ends before the export does/,
    ],
    [
      'an unknown top-level field',
      (f) => JSON.stringify({ ...f, mood: [] }),
      /mood: this is not part of an Unknot export/,
    ],
    ['a list that is not a list', (f) => JSON.stringify({ ...f, breaks: 3 }), /breaks: must be a list/],
  ];
  for (const [what, make, message] of hostile) {
    it(`rejects ${what} with a clear error and changes nothing`, async () => {
      const file = make(await valid());
      const target = openServices();
      await target.dispatch(appSender, 'pain:add', { entry: sampleEntry() });
      const before = counts(target);
      expect(() => importText(target.transfer, file)).toThrow(message);
      expect(() => importText(target.transfer, file)).toThrow(/Nothing was imported/);
      expect(counts(target)).toEqual(before);
    });
  }

  it('refuses bad requests at the contract, before any dialog or worker', async () => {
    const s = openServices();
    expect(await s.dispatch(appSender, 'data:export', { format: 'csv' })).toMatchObject({
      ok: false,
      error: { message: /names its table/ },
    });
    expect(await s.dispatch(appSender, 'data:import', { text: '{}' })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(await s.dispatch(appSender, 'data:job', { job: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'bad-request', path: ['job'] },
    });
    expect(await s.dispatch(appSender, 'data:job', { job: '9b2f4c1e-2a8d-4f53-9a49-0c0ddc1e4f10' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('parses its own export format exactly', async () => {
    const text = JSON.stringify(await valid());
    expect(importText(openServices().transfer, text).added.painEntries).toBe(2);
  });

  it('writes compact JSON (one line) that parses as the documented format', async () => {
    const a = openServices();
    await seed(a);
    const text = exportText(a.transfer);
    expect(text.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(text)).toMatchObject({ format: 'unknot-export', version: 1, painEntries: [{}, {}] });
  });
});

describe('CSV', () => {
  it('writes one row per region, quotes what needs quoting, and defuses formulas', async () => {
    const s = openServices();
    await seed(s);
    const lines = csvText(s.transfer, 'pain').split('\r\n');
    expect(lines[0]).toBe('entry_id,at,region,region_name,intensity,qualities,note');
    expect(lines.filter((l) => l.includes('temple-right'))[0]).toMatch(
      /,2026-11-16T09:30:00\+01:00,temple-right,Temple \(your right\),6,aching,"After ""the"" call, hmm\nline two, with commas"$/,
    );
    expect(csvText(s.transfer, 'pain')).toContain(`,"'=HYPERLINK(""x"")"`);
    expect(csvText(s.transfer, 'sessions').split('\r\n')[1]).toMatch(
      /,release-upper-trapezius,upper-trapezius,right,.*,2,120,6,4,pulse$/,
    );
  });
});

describe('CLI', () => {
  it('exports a data folder and imports it into another', async () => {
    const from = tempDir();
    const seeded = openServices(from);
    await seed(seeded);
    seeded.close();
    const file = path.join(tempDir(), 'export.json');
    const out: string[] = [];
    expect(await runCli(['export', '--data-dir', from, '--out', file], (l) => out.push(l))).toBe(0);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ format: 'unknot-export', painEntries: [{}, {}] });

    const to = tempDir();
    expect(await runCli(['import', '--data-dir', to, file], (l) => out.push(l))).toBe(0);
    expect(JSON.parse(out.at(-1)!)).toMatchObject({ added: { painEntries: 2, routineSessions: 2 } });
    expect(await runCli(['import', '--data-dir', to, file], (l) => out.push(l))).toBe(0);
    expect(JSON.parse(out.at(-1)!)).toMatchObject({ added: { painEntries: 0 }, alreadyThere: { painEntries: 2 } });

    const csv = path.join(tempDir(), 'pain.csv');
    expect(
      await runCli(['export', '--data-dir', from, '--out', csv, '--format', 'csv', '--table', 'pain'], () => undefined),
    ).toBe(0);
    expect(fs.readFileSync(csv, 'utf8')).toMatch(/^entry_id,at,region/);
  });

  it('prints ranked possible sources as JSON', async () => {
    const out: string[] = [];
    expect(
      await runCli(['sources', '--region', 'temple-right', '--region', 'neck-angle-right'], (l) => out.push(l)),
    ).toBe(0);
    const result = JSON.parse(out.join('\n'));
    expect(result.note).toMatch(/Possible sources, not a diagnosis/);
    expect(result.sources[0]).toMatchObject({
      muscle: 'upper-trapezius',
      side: 'right',
      matched: ['temple-right', 'neck-angle-right'],
    });
  });

  it('fails with a clear message and exit code 2 on bad input', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const junk = path.join(tempDir(), 'junk.json');
    fs.writeFileSync(junk, Buffer.alloc(1024 * 1024, 120));
    // Sparse: 600 MB on paper, nothing on disk; the size guard refuses it before reading a byte.
    const huge = path.join(tempDir(), 'huge.json');
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, 600 * 1024 * 1024);
    const cases: [string[], RegExp][] = [
      [['sources'], /at least one body region/],
      [['sources', '--region', 'elbow-of-doom'], /Unknown body region "elbow-of-doom"/],
      [['export', '--out', 'x.json'], /--data-dir is required/],
      [
        ['export', '--data-dir', tempDir(), '--out', 'x.csv', '--format', 'csv'],
        /--table must be one of pain, breaks, sessions/,
      ],
      [['import', '--data-dir', tempDir(), junk], /not valid JSON/],
      [['import', '--data-dir', tempDir(), huge], /larger than 512 MB/],
      [['import', '--data-dir', tempDir(), '/no/such/file.json'], /Cannot read/],
      [['frobnicate'], /Unknown command "frobnicate"/],
      [['export', '--data-dir', tempDir(), '--out', 'x', '--colour', 'red'], /Unknown option '--colour'/],
    ];
    for (const [args, message] of cases) {
      errors.mockClear();
      expect(await runCli(args, () => undefined)).toBe(2);
      expect(errors.mock.calls.map((c) => String(c[0])).join('\n')).toMatch(message);
    }
    errors.mockRestore();
  });
});
