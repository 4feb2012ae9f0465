/**
 * Day traces through the simulator: the real planner on a fake clock. Expected
 * times are worked out from the rules in issue #3 (comments show the arithmetic).
 */
import { describe, expect, it } from 'vitest';
import { simulate, type SimLine, type Trace } from '../../../main/cli/simulator';

const MON = '2026-11-23';
const at = (hm: string, date = MON, zone = '+01:00') => `${date}T${hm}${zone}`;

function run(trace: Partial<Trace> & { start: string; end: string }) {
  const lines = simulate({ timeZone: 'Europe/Berlin', ...trace });
  const events = lines.filter((l): l is Exclude<SimLine, { summary: unknown }> => !('summary' in l));
  const summary = (lines.at(-1) as Extract<SimLine, { summary: unknown }>).summary;
  const of = (event: string, kind?: string) =>
    events.filter((e) => e.event === event && (kind === undefined || e.kind === kind)).map((e) => e.at);
  return { events, summary, of };
}

describe('break simulator: day traces', () => {
  it('steady work: micro-pauses every 20 active minutes, the hourly stretch break replaces the micro-pause due with it', () => {
    const { of, summary } = run({ start: at('08:00:00'), end: at('10:00:00') });
    // 08:00 + 20 min; each 30-s pause is not active time, so the next falls due 20 min after it ends.
    expect(of('prompt', 'micro')).toEqual([at('08:20:00'), at('08:40:30'), at('09:26:00'), at('09:46:30')]);
    // 60 active minutes: 08:00–08:20, 08:20:30–08:40:30, 08:41–09:01 (the micro-pause due 09:01 is folded in).
    expect(of('prompt', 'stretch')).toEqual([at('09:01:00')]);
    expect(of('notify', 'micro')[0]).toBe(at('08:19:50')); // 10 s ahead
    expect(of('notify', 'stretch')).toEqual([at('09:00:30')]); // 30 s ahead
    expect(of('break-end', 'stretch')).toEqual([at('09:06:00')]);
    // Two hours minus four 30-s pauses and one 5-min break.
    expect(summary.activeSeconds).toBe(7200 - 4 * 30 - 300);
    expect(summary.prompts).toEqual({ micro: 4, stretch: 1, release: 0 });
  });

  it('a 20-second pause is reading time and still counts as active', () => {
    const { of, summary } = run({
      start: at('08:00:00'),
      end: at('08:30:00'),
      events: [
        { at: at('08:10:00'), type: 'idle' },
        { at: at('08:10:20'), type: 'active' },
      ],
    });
    expect(of('prompt', 'micro')).toEqual([at('08:20:00')]);
    expect(of('natural')).toEqual([]);
    expect(summary.activeSeconds).toBe(1800 - 30);
  });

  it('walking away for 1 minute is a natural micro-pause and restarts only the micro timer', () => {
    const { of, summary } = run({
      start: at('08:00:00'),
      end: at('09:10:00'),
      events: [
        { at: at('08:10:00'), type: 'idle' },
        { at: at('08:11:00'), type: 'active' },
      ],
    });
    expect(of('natural', 'micro')).toEqual([at('08:11:00')]);
    expect(of('reset')).toEqual([]);
    expect(of('prompt', 'micro')[0]).toBe(at('08:31:00'));
    // Stretch keeps its 10 minutes from before the walk: 10 + 20 + 20 + 10 → due 09:02.
    expect(of('prompt', 'stretch')).toEqual([at('09:02:00')]);
    expect(summary.natural).toEqual({ micro: 1, stretch: 0, release: 0 });
  });

  it('walking away for 6 minutes is a natural stretch break and restarts every timer', () => {
    const { of } = run({
      start: at('08:00:00'),
      end: at('08:40:00'),
      events: [
        { at: at('08:10:00'), type: 'idle' },
        { at: at('08:16:00'), type: 'active' },
      ],
    });
    expect(of('natural')).toEqual([at('08:16:00')]);
    expect(of('natural', 'stretch')).toEqual([at('08:16:00')]);
    expect(of('reset')).toEqual([at('08:16:00')]);
    expect(of('prompt', 'micro')).toEqual([at('08:36:00')]);
  });

  it('walking away for 30 minutes is noticed on return and starts fresh', () => {
    const { of, summary } = run({
      start: at('08:00:00'),
      end: at('09:05:00'),
      events: [
        { at: at('08:10:00'), type: 'idle' },
        { at: at('08:40:00'), type: 'active' },
      ],
    });
    expect(of('natural', 'stretch')).toEqual([at('08:40:00')]);
    expect(of('reset')).toEqual([at('08:40:00')]);
    expect(of('prompt')).toEqual([at('09:00:00')]);
    expect(summary.activeSeconds).toBe(600 + 25 * 60 - 30);
  });

  it('lock and unlock: a break that falls due in the grace after unlocking waits for its end', () => {
    const { of } = run({
      start: at('08:00:00'),
      end: at('08:40:00'),
      events: [
        { at: at('08:19:50'), type: 'lock' },
        { at: at('08:20:10'), type: 'unlock' },
      ],
    });
    // 20 s locked < 30 s: still active, so the micro-pause is due at 08:20:00 — inside the 2-min grace.
    expect(of('prompt')).toEqual([at('08:22:10')]);
    expect(of('notify')).toEqual([at('08:22:00')]);
  });

  it('locking for a few minutes is a natural break', () => {
    const { of } = run({
      start: at('08:00:00'),
      end: at('08:40:00'),
      events: [
        { at: at('08:10:00'), type: 'lock' },
        { at: at('08:12:00'), type: 'unlock' },
      ],
    });
    expect(of('natural', 'micro')).toEqual([at('08:12:00')]);
    expect(of('prompt', 'micro')).toEqual([at('08:32:00')]);
  });

  it('suspend overnight and resume: no prompt in the grace, fresh timers', () => {
    const { of } = run({
      start: at('17:30:00'),
      end: at('09:00:00', '2026-11-24'),
      events: [
        { at: at('17:45:00'), type: 'suspend' },
        { at: at('08:30:00', '2026-11-24'), type: 'resume' },
      ],
    });
    expect(of('reset')).toEqual([at('08:30:00', '2026-11-24')]);
    expect(of('prompt')).toEqual([at('08:50:00', '2026-11-24')]);
    expect(of('prompt').some((p) => p < at('08:32:00', '2026-11-24'))).toBe(false);
  });

  it('a forward clock jump counts as no input for its whole length', () => {
    const { of } = run({
      start: at('08:00:00'),
      end: at('09:01:00'),
      events: [{ at: at('08:30:00'), type: 'clock-jump', to: at('08:40:00') }],
    });
    expect(of('natural', 'stretch')).toEqual([at('08:40:00')]);
    expect(of('reset')).toEqual([at('08:40:00')]);
    expect(of('prompt', 'micro')).toEqual([at('08:20:00'), at('09:00:00')]);
  });

  it('a backward clock jump counts as nothing', () => {
    const { of, summary } = run({
      start: at('08:00:00'),
      end: at('08:50:00'),
      events: [{ at: at('08:10:00'), type: 'clock-jump', to: at('08:00:00') }],
    });
    // 20 active minutes still end 10 real minutes after the jump: 08:10 on the moved clock.
    expect(of('prompt', 'micro')[0]).toBe(at('08:10:00'));
    expect(of('natural')).toEqual([]);
    expect(summary.activeSeconds).toBe(3600 - 60);
  });

  it('DST change day: active time is real time, not clock readings', () => {
    const { of, summary } = run({
      start: at('01:00:00', '2026-03-29'),
      end: at('04:30:00', '2026-03-29', '+02:00'),
      settings: { workingHours: { sun: [{ start: '00:00', end: '24:00' }] }, breaks: { stretch: { enabled: false } } },
    });
    // 01:41 CET + 20 min = 02:01 CET = 03:01 CEST.
    expect(of('prompt', 'micro').slice(0, 3)).toEqual([
      at('01:20:00', '2026-03-29'),
      at('01:40:30', '2026-03-29'),
      at('03:01:00', '2026-03-29', '+02:00'),
    ]);
    // 2.5 real hours, seven 30-s pauses.
    expect(summary.activeSeconds).toBe(9000 - 7 * 30);
  });

  it('snooze: re-prompts after 5 minutes, at most twice in a row, then only Start or Skip', () => {
    const { of } = run({ start: at('08:00:00'), end: at('08:45:00'), respond: 'snooze' });
    expect(of('prompt', 'micro').slice(0, 3)).toEqual([at('08:20:00'), at('08:25:00'), at('08:30:00')]);
    expect(of('break-end', 'micro')[0]).toBe(at('08:30:30'));
  });

  it('an explicit skip restarts the timer; an explicit take at the prompt starts the break', () => {
    const { of } = run({
      start: at('08:00:00'),
      end: at('09:00:00'),
      respond: 'ignore',
      events: [
        { at: at('08:20:05'), type: 'skip' },
        { at: at('08:40:10'), type: 'take' },
      ],
    });
    expect(of('prompt', 'micro')).toEqual([at('08:20:00'), at('08:40:05')]);
    expect(of('break-end', 'micro')).toEqual([at('08:40:40')]);
  });

  it('strict mode: no snooze and no skip', () => {
    const { of } = run({
      start: at('08:00:00'),
      end: at('08:45:00'),
      respond: 'skip',
      settings: { breaks: { strictMode: true } },
    });
    expect(of('break-end', 'micro')).toEqual([at('08:20:30'), at('08:41:00')]);
  });

  it('working hours: nothing accrues before 08:00 or is prompted after 18:00', () => {
    const { of, summary } = run({
      start: at('07:50:00'),
      end: at('18:30:00'),
      settings: { breaks: { stretch: { enabled: false }, release: { enabled: false } } },
    });
    expect(of('reset')).toEqual([at('08:00:00')]);
    expect(of('prompt', 'micro')[0]).toBe(at('08:20:00'));
    expect(of('prompt', 'micro').at(-1)).toBe(at('17:54:00'));
    expect(of('prompt').every((p) => p >= at('08:00:00') && p < at('18:00:00'))).toBe(true);
    // 10 working hours minus the 29 pauses.
    expect(summary.activeSeconds).toBe(36_000 - 29 * 30);
  });

  it('the release session comes at 15:00 local time and counts for the shorter breaks', () => {
    const { of } = run({ start: at('14:30:00'), end: at('15:31:00') });
    expect(of('prompt', 'release')).toEqual([at('15:00:00')]);
    expect(of('break-end', 'release')).toEqual([at('15:10:00')]);
    expect(of('prompt', 'micro')).toEqual([at('14:50:00'), at('15:30:00')]);
  });

  describe('a prompt that falls due while it cannot be shown waits without spinning (issue #19)', () => {
    it('snooze, then lock before the snooze ends: no busy loop while locked', () => {
      const started = performance.now();
      const { of, summary } = run({
        start: at('09:00:00'),
        end: at('09:40:00'),
        respond: 'ignore',
        events: [
          { at: at('09:20:10'), type: 'snooze' },
          { at: at('09:21:10'), type: 'lock' },
          { at: at('09:26:30'), type: 'unlock' },
        ],
      });
      // The snooze ended at 09:25:10, inside the lock. Before the fix: 80,070 wake-ups, one every millisecond.
      expect(summary.wakeups).toBeLessThanOrEqual(200);
      expect(performance.now() - started).toBeLessThan(1000);
      // 5 min 20 s locked is a stretch break that covers the snoozed micro-pause: nothing is owed.
      expect(of('prompt')).toEqual([at('09:20:00')]);
      expect(of('natural', 'stretch')).toEqual([at('09:26:30')]);
    });

    it('the same with the lock held until 09:40: quiet until unlock, then fresh timers', () => {
      const started = performance.now();
      const { of, summary } = run({
        start: at('09:00:00'),
        end: at('10:01:00'),
        respond: 'ignore',
        events: [
          { at: at('09:20:10'), type: 'snooze' },
          { at: at('09:21:10'), type: 'lock' },
          { at: at('09:40:00'), type: 'unlock' },
        ],
      });
      expect(summary.wakeups).toBeLessThanOrEqual(200);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(of('reset')).toEqual([at('09:40:00')]);
      expect(of('prompt')).toEqual([at('09:20:00'), at('10:00:00')]);
    });

    it('a snoozed stretch break due during a short lock is shown once, after the grace', () => {
      const { of, summary } = run({
        start: at('08:00:00'),
        end: at('09:15:00'),
        events: [
          { at: at('09:01:05'), type: 'snooze' }, // until 09:06:05
          { at: at('09:05:00'), type: 'lock' },
          { at: at('09:07:00'), type: 'unlock' }, // 2 min: a micro-pause, the stretch break is still owed
        ],
      });
      expect(of('natural')).toEqual([at('09:07:00')]);
      expect(of('prompt', 'stretch')).toEqual([at('09:01:00'), at('09:09:00')]);
      expect(of('notify', 'stretch')).toEqual([at('09:00:30'), at('09:08:30')]);
      expect(summary.wakeups).toBeLessThanOrEqual(200);
    });

    it('the same snooze falling due while away from the keyboard waits for their return, then the grace', () => {
      const { of } = run({
        start: at('08:00:00'),
        end: at('09:15:00'),
        events: [
          { at: at('09:01:05'), type: 'snooze' },
          { at: at('09:05:00'), type: 'idle' },
          { at: at('09:07:00'), type: 'active' },
        ],
      });
      expect(of('prompt', 'stretch')).toEqual([at('09:01:00'), at('09:09:00')]);
    });

    it('the release session due while locked is shown once, after the grace that follows unlocking', () => {
      const { of, summary } = run({
        start: at('14:30:00'),
        end: at('15:20:00'),
        events: [
          { at: at('14:55:00'), type: 'lock' },
          { at: at('15:03:00'), type: 'unlock' },
        ],
      });
      expect(of('prompt', 'release')).toEqual([at('15:05:00')]);
      expect(summary.wakeups).toBeLessThanOrEqual(200);
    });

    it('the release session due while away waits for their return, then the grace', () => {
      const { of } = run({
        start: at('14:30:00'),
        end: at('15:20:00'),
        events: [
          { at: at('14:58:00'), type: 'idle' },
          { at: at('15:02:00'), type: 'active' },
        ],
      });
      expect(of('natural', 'micro')).toEqual([at('15:02:00')]);
      expect(of('prompt', 'release')).toEqual([at('15:04:00')]);
    });

    it('strict mode: a prompt left on screen through a lock waits quietly, and the lock is the break', () => {
      const { of, summary } = run({
        start: at('09:00:00'),
        end: at('09:40:00'),
        respond: 'ignore',
        settings: { breaks: { strictMode: true } },
        events: [
          { at: at('09:21:00'), type: 'lock' },
          { at: at('09:23:00'), type: 'unlock' },
        ],
      });
      expect(of('prompt')).toEqual([at('09:20:00')]);
      expect(of('break-end', 'micro')).toEqual([at('09:23:00')]);
      expect(summary.wakeups).toBeLessThanOrEqual(100);
    });

    it('a snooze that would end while locked past the end of working hours is dropped with the day', () => {
      const { of, summary } = run({
        start: at('17:30:00'),
        end: at('18:30:00'),
        respond: 'ignore',
        events: [
          { at: at('17:50:10'), type: 'snooze' },
          { at: at('17:51:00'), type: 'lock' },
          { at: at('18:10:00'), type: 'unlock' },
        ],
      });
      expect(of('prompt')).toEqual([at('17:50:00')]);
      expect(summary.wakeups).toBeLessThanOrEqual(100);
    });

    it('pausing with a snooze pending: nothing until the pause ends', () => {
      const { of, summary } = run({
        start: at('09:00:00'),
        end: at('09:50:00'),
        respond: 'ignore',
        events: [
          { at: at('09:20:10'), type: 'snooze' },
          { at: at('09:21:00'), type: 'pause', mode: '30m' },
        ],
      });
      expect(of('prompt')).toEqual([at('09:20:00')]);
      expect(summary.wakeups).toBeLessThanOrEqual(100);
    });

    it('a clock jump forward during a lock with a snooze pending: quiet, then a fresh start at unlock', () => {
      const { of, summary } = run({
        start: at('09:00:00'),
        end: at('09:40:00'),
        respond: 'ignore',
        events: [
          { at: at('09:20:10'), type: 'snooze' },
          { at: at('09:21:10'), type: 'lock' },
          { at: at('09:22:00'), type: 'clock-jump', to: at('09:32:00') },
          { at: at('09:33:00'), type: 'unlock' },
        ],
      });
      expect(of('reset')).toEqual([at('09:33:00')]);
      expect(of('prompt')).toEqual([at('09:20:00')]);
      expect(summary.wakeups).toBeLessThanOrEqual(100);
    });
  });

  it.each(['events', 'poll'] as const)(
    'locked during a started break: it runs on, they are away from its end, and the unlock brings them back (lock %s)',
    (lockDetection) => {
      const { of, summary } = run({
        start: at('08:00:00'),
        end: at('10:00:00'),
        settings: { breaks: { micro: { enabled: false } } },
        lockDetection,
        events: [
          { at: at('09:02:00'), type: 'lock' },
          { at: at('09:40:00'), type: 'unlock' },
        ],
      });
      // The stretch break starts at 09:00 and ends 09:05 behind the locked screen; 35 minutes
      // more away are a natural break and a fresh start at the unlock. (Before, activity never
      // came back after this unlock: no break was due again that day.)
      expect(of('break-end', 'stretch')).toEqual([at('09:05:00')]);
      expect(of('natural', 'stretch')).toEqual([at('09:40:00')]);
      expect(of('reset')).toEqual([at('09:40:00')]);
      expect(summary.activeSeconds).toBe(3600 + 20 * 60);
    },
  );

  describe('waking only to watch (issue 13 #7)', () => {
    const allOff = { breaks: { micro: { enabled: false }, stretch: { enabled: false }, release: { enabled: false } } };
    const busyDay = [
      { at: at('10:30:00'), type: 'idle' },
      { at: at('11:00:00'), type: 'active' },
      { at: at('12:15:00'), type: 'lock' },
      { at: at('13:00:00'), type: 'unlock' },
      { at: at('15:10:00'), type: 'idle' },
      { at: at('15:10:40'), type: 'active' },
    ] as const;

    it.each(['events', 'poll'] as const)(
      'every break kind off: no wake-up in a whole day (lock %s)',
      (lockDetection) => {
        const { events, summary } = run({
          start: at('08:00:00'),
          end: at('20:00:00'),
          settings: allOff,
          lockDetection,
          events: [...busyDay],
        });
        expect(summary.wakeups).toBe(0);
        // Nothing is prompted or recorded (an unlock event still restarts the idle timers it keeps).
        expect(events.filter((e) => e.event !== 'reset')).toEqual([]);
      },
    );

    it('Linux (lock polled): a lock is seen at the next look, with the same natural break as the event gives', () => {
      const trace = {
        start: at('08:00:00'),
        end: at('08:40:00'),
        events: [
          { at: at('08:10:00'), type: 'lock' },
          { at: at('08:12:00'), type: 'unlock' },
        ],
      } as const;
      const polled = run({ ...trace, lockDetection: 'poll', events: [...trace.events] });
      const evented = run({ ...trace, events: [...trace.events] });
      expect(polled.of('natural', 'micro')).toEqual([at('08:12:00')]);
      expect(polled.of('prompt', 'micro')).toEqual([at('08:32:00')]);
      expect(polled.events).toEqual(evented.events);
    });

    it('Linux (lock polled): a locked lunch costs one look a minute after its first ten, and the day keeps its breaks', () => {
      const day = { start: at('09:00:00'), end: at('17:00:00'), events: [...busyDay] };
      const polled = run({ ...day, lockDetection: 'poll' });
      const evented = run(day);
      // 45 minutes locked: every 30 s for ten minutes, then every minute (≈55), where the events
      // make the planner sleep through; at most a minute's worth of looks later than the event.
      const extra = polled.summary.wakeups - evented.summary.wakeups;
      expect(extra).toBeGreaterThan(40);
      expect(extra).toBeLessThanOrEqual(60);
      // The unlock is seen within a minute: every prompt is the same or at most a minute later.
      const p = polled.of('prompt');
      const e = evented.of('prompt');
      expect(p).toHaveLength(e.length);
      p.forEach((t, i) => {
        const late = Date.parse(t) - Date.parse(e[i]!);
        expect(late).toBeGreaterThanOrEqual(0);
        expect(late).toBeLessThanOrEqual(60_000);
      });
    });
  });

  describe('regression traces found by the planner properties', () => {
    it('Resume with no input since before the pause: the input floor is a return, and the next look is in the future', () => {
      const { of, summary } = run({
        start: at('00:00:00'),
        end: at('00:05:01'),
        settings: { workingHours: { mon: [{ start: '00:00', end: '24:00' }] } },
        events: [
          { at: at('00:02:00'), type: 'idle' },
          { at: at('00:02:01'), type: 'pause', mode: '30m' },
          { at: at('00:04:01'), type: 'unpause' },
        ],
      });
      // Before the fix the planner armed a wake-up for "now" at 00:04:31 (and, before issue #19, 1 ms later).
      expect(of('reset')).toEqual([at('00:04:01')]);
      expect(of('natural', 'micro')).toEqual([at('00:04:01')]);
      expect(summary.wakeups).toBeLessThan(20);
    });

    it('a shorter stretch break saved while one is under way ends it in the past; their idle time since is looked at at once', () => {
      const { of, summary } = run({
        start: at('07:58:00'),
        end: at('09:03:30'),
        settings: { breaks: { micro: { enabled: false } } },
        events: [{ at: at('09:02:30'), type: 'settings', settings: { breaks: { stretch: { durationSeconds: 120 } } } }],
      });
      // Before the fix the next idle look was armed for 09:02:30, the very instant of the change.
      expect(of('prompt', 'stretch')).toEqual([at('09:00:00')]);
      expect(of('break-end', 'stretch')).toEqual([at('09:02:00')]);
      expect(summary.wakeups).toBeLessThan(200);
    });

    it('the release session due while the laptop sleeps fires late on resume, then waits out the grace', () => {
      const { of } = run({
        start: at('12:53:00'),
        end: at('15:05:00'),
        events: [
          { at: at('13:12:00'), type: 'active' },
          { at: at('13:17:00'), type: 'suspend' },
          { at: at('15:00:01'), type: 'resume' },
        ],
      });
      // Before the fix the simulator itself stopped: its clock was asked to go back to the 15:00 timer.
      expect(of('reset')).toEqual([at('15:00:01')]);
      expect(of('prompt', 'release')).toEqual([at('15:02:01')]);
    });

    it('with no grace, the release session owed since 15:00 is shown as the screen unlocks, once', () => {
      const { of } = run({
        start: at('12:48:00'),
        end: at('15:20:00'),
        settings: { breaks: { graceMinutes: 0 } },
        events: [
          { at: at('12:49:01'), type: 'lock' },
          { at: at('15:00:01'), type: 'unlock' },
        ],
      });
      expect(of('prompt', 'release')).toEqual([at('15:00:01')]);
    });
  });

  it('rejects a malformed trace with a message naming the field', () => {
    expect(() => simulate({ start: 'soon', end: at('09:00:00'), timeZone: 'Europe/Berlin' })).toThrow(
      /start: must be a date/,
    );
    expect(() => simulate({ start: at('08:00:00'), end: at('09:00:00'), timeZone: 'Mars/Olympus' })).toThrow(
      /timeZone/,
    );
    expect(() =>
      simulate({
        start: at('08:00:00'),
        end: at('09:00:00'),
        timeZone: 'Europe/Berlin',
        settings: { breaks: { micro: { everyMinutes: 0 } } },
      }),
    ).toThrow(/settings\.breaks\.micro\.everyMinutes: must be at least 1 minute/);
    expect(() =>
      simulate({
        start: at('08:00:00'),
        end: at('09:00:00'),
        timeZone: 'Europe/Berlin',
        events: [{ at: at('08:30:00'), type: 'dance' }],
      }),
    ).toThrow(/events\.0/);
  });
});
