/**
 * Every export re-imports: an empty, a five-year and a ten-year dense history
 * go out through the app's own export (compact JSON streamed to a file) and
 * back in through its import (read in chunks), and the second export is
 * identical to the first, byte for byte.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTransferOn } from '../../../main/db/transfer-run';
import { recordCounts } from '../../../main/db/data-transfer';
import { shiftDate } from '../../../common/domain/iso-week';
import { generateHistory, PER_DAY } from '../../../bench/history';
import { openServices, tempDir } from '../helpers';

const LAST_DAY = '2026-11-20'; // before the test clock's today (2026-11-23), so nothing is "in the future"

function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

describe('an export always re-imports', () => {
  for (const years of [0, 5, 10]) {
    it(`${years === 0 ? 'an empty history' : `${years} dense years`} round-trips exactly`, () => {
      const days = Math.round(years * 365.25);
      const source = openServices();
      if (days) generateHistory(source.db, days, shiftDate(LAST_DAY, -(days - 1)));
      const counts = recordCounts(source.db);
      expect(counts.painEntries).toBe(days * PER_DAY.entries);

      const dir = tempDir();
      const first = path.join(dir, 'first.json');
      expect(runTransferOn(source.transfer, { kind: 'export', format: 'json', file: first }, {})).toEqual({
        kind: 'export',
        records: Object.values(counts).reduce((a, b) => a + b, 0),
      });
      // Compact: ten dense years stay far under the import limit (and one line, with no indentation).
      const size = fs.statSync(first).size;
      if (years === 10) expect(size).toBeLessThan(100 * 1024 * 1024);

      const target = openServices();
      const outcome = runTransferOn(target.transfer, { kind: 'import', file: first }, {});
      expect(outcome).toEqual({
        kind: 'import',
        summary: { added: counts, alreadyThere: Object.fromEntries(Object.keys(counts).map((k) => [k, 0])) },
      });
      expect(recordCounts(target.db)).toEqual(counts);

      const second = path.join(dir, 'second.json');
      runTransferOn(target.transfer, { kind: 'export', format: 'json', file: second }, {});
      expect(sha256(second)).toBe(sha256(first));
    }, 180_000);
  }
});
