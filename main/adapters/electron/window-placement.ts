/**
 * Owns the break window's pure decisions: which displays it appears on, where
 * on each, what a close request from the person means, and where keyboard
 * focus goes when it closes. No electron: break-window.ts feeds it plain
 * display data and applies the answers.
 */
import type { BreakAction, BreakPrompt } from '../../../common/domain/breaks';
import type { BreakSettings } from '../../../common/domain/settings';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplayArea {
  id: number;
  /** The display's work area (without docks and panels), in DIP. */
  workArea: Rect;
}

export type ShowOn = BreakSettings['showOn'];

export const BREAK_WINDOW_SIZE = { width: 420, height: 300 } as const;

/** Centred in the area, shrunk to fit it, on whole pixels. */
export function centredBounds(area: Rect, size: { width: number; height: number }): Rect {
  const width = Math.max(1, Math.min(size.width, area.width));
  const height = Math.max(1, Math.min(size.height, area.height));
  return {
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
    width,
    height,
  };
}

export interface PlacementInput {
  showOn: ShowOn;
  displays: readonly DisplayArea[];
  /** The display under the pointer, when the system can tell (not under Wayland). */
  cursorDisplayId: number | null;
  primaryDisplayId: number;
  size?: { width: number; height: number };
}

export interface Placement {
  displayId: number;
  bounds: Rect;
}

/**
 * One placement per display for 'all-displays' (primary first, so the first
 * window is the one kept when the setting goes back); otherwise the display
 * under the pointer, falling back to the primary and then to any display.
 */
export function placeBreakWindows(input: PlacementInput): Placement[] {
  const size = input.size ?? BREAK_WINDOW_SIZE;
  const place = (display: DisplayArea): Placement => ({
    displayId: display.id,
    bounds: centredBounds(display.workArea, size),
  });
  if (input.displays.length === 0) return [];
  if (input.showOn === 'all-displays') {
    const primaryFirst = [...input.displays].sort(
      (a, b) => Number(b.id === input.primaryDisplayId) - Number(a.id === input.primaryDisplayId),
    );
    return primaryFirst.map(place);
  }
  const byId = (id: number | null) => (id === null ? undefined : input.displays.find((d) => d.id === id));
  const chosen = byId(input.cursorDisplayId) ?? byId(input.primaryDisplayId) ?? input.displays[0]!;
  return [place(chosen)];
}

/**
 * The person closed the break window themselves (Alt+F4, ⌘W, the window
 * manager's close). Before Start it counts as Skip, when skipping is allowed;
 * during the break it ends it; in strict mode it is refused.
 */
export function actionOnCloseRequest(prompt: BreakPrompt | null): BreakAction | 'hide' | 'keep-open' {
  if (!prompt) return 'hide';
  if (prompt.phase === 'break') return 'finish';
  return prompt.canSkip ? 'skip' : 'keep-open';
}

export interface FocusFacts {
  /** One of our break windows had keyboard focus when the prompt closed. */
  breakWindowFocused: boolean;
  /** Which of ours had focus when the prompt opened: 'ours' and still visible, or not ours (another app, or gone). */
  previous: 'ours' | 'other';
  platform: string;
}

/**
 * Where focus goes when the break window hides. Only matters if the person
 * clicked into it (it opens without taking focus). Back to our window if that
 * is where they were; on macOS hide the app so the app they were in becomes
 * active again; elsewhere the window manager already hands focus to the
 * window underneath, which is theirs.
 */
export function focusAfterClose(facts: FocusFacts): 'none' | 'refocus-previous' | 'hide-app' {
  if (!facts.breakWindowFocused) return 'none';
  if (facts.previous === 'ours') return 'refocus-previous';
  return facts.platform === 'darwin' ? 'hide-app' : 'none';
}

/** A new prompt (not the same one moving from asking to under way) needs the screen loaded afresh. */
export function promptIdentity(prompt: BreakPrompt | null): string | null {
  return prompt ? `${prompt.kind}@${prompt.dueAt}` : null;
}
