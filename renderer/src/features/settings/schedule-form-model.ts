/**
 * Owns the Settings screen's draft of the break schedule and working hours:
 * taking it from saved settings, telling whether it changed, checking it with
 * the shared schema, and turning every schema problem (or main's refusal) into
 * a sentence that names the field, keyed by the field it belongs next to.
 */
import {
  WEEKDAYS,
  WEEKDAY_LABELS,
  settingsPatchSchema,
  type BreakSettings,
  type Settings,
  type Weekday,
  type WorkingHours,
} from '@common/domain/settings';

export interface ScheduleDraft {
  breaks: BreakSettings;
  workingHours: WorkingHours;
}

/** A field's key is its path in the draft joined with dots: "breaks.micro.everyMinutes", "workingHours.tue.0.end". */
export type FieldKey = string;

export interface FieldProblem {
  field: FieldKey;
  message: string;
}

export type CheckResult = { ok: true; value: ScheduleDraft } | { ok: false; problems: FieldProblem[] };

export function draftFrom(settings: Settings): ScheduleDraft {
  return structuredClone({ breaks: settings.breaks, workingHours: settings.workingHours });
}

/** Same schedule, ignoring the order days were ticked in. */
export function sameSchedule(a: ScheduleDraft, b: ScheduleDraft): boolean {
  return canonical(a) === canonical(b);
}

function canonical(draft: ScheduleDraft): string {
  const days = [...draft.breaks.release.days].sort((x, y) => WEEKDAYS.indexOf(x) - WEEKDAYS.indexOf(y));
  const hours = Object.fromEntries(WEEKDAYS.map((d) => [d, draft.workingHours[d] ?? []]));
  // NaN (an emptied number box) must not compare equal to null.
  const breaks = { ...draft.breaks, release: { ...draft.breaks.release, days } };
  return JSON.stringify({ breaks, workingHours: hours }, (_key, v: unknown) =>
    typeof v === 'number' && Number.isNaN(v) ? 'NaN' : v,
  );
}

export function checkDraft(draft: ScheduleDraft): CheckResult {
  const parsed = settingsPatchSchema.safeParse({ breaks: draft.breaks, workingHours: draft.workingHours });
  if (parsed.success) {
    return { ok: true, value: { breaks: parsed.data.breaks!, workingHours: parsed.data.workingHours! } };
  }
  const problems: FieldProblem[] = [];
  // A rule across fields ("the heads-up must come after the previous break") only
  // confuses while one of those fields is wrong on its own; that one is reported instead.
  const ownIssues = new Set(
    parsed.error.issues.filter((i) => i.code !== 'custom').map((i) => i.path.slice(0, 2).join('.')),
  );
  for (const issue of parsed.error.issues) {
    if (issue.code === 'custom' && issue.path[0] === 'breaks' && ownIssues.has(issue.path.slice(0, 2).join('.')))
      continue;
    const problem = describeIssue(issue.path, issue, draft);
    if (!problems.some((p) => p.field === problem.field && p.message === problem.message)) problems.push(problem);
  }
  return { ok: false, problems };
}

/** Main said no: its message goes in the alert, and next to the field its path names. */
export function problemFromMain(message: string, path: readonly (string | number)[] | undefined): FieldProblem {
  const where = (path ?? []).filter((p) => p !== 'patch');
  return { field: where.join('.'), message };
}

interface IssueLike {
  code: string;
  message: string;
  minimum?: unknown;
  maximum?: unknown;
}

const KIND_LABELS = { micro: 'Micro-pause', stretch: 'Stretch break', release: 'Release session' } as const;

/** What each field is called in a sentence, and what its numbers count. */
const FIELD_NOUNS: Record<string, { noun: string; unit?: 'minute' | 'second' | 'snooze' }> = {
  everyMinutes: { noun: 'the time between breaks', unit: 'minute' },
  durationSeconds: { noun: 'the length', unit: 'second' },
  notifyBeforeSeconds: { noun: 'the heads-up', unit: 'second' },
  time: { noun: 'the time' },
  days: { noun: 'the days' },
  durationMinutes: { noun: 'the length', unit: 'minute' },
  resetAfterMinutes: { noun: 'the time away that restarts the timers', unit: 'minute' },
  graceMinutes: { noun: 'the quiet time after you come back', unit: 'minute' },
  snoozeMinutes: { noun: 'the snooze length', unit: 'minute' },
  maxSnoozes: { noun: 'the number of snoozes', unit: 'snooze' },
  strictMode: { noun: 'strict mode' },
  showOn: { noun: 'where breaks show' },
  waitWhile: { noun: 'when breaks wait' },
};

function describeIssue(rawPath: readonly PropertyKey[], issue: IssueLike, draft: ScheduleDraft): FieldProblem {
  const path = rawPath.filter((p): p is string | number => typeof p !== 'symbol');
  const field = path.join('.');
  const [top, second, third, fourth] = path;

  if (top === 'workingHours' && typeof second === 'string') {
    const day = (WEEKDAY_LABELS as Record<string, string>)[second] ?? second;
    if (typeof third !== 'number') return { field, message: `${day}: ${issue.message}.` };
    const range = draft.workingHours[second as Weekday]?.[third];
    if (issue.code === 'custom' && fourth === 'end' && range) {
      return {
        field,
        message: `${day}: the hours ${clockLabel(range.start)}–${clockLabel(range.end)} end before they start.`,
      };
    }
    const which = fourth === 'end' ? 'end' : 'start';
    return { field, message: `${day}: the ${which} of hours ${third + 1} ${issue.message}.` };
  }

  if (top === 'breaks') {
    const kind = typeof second === 'string' ? (KIND_LABELS as Record<string, string>)[second] : undefined;
    const section = kind ?? 'Breaks';
    const name = kind ? third : second;
    if (issue.code === 'custom' || typeof name !== 'string') return { field, message: `${section}: ${issue.message}.` };
    const noun = FIELD_NOUNS[name];
    return { field, message: `${section}: ${noun?.noun ?? name} ${numberMessage(issue, noun?.unit)}.` };
  }

  return { field, message: issue.message };
}

/** The schema's own words where it has them ("must be at least 1 minute"), plain words where it has not. */
function numberMessage(issue: IssueLike, unit: 'minute' | 'second' | 'snooze' | undefined): string {
  if (issue.message.startsWith('must ')) return issue.message;
  const count = (n: unknown) => (unit ? `${String(n)} ${unit}${n === 1 ? '' : 's'}` : String(n));
  if (issue.code === 'too_small') return `must be at least ${count(issue.minimum)}`;
  if (issue.code === 'too_big') return `must be at most ${count(issue.maximum)}`;
  if (issue.code === 'invalid_type') return unit ? 'must be a whole number' : 'is missing';
  return issue.message;
}

const clockFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

/** "17:00" the way this machine writes times (what the time boxes show), e.g. "5:00 PM". */
export function clockLabel(time: string): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  if (!Number.isInteger(h) || !Number.isInteger(m)) return time;
  return clockFormat.format(new Date(2000, 0, 1, h % 24, m));
}

/** Working hours may end at "24:00" (midnight); a time box shows that as 00:00. */
export function displayEnd(end: string): string {
  return end === '24:00' ? '00:00' : end;
}

export function storedEnd(value: string): string {
  return value === '00:00' ? '24:00' : value;
}

export function minutesAfter(time: string, minutes: number): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const total = Math.min(h * 60 + m + minutes, 24 * 60);
  if (total >= 24 * 60) return '24:00';
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A break's length the way its box shows it: seconds up to a minute, minutes beyond ("4 minutes", "4.5 minutes"). */
function lengthWords(seconds: number): string {
  if (seconds < 60) return plural(seconds, 'second');
  const minutes = Math.round((seconds / 60) * 10) / 10;
  return plural(minutes, 'minute');
}

/** The words for a changed number, or for a box left empty (the draft can hold NaN until it is checked). */
const ifNumber = (n: number, words: (n: number) => string, empty: string) =>
  Number.isFinite(n) ? words(n) : `${empty} (a box left empty)`;

function intervalChanges(name: string, before: ScheduleDraft['breaks']['micro'], after: typeof before): string[] {
  if (before.enabled !== after.enabled) return [after.enabled ? `${name} on` : `${name} off`];
  const out: string[] = [];
  if (!Object.is(before.everyMinutes, after.everyMinutes)) {
    out.push(ifNumber(after.everyMinutes, (n) => `${name} every ${plural(n, 'minute')}`, `how often ${name} come`));
  }
  if (!Object.is(before.durationSeconds, after.durationSeconds)) {
    out.push(ifNumber(after.durationSeconds, (n) => `${name} lasting ${lengthWords(n)}`, `how long ${name} last`));
  }
  if (!Object.is(before.notifyBeforeSeconds, after.notifyBeforeSeconds)) {
    out.push(
      ifNumber(
        after.notifyBeforeSeconds,
        (n) => (n === 0 ? `no heads-up before ${name}` : `a heads-up ${plural(n, 'second')} before ${name}`),
        `the heads-up before ${name}`,
      ),
    );
  }
  return out;
}

/**
 * What a save changed, in words, for the message that confirms it ("micro-pauses
 * every 25 minutes", "working hours"): a message names what was saved. Empty
 * when nothing changed.
 */
export function describeScheduleChanges(before: ScheduleDraft, after: ScheduleDraft): string[] {
  const b = before.breaks;
  const a = after.breaks;
  const out = [
    ...intervalChanges('micro-pauses', b.micro, a.micro),
    ...intervalChanges('stretch breaks', b.stretch, a.stretch),
  ];
  if (b.release.enabled !== a.release.enabled) {
    out.push(a.release.enabled ? 'the daily release session on' : 'the daily release session off');
  } else {
    if (b.release.time !== a.release.time) out.push(`the release session at ${clockLabel(a.release.time)}`);
    const days = (d: readonly Weekday[]) => [...d].sort().join();
    if (days(b.release.days) !== days(a.release.days)) out.push('the release session’s days');
    if (!Object.is(b.release.durationMinutes, a.release.durationMinutes)) {
      out.push(
        ifNumber(a.release.durationMinutes, (n) => `a ${n}-minute release session`, 'the release session’s length'),
      );
    }
  }
  if (!Object.is(b.resetAfterMinutes, a.resetAfterMinutes)) {
    out.push(
      ifNumber(
        a.resetAfterMinutes,
        (n) => `timers restarting after ${plural(n, 'minute')} away`,
        'the restart after being away',
      ),
    );
  }
  if (!Object.is(b.graceMinutes, a.graceMinutes)) {
    out.push(ifNumber(a.graceMinutes, (n) => `${plural(n, 'quiet minute')} after unlock or wake`, 'the quiet time'));
  }
  if (!Object.is(b.snoozeMinutes, a.snoozeMinutes)) {
    out.push(ifNumber(a.snoozeMinutes, (n) => `snoozing for ${plural(n, 'minute')}`, 'how long a snooze lasts'));
  }
  if (!Object.is(b.maxSnoozes, a.maxSnoozes)) {
    out.push(ifNumber(a.maxSnoozes, (n) => `${plural(n, 'snooze')} allowed`, 'how many snoozes'));
  }
  if (b.strictMode !== a.strictMode) out.push(a.strictMode ? 'strict mode on' : 'strict mode off');
  if (b.showOn !== a.showOn) out.push(a.showOn === 'all-displays' ? 'breaks on every screen' : 'breaks on one screen');
  const hours = (d: ScheduleDraft) => JSON.stringify(WEEKDAYS.map((day) => d.workingHours[day] ?? []));
  if (hours(before) !== hours(after)) out.push('working hours');
  return out;
}

/** "a, b and c" */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
