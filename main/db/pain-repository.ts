/**
 * Owns reading and writing pain entries and their regions. Every write is one
 * transaction: an entry is never saved without its regions, nor half-updated.
 */
import type { Db } from './open';
import type { PainEntry, PainEntryInput, PainQuality } from '../../common/domain/pain';
import { formatOffsetDateTime, parseOffsetDateTime } from '../../common/domain/time';
import { ConflictError, NotFoundError } from '../core/errors';

interface EntryRow {
  id: string;
  at_ms: number;
  local_date: string;
  utc_offset_minutes: number;
  note: string;
  created_at_ms: number;
  updated_at_ms: number;
}
interface RegionRow {
  entry_id: string;
  region: string;
  intensity: number;
  qualities: string;
}

export interface ListOptions {
  from?: string;
  to?: string;
  limit?: number;
}

export interface PainRepository {
  add(input: PainEntryInput): PainEntry;
  update(id: string, input: PainEntryInput): PainEntry;
  remove(id: string): PainEntry;
  /** Puts back an entry exactly as it was (undo of a delete; import). */
  restore(entry: PainEntry): PainEntry;
  get(id: string): PainEntry | undefined;
  list(options?: ListOptions): PainEntry[];
}

export interface PainRepositoryDeps {
  now: () => number;
  newId: () => string;
}

export function createPainRepository(db: Db, deps: PainRepositoryDeps): PainRepository {
  const insertEntry = db.prepare<[string, number, string, number, string, number, number]>(
    `INSERT INTO pain_entries (id, at_ms, local_date, utc_offset_minutes, note, created_at_ms, updated_at_ms)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const updateEntry = db.prepare<[number, string, number, string, number, string]>(
    `UPDATE pain_entries SET at_ms = ?, local_date = ?, utc_offset_minutes = ?, note = ?, updated_at_ms = ?
     WHERE id = ?`,
  );
  const insertRegion = db.prepare<[string, number, string, number, string]>(
    `INSERT INTO pain_entry_regions (entry_id, position, region, intensity, qualities) VALUES (?, ?, ?, ?, ?)`,
  );
  const deleteRegions = db.prepare<[string]>(`DELETE FROM pain_entry_regions WHERE entry_id = ?`);
  const deleteEntry = db.prepare<[string]>(`DELETE FROM pain_entries WHERE id = ?`);
  const selectEntry = db.prepare<[string], EntryRow>(`SELECT * FROM pain_entries WHERE id = ?`);
  const selectRegions = db.prepare<[string], RegionRow>(
    `SELECT entry_id, region, intensity, qualities FROM pain_entry_regions WHERE entry_id = ? ORDER BY position`,
  );
  const selectRange = db.prepare<[string, string, number], EntryRow>(
    `SELECT * FROM pain_entries WHERE local_date BETWEEN ? AND ? ORDER BY at_ms DESC, id LIMIT ?`,
  );
  // Without a date range (the pain log's first page) the newest rows come straight off the time index.
  const selectNewest = db.prepare<[number], EntryRow>(`SELECT * FROM pain_entries ORDER BY at_ms DESC, id LIMIT ?`);
  // Regions of exactly the rows a list returns (a JSON array of their ids): one query, and never the
  // regions of the thousands of entries a limit left out.
  const selectRegionsOf = db.prepare<[string], RegionRow>(
    `SELECT entry_id, region, intensity, qualities FROM pain_entry_regions
      WHERE entry_id IN (SELECT value FROM json_each(?))
      ORDER BY entry_id, position`,
  );

  function writeRegions(id: string, input: PainEntryInput): void {
    input.regions.forEach((r, position) => {
      insertRegion.run(id, position, r.region, r.intensity, r.qualities.join(','));
    });
  }

  function toEntry(row: EntryRow, regions: RegionRow[]): PainEntry {
    return {
      id: row.id,
      at: formatOffsetDateTime(row.at_ms, row.utc_offset_minutes),
      localDate: row.local_date,
      utcOffsetMinutes: row.utc_offset_minutes,
      note: row.note,
      regions: regions.map((r) => ({
        region: r.region,
        intensity: r.intensity,
        qualities: (r.qualities ? r.qualities.split(',') : []) as PainQuality[],
      })),
      createdAt: row.created_at_ms,
      updatedAt: row.updated_at_ms,
    };
  }

  function get(id: string): PainEntry | undefined {
    const row = selectEntry.get(id);
    return row ? toEntry(row, selectRegions.all(id)) : undefined;
  }

  function moment(at: string) {
    const parsed = parseOffsetDateTime(at);
    // The contract already validated `at`; this guards direct callers.
    if (!parsed) throw new TypeError(`invalid time ${at}`);
    return parsed;
  }

  const add = db.transaction((input: PainEntryInput): PainEntry => {
    const id = deps.newId();
    const now = deps.now();
    const m = moment(input.at);
    insertEntry.run(id, m.atMs, m.localDate, m.utcOffsetMinutes, input.note, now, now);
    writeRegions(id, input);
    return get(id)!;
  });

  const update = db.transaction((id: string, input: PainEntryInput): PainEntry => {
    const m = moment(input.at);
    const changed = updateEntry.run(m.atMs, m.localDate, m.utcOffsetMinutes, input.note, deps.now(), id);
    if (changed.changes === 0) throw new NotFoundError('That pain entry no longer exists.');
    deleteRegions.run(id);
    writeRegions(id, input);
    return get(id)!;
  });

  const remove = db.transaction((id: string): PainEntry => {
    const existing = get(id);
    if (!existing) throw new NotFoundError('That pain entry no longer exists.');
    deleteEntry.run(id); // regions go with it (ON DELETE CASCADE)
    return existing;
  });

  const restore = db.transaction((entry: PainEntry): PainEntry => {
    if (selectEntry.get(entry.id)) throw new ConflictError('That pain entry is already there.');
    const m = moment(entry.at);
    insertEntry.run(entry.id, m.atMs, m.localDate, m.utcOffsetMinutes, entry.note, entry.createdAt, entry.updatedAt);
    writeRegions(entry.id, entry);
    return get(entry.id)!;
  });

  function list(options: ListOptions = {}): PainEntry[] {
    const limit = options.limit ?? 500;
    const rows =
      options.from === undefined && options.to === undefined
        ? selectNewest.all(limit)
        : selectRange.all(options.from ?? '0000-01-01', options.to ?? '9999-12-31', limit);
    if (rows.length === 0) return [];
    const byEntry = new Map<string, RegionRow[]>();
    for (const r of selectRegionsOf.all(JSON.stringify(rows.map((row) => row.id)))) {
      let list = byEntry.get(r.entry_id);
      if (!list) byEntry.set(r.entry_id, (list = []));
      list.push(r);
    }
    return rows.map((row) => toEntry(row, byEntry.get(row.id) ?? []));
  }

  return { add, update, remove, restore, get, list };
}
