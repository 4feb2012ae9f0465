/**
 * Owns what a backup is, for every process: its file name (the only way a
 * backup is named across the contract, never a path), what the list shows
 * about it (and its counts in words), and the rotation's numbers, which main's
 * rotation and the renderer's wording both read from here.
 */
import { z } from 'zod';

/** A backup is made at start-up when the newest one is at least this old. */
export const BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;
/** The rotation keeps the newest backup of each of this many most recent days that have one… */
export const BACKUP_KEEP_DAYS = 7;
/** …and the newest of each of this many most recent ISO weeks that have one. */
export const BACKUP_KEEP_WEEKS = 4;

/** unknot-2026-03-01-091500.sqlite: the moment it was made, in UTC, so names sort by time wherever you travel. */
export const BACKUP_NAME_PATTERN = /^unknot-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(\d{2})\.sqlite$/;

export const backupNameSchema = z
  .string()
  .max(64)
  .regex(BACKUP_NAME_PATTERN, 'must be the name of a backup, like unknot-2026-03-01-091500.sqlite');

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function backupNameAt(atMs: number): string {
  const d = new Date(atMs);
  return (
    `unknot-${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}-` +
    `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}.sqlite`
  );
}

/** When a backup was made, from its name; null for any other name or an impossible time (2026-02-30). */
export function backupTimeOf(name: string): number | null {
  const m = BACKUP_NAME_PATTERN.exec(name);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  return backupNameAt(ms) === name ? ms : null;
}

export const backupCountsSchema = z
  .object({ painEntries: z.number().int(), checkins: z.number().int(), routineSessions: z.number().int() })
  .strict();
export type BackupCounts = z.infer<typeof backupCountsSchema>;

export const backupInfoSchema = z
  .object({
    name: backupNameSchema,
    createdAtMs: z.number(),
    sizeBytes: z.number().int(),
    /** null: the copy could not be read to count its entries (the list still shows it). */
    counts: backupCountsSchema.nullable(),
  })
  .strict();
export type BackupInfo = z.infer<typeof backupInfoSchema>;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "12 pain entries, 4 check-ins and 1 routine session"; "no entries" for an empty one. */
export function countsInWords(counts: BackupCounts): string {
  const parts = [
    counts.painEntries ? plural(counts.painEntries, 'pain entry', 'pain entries') : null,
    counts.checkins ? plural(counts.checkins, 'check-in', 'check-ins') : null,
    counts.routineSessions ? plural(counts.routineSessions, 'routine session', 'routine sessions') : null,
  ].filter((p): p is string => p !== null);
  if (!parts.length) return 'no entries';
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

export function totalEntries(counts: BackupCounts): number {
  return counts.painEntries + counts.checkins + counts.routineSessions;
}
