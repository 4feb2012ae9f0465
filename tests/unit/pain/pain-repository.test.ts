import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../main/db/open';
import { createPainRepository } from '../../../main/db/pain-repository';
import { ConflictError, NotFoundError } from '../../../main/core/errors';
import { sampleEntry } from '../helpers';

/** Wraps a database so every statement reports how many rows it read from pain_entry_regions. */
function countingRegionRows(db: Db): { db: Db; regionRowsRead: () => number } {
  let read = 0;
  const wrapStatement = (sql: string, statement: ReturnType<Db['prepare']>) =>
    new Proxy(statement, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver) as unknown;
        if (typeof value !== 'function') return value;
        if (!/pain_entry_regions/.test(sql) || (prop !== 'all' && prop !== 'get' && prop !== 'iterate')) {
          return (value as (...a: unknown[]) => unknown).bind(target);
        }
        return (...args: unknown[]) => {
          const result = (value as (...a: unknown[]) => unknown).apply(target, args);
          if (prop === 'all') read += (result as unknown[]).length;
          else if (prop === 'get') read += result === undefined ? 0 : 1;
          else throw new Error('iterate is not counted: count it here if the repository starts using it');
          return result;
        };
      },
    });
  const counting = new Proxy(db, {
    get(target, prop, receiver) {
      if (prop === 'prepare') return (sql: string) => wrapStatement(sql, target.prepare(sql));
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { db: counting, regionRowsRead: () => read };
}

function setup() {
  const db = openDatabase(':memory:');
  let clock = 1_000;
  let id = 0;
  const repo = createPainRepository(db, { now: () => clock, newId: () => `entry-${String(++id).padStart(4, '0')}` });
  return { db, repo, tick: (ms: number) => (clock += ms) };
}

describe('pain repository', () => {
  it('stores epoch ms, the local date and the offset the entry was lived in', () => {
    const { db, repo } = setup();
    const saved = repo.add(sampleEntry({ at: '2026-11-16T00:30:00+01:00' }));
    expect(saved).toMatchObject({ localDate: '2026-11-16', utcOffsetMinutes: 60, at: '2026-11-16T00:30:00+01:00' });
    const row = db.prepare('SELECT at_ms, local_date FROM pain_entries').get() as { at_ms: number; local_date: string };
    // 00:30 in UTC+1 is still the 15th in UTC; the local date is what the person lived.
    expect(row).toEqual({ at_ms: Date.parse('2026-11-15T23:30:00Z'), local_date: '2026-11-16' });
  });

  it('keeps regions in order with their own intensity and qualities', () => {
    const { repo } = setup();
    const saved = repo.add(sampleEntry());
    expect(repo.get(saved.id)?.regions).toEqual([
      { region: 'temple-right', intensity: 6, qualities: ['aching'] },
      { region: 'neck-angle-right', intensity: 4, qualities: [] },
    ]);
  });

  it('lists newest first, filtered by local date range', () => {
    const { repo } = setup();
    repo.add(sampleEntry({ at: '2026-11-14T10:00:00+01:00' }));
    const b = repo.add(sampleEntry({ at: '2026-11-15T10:00:00+01:00' }));
    const c = repo.add(sampleEntry({ at: '2026-11-16T08:00:00+01:00' }));
    expect(repo.list({ from: '2026-11-15', to: '2026-11-16' }).map((e) => e.id)).toEqual([c.id, b.id]);
    expect(repo.list({ limit: 1 }).map((e) => e.id)).toEqual([c.id]);
  });

  it("loads regions only for the entries a limited list returns (the pain log's first page on years of history)", () => {
    const counted = countingRegionRows(openDatabase(':memory:'));
    let id = 0;
    const repo = createPainRepository(counted.db, {
      now: () => 1_000,
      newId: () => `entry-${String(++id).padStart(4, '0')}`,
    });
    for (let day = 1; day <= 28; day++) {
      for (const hour of ['08', '12', '18']) {
        repo.add(sampleEntry({ at: `2026-02-${String(day).padStart(2, '0')}T${hour}:00:00+01:00` }));
      }
    }
    const before = counted.regionRowsRead();
    const page = repo.list({ limit: 5 });
    // 5 entries × 2 regions, not the 84 × 2 regions of the whole range.
    expect(counted.regionRowsRead() - before).toBe(10);
    expect(page.map((e) => e.at)).toEqual([
      '2026-02-28T18:00:00+01:00',
      '2026-02-28T12:00:00+01:00',
      '2026-02-28T08:00:00+01:00',
      '2026-02-27T18:00:00+01:00',
      '2026-02-27T12:00:00+01:00',
    ]);
    for (const entry of page) expect(entry.regions).toEqual(sampleEntry().regions);

    const range = counted.regionRowsRead();
    expect(repo.list({ from: '2026-02-10', to: '2026-02-11', limit: 4 })).toHaveLength(4);
    expect(counted.regionRowsRead() - range).toBe(8);
  });

  it('updates an entry in place, replacing its regions', () => {
    const { repo, tick } = setup();
    const saved = repo.add(sampleEntry());
    tick(5_000);
    const updated = repo.update(
      saved.id,
      sampleEntry({ note: 'better', regions: [{ region: 'calf-left', intensity: 2, qualities: ['stiff'] }] }),
    );
    expect(updated).toMatchObject({
      id: saved.id,
      note: 'better',
      createdAt: saved.createdAt,
      updatedAt: saved.updatedAt + 5_000,
    });
    expect(updated.regions).toEqual([{ region: 'calf-left', intensity: 2, qualities: ['stiff'] }]);
  });

  it('deletes and restores an entry exactly (undo)', () => {
    const { db, repo } = setup();
    const saved = repo.add(sampleEntry());
    const deleted = repo.remove(saved.id);
    expect(repo.get(saved.id)).toBeUndefined();
    expect(db.prepare('SELECT count(*) AS n FROM pain_entry_regions').get()).toEqual({ n: 0 });
    expect(repo.restore(deleted)).toEqual(saved);
    expect(() => repo.restore(deleted)).toThrow(ConflictError);
  });

  it('reports a missing entry clearly', () => {
    const { repo } = setup();
    expect(() => repo.update('entry-9999', sampleEntry())).toThrow(NotFoundError);
    expect(() => repo.remove('entry-9999')).toThrow(NotFoundError);
  });

  it('writes nothing when any part of an entry fails (one transaction)', () => {
    const { db, repo } = setup();
    const bad = sampleEntry({
      regions: [
        { region: 'temple-right', intensity: 6, qualities: [] },
        { region: 'calf-left', intensity: 42, qualities: [] }, // the schema's CHECK rejects this one
      ],
    });
    expect(() => repo.add(bad)).toThrow(/CHECK/);
    expect(db.prepare('SELECT count(*) AS n FROM pain_entries').get()).toEqual({ n: 0 });

    const saved = repo.add(sampleEntry());
    expect(() => repo.update(saved.id, bad)).toThrow(/CHECK/);
    expect(repo.get(saved.id)).toEqual(saved); // old regions still there
  });
});
