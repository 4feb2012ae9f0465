import { describe, expect, it } from 'vitest';
import {
  BREAK_WINDOW_SIZE,
  actionOnCloseRequest,
  centredBounds,
  focusAfterClose,
  placeBreakWindows,
  promptIdentity,
  type DisplayArea,
} from '../../../main/adapters/electron/window-placement';
import type { BreakPrompt } from '../../../common/domain/breaks';

// A laptop panel with a top bar, and a larger monitor to its left (negative x), at DIP sizes.
const laptop: DisplayArea = { id: 1, workArea: { x: 0, y: 27, width: 1440, height: 873 } };
const monitor: DisplayArea = { id: 2, workArea: { x: -1920, y: 0, width: 1920, height: 1040 } };
const tiny: DisplayArea = { id: 3, workArea: { x: 1440, y: 0, width: 400, height: 240 } };

const prompt = (over: Partial<BreakPrompt> = {}): BreakPrompt => ({
  kind: 'micro',
  phase: 'prompt',
  dueAt: '2026-11-23T10:20:00+01:00',
  durationSeconds: 30,
  breakEndsAt: null,
  snoozesLeft: 2,
  canSnooze: true,
  canSkip: true,
  ...over,
});

describe('centredBounds', () => {
  it('centres the window in the work area on whole pixels', () => {
    expect(centredBounds(laptop.workArea, BREAK_WINDOW_SIZE)).toEqual({ x: 510, y: 314, width: 420, height: 300 });
    expect(centredBounds(monitor.workArea, BREAK_WINDOW_SIZE)).toEqual({ x: -1170, y: 370, width: 420, height: 300 });
    expect(centredBounds({ x: 0, y: 0, width: 1001, height: 701 }, BREAK_WINDOW_SIZE)).toEqual({
      x: 291,
      y: 201,
      width: 420,
      height: 300,
    });
  });

  it('shrinks to fit a work area smaller than the window', () => {
    expect(centredBounds(tiny.workArea, BREAK_WINDOW_SIZE)).toEqual({ x: 1440, y: 0, width: 400, height: 240 });
  });
});

describe('placeBreakWindows', () => {
  const base = { displays: [laptop, monitor], primaryDisplayId: 1 };

  it('puts one window on the display under the pointer', () => {
    expect(placeBreakWindows({ ...base, showOn: 'cursor-display', cursorDisplayId: 2 })).toEqual([
      { displayId: 2, bounds: { x: -1170, y: 370, width: 420, height: 300 } },
    ]);
  });

  it('falls back to the primary display when the pointer is unknown (Wayland) or on a display that is gone', () => {
    for (const cursorDisplayId of [null, 99]) {
      expect(placeBreakWindows({ ...base, showOn: 'cursor-display', cursorDisplayId })).toEqual([
        { displayId: 1, bounds: { x: 510, y: 314, width: 420, height: 300 } },
      ]);
    }
  });

  it('falls back to any display when even the primary is not listed', () => {
    const placed = placeBreakWindows({
      displays: [monitor],
      primaryDisplayId: 1,
      showOn: 'cursor-display',
      cursorDisplayId: null,
    });
    expect(placed.map((p) => p.displayId)).toEqual([2]);
  });

  it('puts one window on every display for all-displays, the primary first', () => {
    const placed = placeBreakWindows({
      displays: [monitor, laptop, tiny],
      primaryDisplayId: 1,
      showOn: 'all-displays',
      cursorDisplayId: 2,
    });
    expect(placed.map((p) => p.displayId)).toEqual([1, 2, 3]);
    expect(placed[2]!.bounds).toEqual({ x: 1440, y: 0, width: 400, height: 240 });
  });

  it('places nothing when there is no display at all', () => {
    expect(
      placeBreakWindows({ displays: [], primaryDisplayId: 1, showOn: 'all-displays', cursorDisplayId: null }),
    ).toEqual([]);
  });

  it('accepts another size', () => {
    const [only] = placeBreakWindows({
      ...base,
      showOn: 'cursor-display',
      cursorDisplayId: 1,
      size: { width: 200, height: 100 },
    });
    expect(only!.bounds).toEqual({ x: 620, y: 414, width: 200, height: 100 });
  });
});

describe('actionOnCloseRequest', () => {
  it('closing while asked counts as Skip, unless skipping is not allowed (strict mode)', () => {
    expect(actionOnCloseRequest(prompt())).toBe('skip');
    expect(actionOnCloseRequest(prompt({ canSkip: false }))).toBe('keep-open');
  });

  it('closing during the break ends it, and with no prompt just hides', () => {
    expect(actionOnCloseRequest(prompt({ phase: 'break', canSkip: false }))).toBe('finish');
    expect(actionOnCloseRequest(null)).toBe('hide');
  });
});

describe('focusAfterClose', () => {
  it('does nothing when the person never clicked into the break window', () => {
    for (const platform of ['darwin', 'win32', 'linux']) {
      expect(focusAfterClose({ breakWindowFocused: false, previous: 'other', platform })).toBe('none');
      expect(focusAfterClose({ breakWindowFocused: false, previous: 'ours', platform })).toBe('none');
    }
  });

  it('gives focus back to our own window when that is where they were', () => {
    expect(focusAfterClose({ breakWindowFocused: true, previous: 'ours', platform: 'linux' })).toBe('refocus-previous');
  });

  it('on macOS hides the app so their own app is active again; elsewhere leaves it to the window manager', () => {
    expect(focusAfterClose({ breakWindowFocused: true, previous: 'other', platform: 'darwin' })).toBe('hide-app');
    expect(focusAfterClose({ breakWindowFocused: true, previous: 'other', platform: 'win32' })).toBe('none');
    expect(focusAfterClose({ breakWindowFocused: true, previous: 'other', platform: 'linux' })).toBe('none');
  });
});

describe('promptIdentity', () => {
  it('is the same for a prompt moving from asking to under way, and differs for a new one', () => {
    expect(promptIdentity(prompt())).toBe(
      promptIdentity(prompt({ phase: 'break', breakEndsAt: '2026-11-23T10:21:00+01:00' })),
    );
    expect(promptIdentity(prompt())).not.toBe(promptIdentity(prompt({ kind: 'stretch' })));
    expect(promptIdentity(prompt())).not.toBe(promptIdentity(prompt({ dueAt: '2026-11-23T10:40:00+01:00' })));
    expect(promptIdentity(null)).toBeNull();
  });
});
