/**
 * Owns the plain-text weekly report the CLI prints with --format text: the
 * headline (this week's mean, the change and whether it is meaningful), the
 * days, where it hurt, breaks, what seems to help, factors (clear ones only),
 * warning signs by tier, advice and "This week"'s next steps, in plain words. Numbers are rounded here, for reading; the JSON keeps them whole.
 */
import type { ReportChange, WeeklyReport, FactorId } from '../../common/domain/report';
import { REGION_GROUP_LABELS, regionDisplayName } from '../../common/domain/body-regions';
import { WARNING_SIGNS_NOTE, nextStepWords, warningSignsByTier } from '../../common/domain/report-words';
import { BREAK_KIND_LABELS, BREAK_KINDS } from '../../common/domain/breaks';
import { getRoutine } from '../../common/domain/atlas';
import {
  BASELINE_DAYS,
  FACTOR_MIN_DAYS,
  FACTOR_THRESHOLDS,
  HELPS_MIN_RELIEF,
  HELPS_MIN_SESSIONS,
  PAIN_LEVELS,
  PATTERN_MIN_POINTS,
  weeksInWords,
} from '../../common/domain/policy';
import type { TriageTier } from '../../common/domain/red-flags';

/** Plain text has no colour: the tier shows as a mark before the title, strongest for an emergency. */
const TIER_MARK: Record<TriageTier, string> = { emergency: '!! ', soon: '! ', 'next-visit': '' };

const FACTOR_TEXT: Record<FactorId, string> = {
  'short-sleep': `Slept under ${FACTOR_THRESHOLDS.shortSleepHours} hours`,
  'high-stress': `Stress ${FACTOR_THRESHOLDS.highStress} or more`,
  'active-30': `Active ${FACTOR_THRESHOLDS.activeMinutes} minutes or more`,
  'water-6': `${FACTOR_THRESHOLDS.waterGlasses} or more glasses of water`,
  'breaks-70': `Kept ${Math.round(FACTOR_THRESHOLDS.breakAdherence * 100)} % or more of breaks`,
};

/** "once", "twice", "3 times". */
const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

const WEEKDAY_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

const one = (n: number) => (Math.round(n * 10) / 10).toFixed(1);
const whole = (n: number) => String(Math.round(n));
const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

function changeText(change: ReportChange, against: string): string {
  const size = Math.abs(change.points);
  const percent =
    change.percent === null ? '' : ` (${change.percent > 0 ? '+' : '−'}${whole(Math.abs(change.percent))} %)`;
  if (change.direction === 'same') return `Compared with ${against}: the same (${one(change.from)}).`;
  const way = change.direction === 'better' ? 'lower' : 'higher';
  const verdict = change.meaningful
    ? change.direction === 'better'
      ? 'a meaningful improvement'
      : 'a meaningful worsening'
    : 'not a meaningful change';
  return `Compared with ${against} (${one(change.from)}): ${one(size)} points ${way}${percent}, ${verdict}.`;
}

function routineName(id: string): string {
  return getRoutine(id)?.title ?? id;
}

export function reportAsText(r: WeeklyReport): string {
  const lines: string[] = [];
  const push = (...more: string[]) => lines.push(...more);

  push(`Weekly pain report ${r.week} (Monday ${r.from} to Sunday ${r.to})`, '');
  if (r.meanDaily === null) {
    push('Nothing was logged this week.');
  } else {
    push(
      `Average pain: ${one(r.meanDaily)} out of 10 over ${plural(r.daysLogged, 'logged day')} (${plural(r.entries, 'entry', 'entries')}).`,
    );
    push(
      r.change.vsLastWeek ? changeText(r.change.vsLastWeek, 'last week') : 'Nothing logged last week to compare with.',
    );
    if (r.change.vsBaseline && r.baseline) {
      push(
        changeText(
          r.change.vsBaseline,
          `your first ${weeksInWords(BASELINE_DAYS)}, ${r.baseline.from} to ${r.baseline.to}`,
        ),
      );
    }
    push(
      `Worst ${r.worst}, least ${r.least}` +
        (r.variability === null ? '' : `; day-to-day spread ${one(r.variability)}`) +
        `. Days with pain: ${r.daysWithPain}; days averaging ${PAIN_LEVELS.day} or more: ${r.daysAtOrAbove4}; entries at ${PAIN_LEVELS.entry} or more: ${r.entriesAtOrAbove7}.`,
    );
    push('', 'Day by day:');
    r.daily.forEach((d, i) => {
      const day = `  ${WEEKDAY_SHORT[i]} ${d.date}`;
      push(
        d.mean === null
          ? `${day}  no entries`
          : `${day}  ${one(d.mean)}  (${plural(d.entries, 'entry', 'entries')}${d.least === d.worst ? '' : `, ${d.least} to ${d.worst}`})`,
      );
    });
    const groups = r.byGroup.filter((g) => g.mean !== null).sort((a, b) => b.mean! - a.mean!);
    push('', 'Where it hurt (average intensity):');
    for (const g of groups) {
      push(`  ${REGION_GROUP_LABELS[g.group]}: ${one(g.mean!)} (${plural(g.entries, 'entry', 'entries')})`);
    }
    push('', 'Areas by intensity-days (each day an area was logged adds its average that day):');
    for (const a of r.byRegion) {
      push(
        `  ${regionDisplayName(a.region)}: ${one(a.burden)} (on ${plural(a.days, 'day')}, ${one(a.mean)} on average, at most ${one(a.max)})`,
      );
    }
  }

  const b = r.breaks;
  push('', 'Breaks:');
  if (b.adherence === null) {
    push('  No breaks were taken or skipped this week.');
  } else {
    push(
      `  Kept ${whole(b.adherence * 100)} % (taken ${b.byOutcome.taken}, on your own ${b.byOutcome.natural}, skipped ${b.byOutcome.skipped}; snoozed ${b.byOutcome.snoozed}).`,
    );
    for (const kind of BREAK_KINDS) {
      const k = b.byKind[kind];
      const total = k.taken + k.natural + k.skipped + k.snoozed + k.paused;
      if (total)
        push(`  ${BREAK_KIND_LABELS[kind]}: taken ${k.taken}, on your own ${k.natural}, skipped ${k.skipped}.`);
    }
  }

  push('', 'Routines:');
  push(
    r.routines.sessions
      ? `  ${plural(r.routines.sessions, 'session')}${r.routines.strength ? ` (${r.routines.strength} strengthening)` : ''}, ${whole(r.routines.minutes)} minutes.`
      : '  No routines this week.',
  );
  if (r.routines.helps.length) {
    push(
      `  What seems to help you (routines done and rated before and after at least ${times(HELPS_MIN_SESSIONS)}, easing by ${HELPS_MIN_RELIEF} point or more):`,
    );
    for (const h of r.routines.helps) {
      const relief = h.meanRelief!;
      const effect =
        relief >= 0 ? `${one(relief)} points less pain afterwards` : `${one(-relief)} points more pain afterwards`;
      push(`    ${routineName(h.routineId)}: ${effect}, on average (${plural(h.n, 'session')})`);
    }
  }

  if (r.checkins.days) {
    const c = r.checkins;
    const parts = [
      c.sleepHours !== null && `sleep ${one(c.sleepHours)} h`,
      c.stress !== null && `stress ${one(c.stress)}`,
      c.activeMinutes !== null && `active ${whole(c.activeMinutes)} min`,
      c.water !== null && `water ${one(c.water)} glasses`,
      c.interferenceActivity !== null && `pain got in the way of activity ${one(c.interferenceActivity)}`,
    ].filter(Boolean);
    push('', `Check-ins (${plural(c.days, 'day')}): ${parts.join(', ') || 'no answers'}.`);
  }

  push('', `Factors (${r.factors.from} to ${r.factors.to}, average pain on days with and without):`);
  push(
    `  (Shown when each side has ${FACTOR_MIN_DAYS} days or more and the averages differ by at least ${PATTERN_MIN_POINTS} point and by more than the day-to-day spread.)`,
  );
  const shown = r.factors.items.filter((f) => f.shown);
  for (const f of shown) {
    push(
      `  ${FACTOR_TEXT[f.id]}: ${one(f.withMean!)} with, ${one(f.withoutMean!)} without (${f.withDays} and ${f.withoutDays} days; spread ${one(f.spread!)}).`,
    );
  }
  if (!shown.length) {
    push(
      r.factors.items.some((f) => f.enoughDays)
        ? '  Not enough difference yet: no factor differed by more than the everyday ups and downs.'
        : `  Not enough days yet (${FACTOR_MIN_DAYS} on each side) to compare.`,
    );
  }

  if (r.workstation) {
    const w = r.workstation;
    push('', `Workstation check on ${w.checkedOn}:`);
    if (!w.previousOn) push('  Your first one; the next check will show what changed.');
    else if (!w.changes.length) push(`  Same answers as on ${w.previousOn}.`);
    for (const change of w.changes) push(`  ${change}`);
  }

  if (r.warningSigns.length) {
    push('', 'Warning signs noted this week, by tier:');
    for (const group of warningSignsByTier(r.warningSigns)) {
      push(`  ${group.label}:`);
      for (const sign of group.signs) push(`    ${sign.date}: ${sign.text}`);
    }
    push(`  ${WARNING_SIGNS_NOTE}`);
  }

  push('', 'Advice:');
  if (!r.advice.length) push('  Nothing to flag this week.');
  for (const a of r.advice) {
    push(`  ${TIER_MARK[a.tier]}${a.title}. ${a.message}`);
    for (const why of a.because) push(`     - ${why}`);
  }

  push('', 'This week:');
  if (!r.nextSteps.length) push('  Nothing in particular: keep going as you are.');
  for (const step of r.nextSteps) {
    const words = nextStepWords(step, routineName);
    push(`  - ${words.text}: ${words.because}. (${words.linkLabel})`);
  }
  return lines.join('\n');
}
