/** The workstation check's storage (migration 4, repository, channels, export) and the comparison the weekly report uses. */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../main/services';
import { openConfBacking, settingsFilePath } from '../../../main/adapters/node/conf-backing';
import { APP_ORIGIN } from '../../../main/security/trusted-sender';
import { closeDatabase, openDatabase } from '../../../main/db/open';
import { MIGRATIONS } from '../../../main/db/migrations';
import {
  answeredItems,
  compareLatestWorkstationChecks,
  compareWorkstationChecks,
  describeWorkstationChanges,
  type WorkstationCheck,
} from '../../../common/domain/workstation';
import { appSender, countRows, exportObject, fakeBreakPorts, importText, tempDir } from '../helpers';

const open: Services[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

/** Services on a fake clock this test moves (check times come from main's clock, as lived in Berlin). */
function servicesWithClock(dataDir = tempDir()) {
  const ports = fakeBreakPorts(Date.parse('2026-11-23T09:00:00+01:00'));
  const services = createServices({
    dataDir,
    shell: 'web',
    trustedOrigin: () => APP_ORIGIN,
    settingsFile: settingsFilePath(dataDir),
    openSettingsBacking: () => openConfBacking(dataDir),
    ...ports,
  });
  open.push(services);
  return { services, clock: ports.clock };
}

async function call<T>(s: Services, channel: Parameters<Services['dispatch']>[1], args: unknown): Promise<T> {
  const result = await s.dispatch(appSender, channel, args);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

describe('workstation checks through the contract', () => {
  it('saves each check as a new one, stamped with main’s clock, and lists the most recent first', async () => {
    const { services: s, clock } = servicesWithClock();
    const first = await call<WorkstationCheck>(s, 'workstation:save', { answers: { phone: 'on-shoulder' } });
    expect(first).toMatchObject({
      takenAt: '2026-11-23T09:00:00+01:00',
      localDate: '2026-11-23',
      answers: { phone: 'on-shoulder' },
    });
    clock.advanceBy(3 * 24 * 3600_000);
    const second = await call<WorkstationCheck>(s, 'workstation:save', {
      answers: { phone: 'hands-free', bag: 'one-heavy' },
    });
    expect(second.id).not.toBe(first.id);
    expect(second.localDate).toBe('2026-11-26');

    const all = await call<WorkstationCheck[]>(s, 'workstation:list', {});
    expect(all.map((c) => c.id)).toEqual([second.id, first.id]);
    expect(await call<WorkstationCheck[]>(s, 'workstation:list', { limit: 1 })).toEqual([second]);
    expect(countRows(s, 'workstation_checks')).toBe(2);
  });

  it('orders two checks saved in the same millisecond by when they were saved', async () => {
    const { services: s } = servicesWithClock();
    const a = await call<WorkstationCheck>(s, 'workstation:save', { answers: { feet: 'flat' } });
    const b = await call<WorkstationCheck>(s, 'workstation:save', { answers: { feet: 'unsupported' } });
    expect((await call<WorkstationCheck[]>(s, 'workstation:list', {})).map((c) => c.id)).toEqual([b.id, a.id]);
  });

  const bad: [string, unknown, RegExp][] = [
    ['an unknown question', { answers: { desk: 'tidy' } }, /answers › desk: unknown question "desk"/],
    ['an unknown answer', { answers: { phone: 'on-the-desk' } }, /answers › phone: unknown answer "on-the-desk"/],
    ['no answers at all', { answers: {} }, /answer at least one question/],
    ['answers that are not text', { answers: { phone: 2 } }, /answers › phone/],
    ['extra fields', { answers: { phone: 'hands-free' }, when: 'now' }, /Not saved/],
  ];
  for (const [what, args, message] of bad) {
    it(`refuses ${what}, naming the field, and saves nothing`, async () => {
      const { services: s } = servicesWithClock();
      const result = await s.dispatch(appSender, 'workstation:save', args);
      expect(result).toMatchObject({ ok: false, error: { code: 'bad-request', message } });
      expect(countRows(s, 'workstation_checks')).toBe(0);
    });
  }

  it('keeps answers to questions this version no longer asks, and says clearly when stored answers are damaged', async () => {
    const { services: s } = servicesWithClock();
    s.db
      .prepare(`INSERT INTO workstation_checks VALUES ('older-check-1', 1, '2026-01-01', 60, ?)`)
      .run(JSON.stringify({ 'standing-desk': 'yes', phone: 'on-shoulder' }));
    const [kept] = await call<WorkstationCheck[]>(s, 'workstation:list', {});
    expect(kept!.answers).toEqual({ 'standing-desk': 'yes', phone: 'on-shoulder' });
    expect(answeredItems(kept!.answers).map((a) => a.item.id)).toEqual(['phone']);

    s.db.prepare(`INSERT INTO workstation_checks VALUES ('damaged-check', 2, '2026-01-01', 60, '{"phone": 5}')`).run();
    const logged: unknown[] = [];
    const result = await createServicesLoggingErrors(s.db.name, logged).dispatch(appSender, 'workstation:list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(String(logged[0])).toMatch(/Workstation check damaged-check: the stored answers are damaged/);
  });

  it('refuses a row that is not a JSON object at the database level', () => {
    const { services: s } = servicesWithClock();
    const insert = s.db.prepare(`INSERT INTO workstation_checks VALUES ('check-0001', 1, '2026-01-01', 60, ?)`);
    expect(() => insert.run('[1, 2]')).toThrow(/CHECK/);
    expect(() => insert.run('not json')).toThrow(/CHECK/);
  });
});

/** A second services instance on the same data folder, recording what the dispatcher logs. */
function createServicesLoggingErrors(dbFile: string, logged: unknown[]): Services {
  const dataDir = path.dirname(dbFile);
  const services = createServices({
    dataDir,
    shell: 'web',
    trustedOrigin: () => APP_ORIGIN,
    settingsFile: settingsFilePath(dataDir),
    openSettingsBacking: () => openConfBacking(dataDir),
    logError: (_channel, error) => logged.push(error instanceof Error ? error.message : error),
    ...fakeBreakPorts(),
  });
  open.push(services);
  return services;
}

describe('migration 4', () => {
  it('adds the workstation table to a version-3 database and keeps what was there', () => {
    const file = path.join(tempDir(), 'v3.sqlite');
    const old = openDatabase(file, { migrations: MIGRATIONS.slice(0, 3) });
    old
      .prepare(
        `INSERT INTO checkins (local_date, at_ms, utc_offset_minutes, updated_at_ms) VALUES ('2026-11-16', 1, 60, 1)`,
      )
      .run();
    closeDatabase(old);

    // Up to migration 4 only: later migrations have their own tests (tests/unit/data/migrations.test.ts).
    const db = openDatabase(file, { migrations: MIGRATIONS.slice(0, 4) });
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    expect(db.prepare(`SELECT local_date FROM checkins`).all()).toEqual([{ local_date: '2026-11-16' }]);
    db.prepare(
      `INSERT INTO workstation_checks VALUES ('check-0001', 5, '2026-11-16', 60, '{"phone":"hands-free"}')`,
    ).run();
    expect(() =>
      db.prepare(`INSERT INTO workstation_checks VALUES ('check-0002', 5, 'yesterday', 60, '{}')`).run(),
    ).toThrow(/CHECK/);
    closeDatabase(db);
  });
});

describe('export and import of workstation checks', () => {
  it('round-trips checks by id, and a second import adds nothing', async () => {
    const { services: a, clock } = servicesWithClock();
    await call(a, 'workstation:save', { answers: { phone: 'on-shoulder', chair: 'slump' } });
    clock.advanceBy(7 * 24 * 3600_000);
    await call(a, 'workstation:save', { answers: { phone: 'hands-free', chair: 'slump' } });
    const exported = exportObject(a.transfer);
    expect(exported.workstationChecks).toHaveLength(2);
    expect(exported.workstationChecks![0]!.takenAt).toBe('2026-11-23T09:00:00+01:00'); // oldest first, like the rest

    const { services: b, clock: later } = servicesWithClock();
    later.advanceBy(7 * 24 * 3600_000); // the import happens after the last check (not a week before it)
    const text = JSON.stringify(exported);
    expect(importText(b.transfer, text).added.workstationChecks).toBe(2);
    expect(importText(b.transfer, text)).toMatchObject({
      added: { workstationChecks: 0 },
      alreadyThere: { workstationChecks: 2 },
    });
    expect(exportObject(b.transfer).workstationChecks).toEqual(exported.workstationChecks);
  });

  it('imports a file from before the workstation check existed', async () => {
    const { services: a } = servicesWithClock();
    await call(a, 'workstation:save', { answers: { phone: 'on-shoulder' } });
    const { workstationChecks: _left, ...older } = exportObject(a.transfer);
    const { services: b } = servicesWithClock();
    expect(importText(b.transfer, JSON.stringify(older)).added.workstationChecks).toBe(0);
    expect(countRows(b, 'workstation_checks')).toBe(0);
  });
});

describe('comparing two checks', () => {
  const check = (id: string, takenAt: string, answers: Record<string, string>): WorkstationCheck => ({
    id,
    takenAt,
    localDate: takenAt.slice(0, 10),
    answers,
  });
  const before = check('check-before', '2026-11-16T09:00:00+01:00', {
    phone: 'on-shoulder',
    'keyboard-mouse': 'elbow-height',
    chair: 'slump',
    feet: 'flat',
    bag: 'one-light',
    'standing-desk': 'yes',
  });
  const after = check('check-after', '2026-11-23T09:00:00+01:00', {
    phone: 'hands-free',
    'keyboard-mouse': 'too-far',
    chair: 'hard-seat',
    feet: 'flat',
    elbows: 'hanging',
    bag: 'one-light',
  });

  it('sorts what changed into better, more strain and different, and ignores what was not answered both times', () => {
    const result = compareWorkstationChecks(before, after);
    expect(result.previousId).toBe('check-before');
    expect(result.latestId).toBe('check-after');
    expect(result.improved.map((c) => c.itemId)).toEqual(['chair', 'phone']);
    expect(result.worse.map((c) => c.itemId)).toEqual(['keyboard-mouse']);
    expect(result.changed).toEqual([]);
    expect(result.unchanged).toEqual(['feet', 'bag']);
    expect(result.improved[1]).toEqual({
      itemId: 'phone',
      topic: 'Phone on calls',
      from: { id: 'on-shoulder', label: 'Between my ear and my shoulder', load: 2 },
      to: { id: 'hands-free', label: 'A headset, the speaker, or in my hand', load: 0 },
    });
  });

  it('gives the same answer whichever order the checks come in', () => {
    expect(compareWorkstationChecks(after, before)).toEqual(compareWorkstationChecks(before, after));
  });

  it('calls a different answer with the same load a change, not an improvement', () => {
    const a = check('check-a', '2026-11-16T09:00:00+01:00', { chair: 'hard-seat' });
    const b = check('check-b', '2026-11-17T09:00:00+01:00', { chair: 'wallet' });
    const result = compareWorkstationChecks(a, b);
    expect(result.changed.map((c) => c.itemId)).toEqual(['chair']);
    expect(result.improved).toEqual([]);
    expect(result.worse).toEqual([]);
  });

  it('compares the latest two of a most-recent-first list, and needs two', () => {
    expect(compareLatestWorkstationChecks([])).toBeNull();
    expect(compareLatestWorkstationChecks([after])).toBeNull();
    expect(compareLatestWorkstationChecks([after, before])!.improved.map((c) => c.itemId)).toEqual(['chair', 'phone']);
  });

  it('describes the changes in plain lines for the report', () => {
    expect(describeWorkstationChanges(compareWorkstationChecks(before, after))).toEqual([
      "Chair: better (was: I slump, or perch on the front edge; now: it's a hard seat with no padding).",
      'Phone on calls: better (was: between my ear and my shoulder; now: a headset, the speaker, or in my hand).',
      'Keyboard and mouse: more strain (was: at about elbow height, close to me, and I hold the mouse loosely; now: far in front of me: I reach forward to them).',
    ]);
  });
});
