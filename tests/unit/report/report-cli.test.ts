// `unknot report` on the command line: the same report object as the channel,
// a readable text summary, clear refusals, and an export → import → report round trip.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../main/cli/index';
import type { WeeklyReport } from '../../../common/domain/report';
import { appSender, openServices, sampleCheckin, sampleEntry, tempDir } from '../helpers';
import type { Services } from '../../../main/services';

afterEach(() => vi.restoreAllMocks());

/** A data folder with three weeks of history, closed again so the CLI opens it as the app would. */
async function seeded(): Promise<{ dir: string; expected: WeeklyReport }> {
  const dir = tempDir();
  const s: Services = openServices(dir);
  const days: [string, number][] = [
    ['2026-11-02', 7],
    ['2026-11-05', 6],
    ['2026-11-10', 6],
    ['2026-11-16', 5],
    ['2026-11-17', 6],
    ['2026-11-19', 4],
  ];
  for (const [date, intensity] of days) {
    await s.dispatch(appSender, 'pain:add', {
      entry: sampleEntry({
        at: `${date}T10:00:00+01:00`,
        regions: [{ region: 'neck-angle-right', intensity, qualities: ['aching'] }],
      }),
    });
  }
  await s.dispatch(appSender, 'checkin:save', {
    checkin: sampleCheckin({ date: '2026-11-17', warningSigns: ['no-improvement'] }),
  });
  for (const [day, before, after] of [
    [16, 6, 4],
    [18, 5, 2],
  ] as const) {
    await s.dispatch(appSender, 'routines:session-save', {
      session: {
        routineId: 'release-upper-trapezius',
        side: 'both',
        startedAt: `2026-11-${day}T12:00:00+01:00`,
        endedAt: `2026-11-${day}T12:07:30+01:00`,
        rounds: 1,
        pressSeconds: 60,
        pressRounds: { left: 1, right: 1 },
        before,
        after,
        stopReason: null,
      },
    });
  }
  const result = await s.dispatch(appSender, 'report:weekly', { week: '2026-W47' });
  if (!result.ok) throw new Error(result.error.message);
  s.close();
  return { dir, expected: result.value as WeeklyReport };
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void err.push(parts.join(' ')));
  const code = await runCli(args, (line) => out.push(line));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('unknot report', () => {
  it('prints the report object as JSON, field for field what report:weekly returns', async () => {
    const { dir, expected } = await seeded();
    const { code, out } = await run(['report', '--data-dir', dir, '--week', '2026-W47']);
    expect(code).toBe(0);
    const printed = JSON.parse(out) as WeeklyReport;
    expect(printed).toEqual(expected);
    expect(printed).toMatchObject({ week: '2026-W47', meanDaily: 5, entries: 3, routines: { sessions: 2 } });
  });

  it('prints a readable summary with --format text', async () => {
    const { dir } = await seeded();
    const { code, out } = await run(['report', '--data-dir', dir, '--week', '2026-W47', '--format', 'text']);
    expect(code).toBe(0);
    expect(out).toContain('Weekly pain report 2026-W47 (Monday 2026-11-16 to Sunday 2026-11-22)');
    expect(out).toContain('Average pain: 5.0 out of 10 over 3 logged days (3 entries).');
    // Last week: a single day at 6 → 1 point lower, 17 %.
    expect(out).toContain('Compared with last week (6.0): 1.0 points lower (−17 %), not a meaningful change.');
    expect(out).toMatch(
      /What seems to help you[^\n]*\n\s+Top of the shoulder release: 2\.5 points less pain afterwards, on average \(2 sessions\)/,
    );
    expect(out).toContain('Advice:');
    expect(out).toMatch(
      /Warning signs noted this week, by tier:\n\s+Mention at the next visit:\n\s+2026-11-17: No improvement after about two weeks/,
    );
    expect(out).not.toMatch(/today/i);
    expect(out).toContain('Worth talking to a physical therapist or doctor');
    expect(out).toMatch(
      /This week:\n\s+- Talk to a doctor or physical therapist about the warning signs you noted: [^\n]+\n\s+- Keep doing Top of the shoulder release: it eased you by 2\.5 on average over 2 sessions/,
    );
  });

  it('refuses a week that does not exist, a missing data folder and a bad format, with a clear message', async () => {
    const { dir } = await seeded();
    let r = await run(['report', '--data-dir', dir, '--week', '2025-W53']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--week: 2025-W53 does not exist: 2025 has 52 ISO weeks.');
    r = await run(['report', '--data-dir', dir, '--week', 'last week']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/"last week" is not an ISO week like 2026-W47/);
    const missing = path.join(dir, 'nowhere');
    r = await run(['report', '--data-dir', missing, '--week', '2026-W47']);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`The data folder ${missing} does not exist.`);
    expect(fs.existsSync(missing)).toBe(false); // a read never creates a data folder
    const empty = tempDir();
    r = await run(['report', '--data-dir', empty]);
    expect(r.err).toContain('holds no Unknot data');
    expect(fs.readdirSync(empty)).toEqual([]);
    r = await run(['report', '--data-dir', dir, '--format', 'pdf']);
    expect(r.err).toContain('--format must be json or text.');
    r = await run(['report', '--week', '2026-W47']);
    expect(r.err).toContain('--data-dir is required.');
  });

  it('lists report in the usage text', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/report --data-dir D \[--week 2026-W47\] \[--format json\|text\]/);
  });

  it('round trip: export → import into a new folder → the same report', async () => {
    const { dir, expected } = await seeded();
    const file = path.join(tempDir(), 'export.json');
    expect((await run(['export', '--data-dir', dir, '--out', file])).code).toBe(0);
    const fresh = tempDir();
    expect((await run(['import', '--data-dir', fresh, file])).code).toBe(0);
    const { code, out } = await run(['report', '--data-dir', fresh, '--week', '2026-W47']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(expected);
  });
});
