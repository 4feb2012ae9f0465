/**
 * Owns export and import of everything Unknot records: the versioned JSON
 * format (documented in the README) and CSV tables for spreadsheets. Import
 * checks the whole file before it writes anything, writes it in one
 * transaction, and skips records whose ids are already there, so importing the
 * same file twice adds nothing twice. Errors name the record and the field.
 */
import { z } from 'zod';
import type { Db } from './open';
import type { PainRepository } from './pain-repository';
import type { BreakRepository } from './break-repository';
import type { RoutineRepository } from './routine-repository';
import type { CheckinRepository } from './checkin-repository';
import type { WorkstationRepository } from './workstation-repository';
import { entityIdSchema, offsetDateTimeSchema, painRegionSchema, NOTE_MAX_LENGTH } from '../../common/domain/pain';
import { checkinSchema } from '../../common/domain/checkin';
import { BREAK_KINDS, BREAK_OUTCOMES } from '../../common/domain/breaks';
import { routineSessionFieldsSchema, withSessionDuration } from '../../common/domain/routine-sessions';
import { loggedTimeSchema, validatingAt } from '../../common/domain/dates';
import { BREAK_MAX_SECONDS_TAKEN } from '../../common/domain/policy';
import { routineSchema, type Routine } from '../../common/domain/content';
import { getMuscle, getRoutine } from '../../common/domain/atlas';
import { regionDisplayName } from '../../common/domain/body-regions';
import { parseOffsetDateTime } from '../../common/domain/time';
import { workstationAnswersSchema } from '../../common/domain/workstation';

export const EXPORT_FORMAT = 'unknot-export';
export const EXPORT_VERSION = 1;
/** Anything larger is not an Unknot export (five dense years are a few MB). */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;

const exportSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT, { error: `must be "${EXPORT_FORMAT}"` }),
    version: z.literal(EXPORT_VERSION, {
      error: `must be ${EXPORT_VERSION} (this version of Unknot reads version 1 files)`,
    }),
    exportedAt: offsetDateTimeSchema,
    painEntries: z.array(
      z
        .object({
          id: entityIdSchema,
          at: loggedTimeSchema,
          note: z.string().max(NOTE_MAX_LENGTH),
          regions: z
            .array(painRegionSchema)
            .min(1)
            .refine((rs) => new Set(rs.map((r) => r.region)).size === rs.length, 'lists a body region twice'),
        })
        .strict(),
    ),
    checkins: z.array(checkinSchema),
    breaks: z.array(
      z
        .object({
          id: entityIdSchema,
          kind: z.enum(BREAK_KINDS),
          dueAt: loggedTimeSchema,
          shownAt: loggedTimeSchema.nullable(),
          outcome: z.enum(BREAK_OUTCOMES),
          secondsTaken: z.number().int().min(0).max(BREAK_MAX_SECONDS_TAKEN),
        })
        .strict(),
    ),
    // A saved session as the app records it (the same rules), with its id, its muscles and the routine's
    // id under `routine`; files from before per-side pressure rounds have none.
    routineSessions: z.array(
      withSessionDuration(
        routineSessionFieldsSchema.omit({ routineId: true }).extend({
          id: entityIdSchema,
          routine: z.string().min(1).max(80),
          muscles: z.array(
            z
              .string()
              .refine((m) => getMuscle(m) !== undefined, { error: (i) => `unknown muscle "${String(i.input)}"` }),
          ),
          pressRounds: routineSessionFieldsSchema.shape.pressRounds.optional(),
        }),
      ),
    ),
    /** The person's own routines (optional: files from other tools may leave it out). */
    customRoutines: z.array(routineSchema).optional(),
    /** Workstation checks (optional: files from before the check existed have none). */
    workstationChecks: z
      .array(z.object({ id: entityIdSchema, takenAt: loggedTimeSchema, answers: workstationAnswersSchema }).strict())
      .optional(),
  })
  .strict();
export type UnknotExport = z.infer<typeof exportSchema>;

export interface TransferDeps {
  db: Db;
  pain: PainRepository;
  breaks: BreakRepository;
  routines: RoutineRepository;
  checkins: CheckinRepository;
  workstation: WorkstationRepository;
  now: () => number;
  /** "2026-11-21T10:00:00+01:00" for now, where the person is. */
  nowIso: () => string;
}

type Counts = Record<
  'painEntries' | 'checkins' | 'breaks' | 'routineSessions' | 'customRoutines' | 'workstationChecks',
  number
>;
export interface ImportSummary {
  added: Counts;
  alreadyThere: Counts;
}

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

const ALL = { limit: Number.MAX_SAFE_INTEGER } as const;

export function exportAll(deps: TransferDeps): UnknotExport {
  const sessions = deps.routines.sessions(ALL);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: deps.nowIso(),
    painEntries: deps.pain
      .list(ALL)
      .reverse()
      .map((e) => ({ id: e.id, at: e.at, note: e.note, regions: e.regions })),
    checkins: deps.checkins.list(),
    breaks: deps.breaks.history(ALL).reverse(),
    routineSessions: sessions.reverse().map((s) => ({
      id: s.id,
      routine: s.routineId,
      muscles: s.muscles,
      side: s.side,
      startedAt: s.startedAt,
      endedAt: s.endedAt,
      rounds: s.rounds,
      pressSeconds: s.pressSeconds,
      pressRounds: s.pressRounds,
      before: s.before,
      after: s.after,
      stopReason: s.stopReason,
      progress: s.progress ?? null,
      stopSide: s.stopSide ?? null,
    })),
    customRoutines: deps.routines.customList(),
    workstationChecks: deps.workstation
      .list(ALL)
      .reverse()
      .map((c) => ({ id: c.id, takenAt: c.takenAt, answers: c.answers })),
  };
}

/** Checks the whole text first; throws ImportError naming the record and field, having written nothing. */
export function parseImport(text: string): UnknotExport {
  if (Buffer.byteLength(text) > IMPORT_MAX_BYTES) {
    throw new ImportError(
      `This file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB, so it is not an Unknot export. Nothing was imported.`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ImportError('This file is not valid JSON, so it is not an Unknot export. Nothing was imported.');
  }
  const parsed = exportSchema.safeParse(data);
  if (!parsed.success) throw new ImportError(`${describeIssue(data, parsed.error.issues[0]!)} Nothing was imported.`);
  const file = parsed.data;
  // Cross-record rules the schema cannot see.
  const known = new Set((file.customRoutines ?? []).map((r) => r.id));
  file.routineSessions.forEach((s, i) => {
    if (!getRoutine(s.routine) && !known.has(s.routine)) {
      throw new ImportError(
        `routineSessions[${i}] (id ${s.id}): routine: unknown routine "${s.routine}". Nothing was imported.`,
      );
    }
    if (parseOffsetDateTime(s.endedAt)!.atMs < parseOffsetDateTime(s.startedAt)!.atMs) {
      throw new ImportError(
        `routineSessions[${i}] (id ${s.id}): endedAt: ends before it starts. Nothing was imported.`,
      );
    }
  });
  for (const [name, list] of [
    ['painEntries', file.painEntries],
    ['breaks', file.breaks],
    ['routineSessions', file.routineSessions],
    ['workstationChecks', file.workstationChecks ?? []],
  ] as const) {
    const seen = new Set<string>();
    list.forEach((r, i) => {
      if (seen.has(r.id)) throw new ImportError(`${name}[${i}]: id: "${r.id}" appears twice. Nothing was imported.`);
      seen.add(r.id);
    });
  }
  return file;
}

function describeIssue(data: unknown, issue: z.core.$ZodIssue): string {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const [list, index, ...rest] = path;
  if (typeof list === 'string' && typeof index === 'number') {
    const record = (data as Record<string, unknown[]>)[list]?.[index] as { id?: unknown; date?: unknown } | undefined;
    const name =
      typeof record?.id === 'string'
        ? ` (id ${record.id})`
        : typeof record?.date === 'string'
          ? ` (${record.date})`
          : '';
    return `${list}[${index}]${name}: ${rest.join('.') || '(record)'}: ${issue.message}.`;
  }
  return `${path.join('.') || '(file)'}: ${issue.message}.`;
}

export function importAll(deps: TransferDeps, text: string): ImportSummary {
  // Logged times may be at most a day ahead of main's clock, the one nowIso reads (common/domain/dates.ts).
  const clockNow = parseOffsetDateTime(deps.nowIso())?.atMs ?? deps.now();
  const file = validatingAt(clockNow, () => parseImport(text));
  const added: Counts = {
    painEntries: 0,
    checkins: 0,
    breaks: 0,
    routineSessions: 0,
    customRoutines: 0,
    workstationChecks: 0,
  };
  const alreadyThere: Counts = { ...added };
  const count = (key: keyof Counts, wasAdded: boolean) => (wasAdded ? added[key]++ : alreadyThere[key]++);
  const now = deps.now();
  deps.db.transaction(() => {
    const existingCustom = new Set(deps.routines.customList().map((r) => r.id));
    for (const routine of file.customRoutines ?? []) {
      const fresh = !existingCustom.has(routine.id) && !getRoutine(routine.id);
      if (fresh) deps.routines.customSave(routine as Routine);
      count('customRoutines', fresh);
    }
    for (const e of file.painEntries) {
      const fresh = !deps.pain.get(e.id);
      if (fresh) {
        const m = parseOffsetDateTime(e.at)!;
        deps.pain.restore({
          ...e,
          localDate: m.localDate,
          utcOffsetMinutes: m.utcOffsetMinutes,
          createdAt: now,
          updatedAt: now,
        });
      }
      count('painEntries', fresh);
    }
    for (const c of file.checkins) {
      const fresh = deps.checkins.get(c.date) === null;
      if (fresh) deps.checkins.save(c, { atMs: now, localDate: c.date, utcOffsetMinutes: 0 });
      count('checkins', fresh);
    }
    for (const b of file.breaks) count('breaks', deps.breaks.importRecord(b));
    for (const s of file.routineSessions) {
      const { routine, muscles, pressRounds, ...rest } = s;
      count(
        'routineSessions',
        deps.routines.importSession(
          { ...rest, routineId: routine, pressRounds: pressRounds ?? { left: 0, right: 0 } },
          muscles,
        ),
      );
    }
    for (const c of file.workstationChecks ?? []) count('workstationChecks', deps.workstation.importCheck(c));
  })();
  return { added, alreadyThere };
}

// --- CSV ---

export const CSV_TABLES = ['pain', 'breaks', 'sessions'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

/** RFC 4180 quoting; cells a spreadsheet would run as a formula are prefixed with ' so they stay text. */
function cell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

export function exportCsv(deps: TransferDeps, table: CsvTable): string {
  const data = exportAll(deps);
  switch (table) {
    case 'pain':
      return csv(
        ['entry_id', 'at', 'region', 'region_name', 'intensity', 'qualities', 'note'],
        data.painEntries.flatMap((e) =>
          e.regions.map((r) => [
            e.id,
            e.at,
            r.region,
            regionDisplayName(r.region),
            r.intensity,
            r.qualities.join(';'),
            e.note,
          ]),
        ),
      );
    case 'breaks':
      return csv(
        ['id', 'kind', 'due_at', 'shown_at', 'outcome', 'seconds_taken'],
        data.breaks.map((b) => [b.id, b.kind, b.dueAt, b.shownAt, b.outcome, b.secondsTaken]),
      );
    case 'sessions':
      return csv(
        [
          'id',
          'routine',
          'muscles',
          'side',
          'started_at',
          'ended_at',
          'rounds',
          'press_seconds',
          'before',
          'after',
          'stop_reason',
        ],
        data.routineSessions.map((s) => [
          s.id,
          s.routine,
          s.muscles.join(';'),
          s.side,
          s.startedAt,
          s.endedAt,
          s.rounds,
          s.pressSeconds,
          s.before,
          s.after,
          s.stopReason,
        ]),
      );
  }
}
