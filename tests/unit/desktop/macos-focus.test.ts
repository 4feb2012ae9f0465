/**
 * Issue 13 #9 on macOS: the Focus files read as macOS 12+ writes them (sample JSON in the
 * shape of ~/Library/DoNotDisturb/DB), schedules across midnight and weekdays, odd files,
 * and the AttentionSource on a temp folder (unreadable: unsupported).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DO_NOT_DISTURB_MODE,
  activeFocus,
  busyFromFocus,
  focusAssertions,
  focusFolder,
  macFocusAttention,
  scheduleCovers,
  scheduledFocus,
} from '../../../main/adapters/node/macos-focus';

const WORK = 'com.apple.focus.work';
const SLEEP = 'com.apple.sleep.sleep-mode';

/** Assertions.json with one record per mode switched on by hand. */
function assertions(...modes: string[]) {
  return {
    data: [
      {
        storeAssertionRecords: modes.map((mode, i) => ({
          assertionDetails: {
            assertionDetailsIdentifier: `com.apple.controlcenter.dnd.${i}`,
            assertionDetailsModeIdentifier: mode,
            assertionDetailsReason: 'user-action',
          },
          assertionSource: { assertionClientIdentifier: 'com.apple.controlcenter' },
          assertionStartDateTimestamp: 786_000_000 + i,
          assertionUUID: `0000000${i}-0000-0000-0000-000000000000`,
        })),
        storeInvalidationRecords: [],
      },
    ],
    header: { timestamp: 786_000_000, version: 3 },
  };
}

interface Trigger {
  mode: string;
  start: [number, number];
  end: [number, number];
  weekdays?: number;
  enabled?: number;
}

/** ModeConfigurations.json with time schedules. */
function configurations(...triggers: Trigger[]) {
  const modes: Record<string, unknown> = {
    [DO_NOT_DISTURB_MODE]: {
      mode: { name: 'Do Not Disturb', modeIdentifier: DO_NOT_DISTURB_MODE },
      triggers: { triggers: [] },
    },
    [WORK]: { mode: { name: 'Work', modeIdentifier: WORK }, triggers: { triggers: [] } },
  };
  for (const t of triggers) {
    const entry = (modes[t.mode] ??= { mode: { name: t.mode }, triggers: { triggers: [] } }) as {
      triggers: { triggers: unknown[] };
    };
    entry.triggers.triggers.push({
      class: 'DNDModeConfigurationScheduleTrigger',
      creationDate: 700_000_000,
      enabledSetting: t.enabled ?? 2,
      timePeriodStartTimeHour: t.start[0],
      timePeriodStartTimeMinute: t.start[1],
      timePeriodEndTimeHour: t.end[0],
      timePeriodEndTimeMinute: t.end[1],
      ...(t.weekdays === undefined ? {} : { timePeriodWeekdays: t.weekdays }),
    });
  }
  return { data: [{ modeConfigurations: modes }], header: { version: 7 } };
}

// Local times (the tests run in the machine's zone; schedules are local too). 2026-11-23 is a Monday.
const at = (day: number, hour: number, minute = 0) => new Date(2026, 10, 23 + day, hour, minute);
const WEEKDAYS = 0b0111110; // Monday to Friday, Sunday being 1
const MON_TO_FRI_NIGHTS = { mode: DO_NOT_DISTURB_MODE, start: [22, 0], end: [7, 0], weekdays: WEEKDAYS } as Trigger;

describe('reading the Focus files', () => {
  it('a Focus switched on by hand is a record in Assertions.json', () => {
    expect(focusAssertions(assertions(DO_NOT_DISTURB_MODE))).toEqual([DO_NOT_DISTURB_MODE]);
    expect(focusAssertions(assertions(WORK, DO_NOT_DISTURB_MODE))).toEqual([WORK, DO_NOT_DISTURB_MODE]);
    expect(focusAssertions(assertions())).toEqual([]);
  });

  it('a schedule covers its hours on its days, a night by the day it starts', () => {
    const night = { ...MON_TO_FRI_NIGHTS, class: 'DNDModeConfigurationScheduleTrigger' };
    const trigger = configurations(night).data[0]!.modeConfigurations[DO_NOT_DISTURB_MODE] as {
      triggers: { triggers: unknown[] };
    };
    const t = trigger.triggers.triggers[0];
    expect(scheduleCovers(t, at(0, 23))).toBe(true); // Monday night
    expect(scheduleCovers(t, at(1, 6, 59))).toBe(true); // Tuesday early: Monday's night
    expect(scheduleCovers(t, at(1, 7))).toBe(false); // the end is not included
    expect(scheduleCovers(t, at(0, 6))).toBe(false); // Monday early: Sunday's night, not scheduled
    expect(scheduleCovers(t, at(5, 1))).toBe(true); // Saturday early: Friday's night
    expect(scheduleCovers(t, at(5, 23))).toBe(false); // Saturday night
    expect(scheduleCovers(t, at(2, 12))).toBe(false);
  });

  it('a daytime schedule, every day when no days are listed; a schedule switched off does nothing', () => {
    const lunch = { mode: DO_NOT_DISTURB_MODE, start: [12, 30], end: [13, 15] } as Trigger;
    expect(scheduledFocus(configurations(lunch), at(6, 12, 45))).toEqual([DO_NOT_DISTURB_MODE]);
    expect(scheduledFocus(configurations(lunch), at(6, 13, 15))).toEqual([]);
    expect(scheduledFocus(configurations({ ...lunch, enabled: 1 }), at(6, 12, 45))).toEqual([]);
    // Sunday only (bit 1).
    expect(scheduledFocus(configurations({ ...lunch, weekdays: 1 }), at(6, 12, 45))).toEqual([DO_NOT_DISTURB_MODE]);
    expect(scheduledFocus(configurations({ ...lunch, weekdays: 1 }), at(0, 12, 45))).toEqual([]);
  });

  it('by hand first, a mode on both ways once', () => {
    const files = [
      assertions(DO_NOT_DISTURB_MODE),
      configurations(MON_TO_FRI_NIGHTS, { mode: SLEEP, start: [22, 0], end: [6, 0] }),
    ];
    expect(activeFocus(files[0], files[1], at(0, 23))).toEqual([
      { mode: DO_NOT_DISTURB_MODE, how: 'manual' },
      { mode: SLEEP, how: 'schedule' },
    ]);
  });

  it('only Do Not Disturb holds a prompt: Work, Sleep or a Focus of your own do not', () => {
    expect(busyFromFocus([{ mode: DO_NOT_DISTURB_MODE, how: 'schedule' }])).toEqual(['do-not-disturb']);
    expect(
      busyFromFocus([
        { mode: WORK, how: 'manual' },
        { mode: SLEEP, how: 'schedule' },
      ]),
    ).toEqual([]);
    expect(busyFromFocus([])).toEqual([]);
  });

  it('odd or missing content counts as no Focus, never throws', () => {
    const junk: unknown[] = [
      null,
      undefined,
      'x',
      42,
      [],
      { data: 'x' },
      {
        data: [1, null, [], { storeAssertionRecords: 'x' }, { storeAssertionRecords: [null, { assertionDetails: 7 }] }],
      },
      {
        data: [{ modeConfigurations: [] }, { modeConfigurations: { m: { triggers: { triggers: [{ class: 'x' }] } } } }],
      },
    ];
    for (const value of junk) expect(activeFocus(value, value, at(0, 23))).toEqual([]);
    const odd = (patch: Partial<Trigger> & Record<string, unknown>) =>
      scheduledFocus(configurations({ ...MON_TO_FRI_NIGHTS, ...patch } as Trigger), at(0, 23));
    expect(odd({ start: ['ten', 0] as unknown as [number, number] })).toEqual([]);
    expect(odd({ start: [22, 75] })).toEqual([]);
    expect(odd({ end: [22, 0] })).toEqual([]); // an empty span
  });
});

describe('the macOS AttentionSource', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
  const folder = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unknot-focus-'));
    dirs.push(dir);
    return dir;
  };
  const write = (dir: string, name: string, value: unknown) =>
    fs.writeFileSync(path.join(dir, name), typeof value === 'string' ? value : JSON.stringify(value));

  it('lives in ~/Library/DoNotDisturb/DB', () => {
    expect(focusFolder('/Users/ana')).toBe(path.join('/Users/ana', 'Library', 'DoNotDisturb', 'DB'));
  });

  it('reads the files each time it is asked', () => {
    const dir = folder();
    write(dir, 'Assertions.json', assertions());
    write(dir, 'ModeConfigurations.json', configurations(MON_TO_FRI_NIGHTS));
    let now = at(2, 10);
    const watcher = macFocusAttention({ dir, now: () => now });
    expect(watcher).toMatchObject({ support: 'supported' });
    expect(watcher.busyNow()).toEqual([]);
    write(dir, 'Assertions.json', assertions(DO_NOT_DISTURB_MODE));
    expect(watcher.busyNow()).toEqual(['do-not-disturb']);
    write(dir, 'Assertions.json', assertions(WORK));
    expect(watcher.busyNow()).toEqual([]);
    now = at(2, 22, 30);
    expect(watcher.busyNow()).toEqual(['do-not-disturb']);
    // A file caught half-written reads as no Focus this time.
    write(dir, 'Assertions.json', '{"data": [');
    write(dir, 'ModeConfigurations.json', '');
    expect(watcher.busyNow()).toEqual([]);
  });

  it('is unsupported when Assertions.json cannot be read (no folder, or no Full Disk Access)', () => {
    const log: string[] = [];
    const missing = macFocusAttention({
      dir: path.join(folder(), 'none'),
      now: () => at(0, 9),
      log: (m) => log.push(m),
    });
    expect(missing).toMatchObject({ support: 'unsupported', sources: [] });
    expect(missing.busyNow()).toEqual([]);
    expect(log[0]).toMatch(/Focus is not readable.*ENOENT/);
    const denied = macFocusAttention({
      dir: folder(),
      now: () => at(0, 9),
      readFile: () => {
        throw Object.assign(new Error('EPERM: operation not permitted, open'), { code: 'EPERM' });
      },
    });
    expect(denied.support).toBe('unsupported');
  });
});
