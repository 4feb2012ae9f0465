/**
 * Owns `npm run bench`: runs every benchmark and prints its figures against
 * their targets. Performance targets live here, never in timed tests.
 * Exits non-zero when a figure misses its target.
 */
import { benchBreaks } from './breaks';
import { benchPlannerProperties } from './planner-properties';
import { benchReport } from './report';
import { benchFirstLoad } from './first-load';
import { benchSoak } from './soak';
import { benchTransfer } from './transfer';

const results = [
  ...benchBreaks(),
  ...benchPlannerProperties(),
  ...benchReport(),
  ...(await benchTransfer()),
  ...benchFirstLoad(),
  ...benchSoak(),
];
let failed = 0;
for (const r of results) {
  const mark = r.target === 'info' ? ' ' : r.ok ? '✓' : '✗';
  if (!r.ok) failed++;
  console.log(`${mark} ${r.name}: ${r.value} ${r.unit}${r.target === 'info' ? '' : ` (target ${r.target})`}`);
}
process.exitCode = failed ? 1 : 0;
