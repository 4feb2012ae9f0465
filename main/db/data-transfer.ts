/**
 * Owns export and import of everything Unknot records: the versioned JSON
 * format (documented in the README) and CSV tables for spreadsheets. Both
 * directions stream: an export is written record by record, a month of history
 * at a time, as compact JSON; an import reads the file in chunks and holds one
 * record at a time, so any history that exports also imports.
 *
 * Import reads the file twice. The first pass checks every record and the rules
 * across records, writing nothing; the second writes it all in one transaction,
 * skipping records whose ids are already there (importing a file twice adds
 * nothing twice). Errors name the record and the field. Both directions report
 * progress and can be cancelled; a cancelled import leaves the database as it was.
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
import { BREAK_MAX_SECONDS_TAKEN, IMPORT_MAX_BYTES } from '../../common/domain/policy';
import { routineSchema, type Routine } from '../../common/domain/content';
import { getMuscle, getRoutine } from '../../common/domain/atlas';
import { regionDisplayName } from '../../common/domain/body-regions';
import { parseOffsetDateTime } from '../../common/domain/time';
import { workstationAnswersSchema } from '../../common/domain/workstation';
import { JsonRecordSplitter, JsonStreamError, type JsonEvent } from './json-record-stream';

export const EXPORT_FORMAT = 'unknot-export';
export const EXPORT_VERSION = 1;

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

/** The lists of records in an export, in the order an export writes them. */
const LISTS = ['customRoutines', 'painEntries', 'checkins', 'breaks', 'routineSessions', 'workstationChecks'] as const;
type ListName = (typeof LISTS)[number];
/** Lists a file must have (files from before custom routines and workstation checks have neither). */
const REQUIRED_LISTS: readonly ListName[] = ['painEntries', 'checkins', 'breaks', 'routineSessions'];
const HEADER_FIELDS = ['format', 'version', 'exportedAt'] as const;
type HeaderField = (typeof HEADER_FIELDS)[number];

type RecordOf<L extends ListName> = NonNullable<UnknotExport[L]>[number];
const recordSchemas: { [L in ListName]: z.ZodType<RecordOf<L>> } = {
  customRoutines: exportSchema.shape.customRoutines.unwrap().element as z.ZodType<RecordOf<'customRoutines'>>,
  painEntries: exportSchema.shape.painEntries.element,
  checkins: exportSchema.shape.checkins.element,
  breaks: exportSchema.shape.breaks.element,
  routineSessions: exportSchema.shape.routineSessions.element,
  workstationChecks: exportSchema.shape.workstationChecks.unwrap().element,
};

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

export type Counts = Record<ListName, number>;
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

/** Thrown inside a transfer when the person cancels it; an import's transaction rolls back. */
export class TransferCancelled extends Error {
  constructor() {
    super('Cancelled.');
    this.name = 'TransferCancelled';
  }
}

export interface TransferProgress {
  /** 'checking' and 'writing' are an import's two passes; an export is 'exporting'. */
  phase: 'checking' | 'writing' | 'exporting';
  done: number;
  /** Records in all (null while an import's first pass is still counting). */
  total: number | null;
}

export interface TransferControl {
  onProgress?: (progress: TransferProgress) => void;
  /** Asked every few hundred records; true stops the transfer. */
  shouldStop?: () => boolean;
}

const PROGRESS_EVERY = 500;

function reporter(control: TransferControl, phase: TransferProgress['phase'], total: number | null) {
  let done = 0;
  control.onProgress?.({ phase, done, total });
  return {
    step(): void {
      done++;
      if (done % PROGRESS_EVERY === 0) {
        if (control.shouldStop?.()) throw new TransferCancelled();
        control.onProgress?.({ phase, done, total });
      }
    },
    finish(): number {
      control.onProgress?.({ phase, done, total: total ?? done });
      return done;
    },
  };
}

const zeroCounts = (): Counts => ({
  customRoutines: 0,
  painEntries: 0,
  checkins: 0,
  breaks: 0,
  routineSessions: 0,
  workstationChecks: 0,
});

// --- Reading the history a month at a time ---

const DATED_TABLES = { painEntries: 'pain_entries', breaks: 'breaks', routineSessions: 'routine_sessions' } as const;
const ALL = Number.MAX_SAFE_INTEGER;

/** "2021-03" … "2026-11": every month from the first to the last record of a table. */
function* monthsOf(db: Db, table: string): Generator<{ from: string; to: string }> {
  const span = db.prepare(`SELECT min(local_date) AS first, max(local_date) AS last FROM ${table}`).get() as {
    first: string | null;
    last: string | null;
  };
  if (!span.first || !span.last) return;
  let [year, month] = span.first.split('-').map(Number) as [number, number];
  const [lastYear, lastMonth] = span.last.split('-').map(Number) as [number, number];
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    const mm = String(month).padStart(2, '0');
    yield { from: `${year}-${mm}-01`, to: `${year}-${mm}-31` };
    month++;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}

/** Every record of a list in the export's shape, oldest first, a month of history in memory at most. */
function* recordsOf(deps: TransferDeps, list: ListName): Generator<unknown> {
  switch (list) {
    case 'customRoutines':
      return yield* deps.routines.customList();
    case 'checkins':
      return yield* deps.checkins.list();
    case 'workstationChecks':
      return yield* deps.workstation
        .list({ limit: 1_000_000 })
        .reverse()
        .map((c) => ({ id: c.id, takenAt: c.takenAt, answers: c.answers }));
    case 'painEntries':
      for (const range of monthsOf(deps.db, DATED_TABLES.painEntries)) {
        const page = deps.pain.list({ ...range, limit: ALL }).reverse();
        yield* page.map((e) => ({ id: e.id, at: e.at, note: e.note, regions: e.regions }));
      }
      return;
    case 'breaks':
      for (const range of monthsOf(deps.db, DATED_TABLES.breaks)) {
        yield* deps.breaks.history({ ...range, limit: ALL }).reverse();
      }
      return;
    case 'routineSessions':
      for (const range of monthsOf(deps.db, DATED_TABLES.routineSessions)) {
        yield* deps.routines
          .sessions({ ...range, limit: ALL })
          .reverse()
          .map((s) => ({
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
          }));
      }
      return;
  }
}

/** How many records an export of each list will write (for progress). */
export function recordCounts(db: Db): Counts {
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    customRoutines: count('custom_routines'),
    painEntries: count('pain_entries'),
    checkins: count('checkins'),
    breaks: count('breaks'),
    routineSessions: count('routine_sessions'),
    workstationChecks: count('workstation_checks'),
  };
}

const total = (counts: Counts) => Object.values(counts).reduce((a, b) => a + b, 0);

// --- Export ---

/** Writes everything as one compact JSON export through `write`, record by record. Returns the records written. */
export function writeExportJson(
  deps: TransferDeps,
  write: (text: string) => void,
  control: TransferControl = {},
): number {
  const progress = reporter(control, 'exporting', total(recordCounts(deps.db)));
  write(
    `{"format":${JSON.stringify(EXPORT_FORMAT)},"version":${EXPORT_VERSION},"exportedAt":${JSON.stringify(deps.nowIso())}`,
  );
  for (const list of LISTS) {
    write(`,${JSON.stringify(list)}:[`);
    let first = true;
    for (const record of recordsOf(deps, list)) {
      write((first ? '' : ',') + JSON.stringify(record));
      first = false;
      progress.step();
    }
    write(']');
  }
  write('}\n');
  return progress.finish();
}

// --- Import ---

/** A file's text in chunks; called once per pass. */
export type ChunkSource = () => Iterable<string>;

function fieldError(
  list: string,
  index: number | null,
  record: unknown,
  issue: z.core.$ZodIssue | string,
): ImportError {
  const rec = record as { id?: unknown; date?: unknown } | null;
  const name =
    index === null
      ? ''
      : typeof rec?.id === 'string'
        ? ` (id ${rec.id})`
        : typeof rec?.date === 'string'
          ? ` (${rec.date})`
          : '';
  const where = index === null ? list : `${list}[${index}]${name}`;
  if (typeof issue === 'string') return new ImportError(`${where}: ${issue}. Nothing was imported.`);
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  return new ImportError(`${where}: ${path.join('.') || '(record)'}: ${issue.message}. Nothing was imported.`);
}

const isList = (key: string): key is ListName => (LISTS as readonly string[]).includes(key);
const isHeader = (key: string): key is HeaderField => (HEADER_FIELDS as readonly string[]).includes(key);

/**
 * Runs the splitter over a source, turning its events into validated records.
 * Structure and size errors become ImportErrors that say where the file breaks.
 */
function readRecords(
  source: ChunkSource,
  onRecord: (list: ListName, index: number, record: unknown) => void,
  onHeader: (field: HeaderField, value: unknown) => void,
  onListEnd: (list: ListName) => void,
): void {
  let bytes = 0;
  const splitter = new JsonRecordSplitter((event: JsonEvent) => {
    if (!isList(event.key) && !isHeader(event.key)) {
      throw new ImportError(`${event.key}: this is not part of an Unknot export. Nothing was imported.`);
    }
    switch (event.kind) {
      case 'field':
        if (isList(event.key)) throw fieldError(event.key, null, null, 'must be a list');
        return onHeader(event.key as HeaderField, event.value);
      case 'array-start':
        if (!isList(event.key)) onHeader(event.key as HeaderField, []);
        return;
      case 'element':
        return onRecord(event.key as ListName, event.index, event.value);
      case 'array-end':
        return onListEnd(event.key as ListName);
    }
  });
  try {
    for (const chunk of source()) {
      bytes += Buffer.byteLength(chunk);
      if (bytes > IMPORT_MAX_BYTES) throw tooLarge();
      splitter.push(chunk);
    }
    splitter.end();
  } catch (error) {
    if (error instanceof JsonStreamError) {
      throw new ImportError(
        `This file is not valid JSON (${error.message}, at character ${error.offset + 1}), so it is not a complete Unknot export. Nothing was imported.`,
      );
    }
    throw error;
  }
}

export function tooLarge(): ImportError {
  return new ImportError(
    `This file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB, far more than any Unknot history, so it is not an Unknot export. Nothing was imported.`,
  );
}

const headerSchemas = {
  format: exportSchema.shape.format,
  version: exportSchema.shape.version,
  exportedAt: exportSchema.shape.exportedAt,
};

/** Pass one: checks every record and the rules across records; writes nothing. Returns the number of records. */
function checkFile(source: ChunkSource, control: TransferControl): number {
  const progress = reporter(control, 'checking', null);
  const seenHeaders = new Set<HeaderField>();
  const seenLists = new Set<ListName>();
  const ids: Partial<Record<ListName, Set<string>>> = {};
  const customIds = new Set<string>();
  const sessionRoutines: { index: number; id: string; routine: string }[] = [];
  readRecords(
    source,
    (list, index, record) => {
      seenLists.add(list);
      const parsed = recordSchemas[list].safeParse(record);
      if (!parsed.success) throw fieldError(list, index, record, parsed.error.issues[0]!);
      const value = parsed.data as { id?: string; routine?: string; startedAt?: string; endedAt?: string };
      if (list === 'customRoutines') customIds.add(value.id!);
      else if (list !== 'checkins') {
        const seen = (ids[list] ??= new Set());
        if (seen.has(value.id!)) throw fieldError(list, index, null, `id: "${value.id}" appears twice`);
        seen.add(value.id!);
      }
      if (list === 'routineSessions') {
        if (parseOffsetDateTime(value.endedAt!)!.atMs < parseOffsetDateTime(value.startedAt!)!.atMs) {
          throw fieldError(list, index, record, 'endedAt: ends before it starts');
        }
        if (!getRoutine(value.routine!)) sessionRoutines.push({ index, id: value.id!, routine: value.routine! });
      }
      progress.step();
    },
    (field, value) => {
      seenHeaders.add(field);
      const parsed = headerSchemas[field].safeParse(value);
      if (!parsed.success) throw new ImportError(`${field}: ${parsed.error.issues[0]!.message}. Nothing was imported.`);
    },
    (list) => seenLists.add(list),
  );
  for (const field of HEADER_FIELDS) {
    if (!seenHeaders.has(field))
      throw new ImportError(`${field}: missing, so this is not an Unknot export. Nothing was imported.`);
  }
  for (const list of REQUIRED_LISTS) {
    if (!seenLists.has(list)) throw new ImportError(`${list}: this list is missing. Nothing was imported.`);
  }
  const unknown = sessionRoutines.find((s) => !customIds.has(s.routine));
  if (unknown) {
    throw new ImportError(
      `routineSessions[${unknown.index}] (id ${unknown.id}): routine: unknown routine "${unknown.routine}". Nothing was imported.`,
    );
  }
  return progress.finish();
}

/**
 * Imports an Unknot JSON export: checks it whole, then adds it in one
 * transaction. Throws ImportError (naming the record and field) or
 * TransferCancelled, having written nothing.
 */
export function importFrom(deps: TransferDeps, source: ChunkSource, control: TransferControl = {}): ImportSummary {
  // Logged times may be at most a day ahead of main's clock, the one nowIso reads (common/domain/dates.ts).
  const clockNow = parseOffsetDateTime(deps.nowIso())?.atMs ?? deps.now();
  return validatingAt(clockNow, () => {
    const records = checkFile(source, control);
    const progress = reporter(control, 'writing', records);
    const added = zeroCounts();
    const alreadyThere = zeroCounts();
    const count = (key: ListName, wasAdded: boolean) => (wasAdded ? added[key]++ : alreadyThere[key]++);
    const now = deps.now();
    const existingCustom = new Set(deps.routines.customList().map((r) => r.id));
    const apply = (list: ListName, raw: unknown) => {
      // Pass one checked every record; parsing again gives the typed, normalised value.
      const record = recordSchemas[list].parse(raw);
      switch (list) {
        case 'customRoutines': {
          const routine = record as Routine;
          const fresh = !existingCustom.has(routine.id) && !getRoutine(routine.id);
          if (fresh) {
            deps.routines.customSave(routine);
            existingCustom.add(routine.id);
          }
          return count(list, fresh);
        }
        case 'painEntries': {
          const e = record as RecordOf<'painEntries'>;
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
          return count(list, fresh);
        }
        case 'checkins': {
          const c = record as RecordOf<'checkins'>;
          const fresh = deps.checkins.get(c.date) === null;
          if (fresh) deps.checkins.save(c, { atMs: now, localDate: c.date, utcOffsetMinutes: 0 });
          return count(list, fresh);
        }
        case 'breaks':
          return count(list, deps.breaks.importRecord(record as RecordOf<'breaks'>));
        case 'routineSessions': {
          const { routine, muscles, pressRounds, ...rest } = record as RecordOf<'routineSessions'>;
          return count(
            list,
            deps.routines.importSession(
              { ...rest, routineId: routine, pressRounds: pressRounds ?? { left: 0, right: 0 } },
              muscles,
            ),
          );
        }
        case 'workstationChecks':
          return count(list, deps.workstation.importCheck(record as RecordOf<'workstationChecks'>));
      }
    };
    deps.db.transaction(() => {
      readRecords(
        source,
        (list, _index, record) => {
          apply(list, record);
          progress.step();
        },
        () => undefined,
        () => undefined,
      );
    })();
    progress.finish();
    return { added, alreadyThere };
  });
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

const row = (cells: unknown[]) => cells.map(cell).join(',') + '\r\n';

const CSV_HEADERS: Record<CsvTable, string[]> = {
  pain: ['entry_id', 'at', 'region', 'region_name', 'intensity', 'qualities', 'note'],
  breaks: ['id', 'kind', 'due_at', 'shown_at', 'outcome', 'seconds_taken'],
  sessions: [
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
};

/** Writes one table as CSV through `write`, a row at a time. Returns the records written. */
export function writeExportCsv(
  deps: TransferDeps,
  table: CsvTable,
  write: (text: string) => void,
  control: TransferControl = {},
): number {
  const counts = recordCounts(deps.db);
  const list = ({ pain: 'painEntries', breaks: 'breaks', sessions: 'routineSessions' } as const)[table];
  const progress = reporter(control, 'exporting', counts[list]);
  write(row(CSV_HEADERS[table]));
  for (const record of recordsOf(deps, list)) {
    switch (table) {
      case 'pain': {
        const e = record as RecordOf<'painEntries'>;
        for (const r of e.regions) {
          write(row([e.id, e.at, r.region, regionDisplayName(r.region), r.intensity, r.qualities.join(';'), e.note]));
        }
        break;
      }
      case 'breaks': {
        const b = record as RecordOf<'breaks'>;
        write(row([b.id, b.kind, b.dueAt, b.shownAt, b.outcome, b.secondsTaken]));
        break;
      }
      case 'sessions': {
        const s = record as RecordOf<'routineSessions'>;
        write(
          row([
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
        break;
      }
    }
    progress.step();
  }
  return progress.finish();
}
