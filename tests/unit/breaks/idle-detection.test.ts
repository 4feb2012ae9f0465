import { describe, expect, it } from 'vitest';
import {
  IDLE_UNAVAILABLE_NOTICE_ID,
  createIdleDetector,
  idleUnavailableNotice,
  isWaylandSession,
  lockedFromIdleState,
} from '../../../main/adapters/electron/idle-detection';
import { noticeSchema } from '../../../common/ipc/contract';

const MIN = 60_000;

describe('isWaylandSession', () => {
  it('is true on Linux when the session type says wayland, or only WAYLAND_DISPLAY is set', () => {
    expect(isWaylandSession({ platform: 'linux', env: { XDG_SESSION_TYPE: 'wayland' } })).toBe(true);
    expect(isWaylandSession({ platform: 'linux', env: { XDG_SESSION_TYPE: ' Wayland ' } })).toBe(true);
    expect(isWaylandSession({ platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' } })).toBe(true);
  });

  it('is false for an X11 session (even with a stray WAYLAND_DISPLAY), a bare Linux, and other platforms', () => {
    expect(
      isWaylandSession({ platform: 'linux', env: { XDG_SESSION_TYPE: 'x11', WAYLAND_DISPLAY: 'wayland-0' } }),
    ).toBe(false);
    expect(isWaylandSession({ platform: 'linux', env: {} })).toBe(false);
    expect(isWaylandSession({ platform: 'linux', env: { WAYLAND_DISPLAY: '  ' } })).toBe(false);
    expect(isWaylandSession({ platform: 'darwin', env: { XDG_SESSION_TYPE: 'wayland' } })).toBe(false);
    expect(isWaylandSession({ platform: 'win32', env: { WAYLAND_DISPLAY: 'wayland-0' } })).toBe(false);
  });
});

describe('createIdleDetector', () => {
  /** Records `count` readings of `seconds`, one every `everyMs`, starting at `from`. */
  function feed(
    detector: ReturnType<typeof createIdleDetector>,
    seconds: number,
    count: number,
    everyMs: number,
    from = 0,
  ) {
    let last = detector.decision();
    for (let i = 0; i < count; i++) last = detector.record(seconds, from + i * everyMs);
    return last;
  }

  it('gives up on a Wayland session only after ten zero readings spread over ten minutes', () => {
    const detector = createIdleDetector({ wayland: true });
    expect(feed(detector, 0, 10, MIN)).toBe('ok'); // ten readings, but only nine minutes apart end to end
    expect(detector.record(0, 10 * MIN)).toBe('unavailable');
    expect(detector.settled()).toBe(false);
  });

  it('does not give up on many zeros in a short span (someone typing hard)', () => {
    const detector = createIdleDetector({ wayland: true });
    expect(feed(detector, 0, 100, 1_000)).toBe('ok');
  });

  it('does not give up on few zeros over a long span (the engine barely polled)', () => {
    const detector = createIdleDetector({ wayland: true });
    expect(feed(detector, 0, 5, 10 * MIN)).toBe('ok');
  });

  it('trusts the sensor for good once it reads above zero, even after declaring it unavailable', () => {
    const detector = createIdleDetector({ wayland: true });
    expect(feed(detector, 0, 11, MIN)).toBe('unavailable');
    expect(detector.record(3, 11 * MIN)).toBe('ok');
    expect(detector.settled()).toBe(true);
    expect(feed(detector, 0, 30, MIN, 12 * MIN)).toBe('ok');
  });

  it('a compositor with an idle protocol (readings above zero early) is fine from the start', () => {
    const detector = createIdleDetector({ wayland: true });
    detector.record(0, 0);
    expect(detector.record(1, MIN)).toBe('ok');
    expect(feed(detector, 0, 20, MIN, 2 * MIN)).toBe('ok');
  });

  it('outside Wayland never declares idle time unavailable', () => {
    const detector = createIdleDetector({ wayland: false });
    expect(detector.settled()).toBe(true);
    expect(feed(detector, 0, 100, MIN)).toBe('ok');
  });

  it('ignores readings that are not a number of seconds', () => {
    const detector = createIdleDetector({ wayland: true }, { minZeroReadings: 2, minZeroSpanMs: MIN });
    detector.record(Number.NaN, 0);
    detector.record(-1, 0);
    expect(detector.settled()).toBe(false);
    detector.record(0, 0);
    expect(detector.record(0, MIN)).toBe('unavailable');
  });
});

describe('lockedFromIdleState', () => {
  it('reads locked as locked, active and idle as unlocked, and unknown as no news', () => {
    expect(lockedFromIdleState('locked')).toBe(true);
    expect(lockedFromIdleState('active')).toBe(false);
    expect(lockedFromIdleState('idle')).toBe(false);
    expect(lockedFromIdleState('unknown')).toBeNull();
  });
});

describe('idleUnavailableNotice', () => {
  it('is a valid notice that says what it means and what to do, without blame or diagnosis', () => {
    const notice = noticeSchema.parse(idleUnavailableNotice());
    expect(notice.id).toBe(IDLE_UNAVAILABLE_NOTICE_ID);
    expect(notice.level).toBe('info');
    expect(notice.message).toMatch(/natural breaks/);
    expect(notice.message).toMatch(/timed by the clock while your session is unlocked/);
    expect(notice.message).toMatch(/Locking the screen and putting the computer to sleep still count/);
    expect(notice.message).toMatch(/“Xorg” or “X11” session/);
    expect(notice.message).toMatch(/lock your screen when you step away/);
  });
});
