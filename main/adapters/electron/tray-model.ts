/**
 * Owns what the tray shows for a break status: which icon, the tooltip line,
 * the menu (labels, enabled, which action), and when the words next go stale.
 * Pure (no electron): tray.ts turns this into a Tray and a Menu.
 *
 * Times are read in the offset each status timestamp carries, so "14:30" is
 * the person's own wall clock without a time-zone database here.
 */
import {
  BREAK_KIND_LABELS,
  PAUSE_LABELS,
  PAUSE_MODES,
  type BreakKind,
  type BreakStatus,
  type BusyReason,
  type PauseMode,
} from '../../../common/domain/breaks';
import { WEEKDAYS, WEEKDAY_LABELS } from '../../../common/domain/settings';
import { formatOffsetDateTime, parseOffsetDateTime } from '../../../common/domain/time';

export type TrayIconState = 'running' | 'due' | 'paused';

const TRAY_ICON_NAMES: Record<TrayIconState, string> = { running: 'tray', due: 'tray-due', paused: 'tray-paused' };

/**
 * The tray icon file for a state on a platform. macOS gets template images
 * (16 pt, black with alpha, named …Template.png: Electron marks them as
 * templates from the name, and the menu bar tints them for light, dark and
 * highlighted states); elsewhere the colour icons, 32 px at 1x, sit on panels
 * of any colour. Either way createFromPath picks the @2x file beside it.
 */
export function trayIconFile(state: TrayIconState, platform: string): string {
  return `${TRAY_ICON_NAMES[state]}${platform === 'darwin' ? 'Template' : ''}.png`;
}

export type TrayAction =
  | { type: 'take-now'; kind: BreakKind }
  | { type: 'start-routine' }
  /** The small keyboard-first quick-log window, not the main window's pain log. */
  | { type: 'quick-log' }
  | { type: 'pause'; mode: PauseMode }
  | { type: 'resume' }
  | { type: 'open-app' }
  | { type: 'quit' };

export type TrayMenuItem =
  | { type: 'item'; label: string; enabled: boolean; action: TrayAction | null }
  | { type: 'submenu'; label: string; enabled: boolean; items: TrayMenuItem[] }
  | { type: 'separator' };

export interface TrayView {
  icon: TrayIconState;
  tooltip: string;
  menu: TrayMenuItem[];
  /** Epoch ms when the tooltip's words change without a status change (a countdown ticking over), or null. */
  refreshAt: number | null;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Up to this far ahead the tooltip counts minutes ("in 12 min"); further, it names the time ("at 16:05"). */
const COUNTDOWN_LIMIT_MINUTES = 60;

export function trayIconState(status: BreakStatus): TrayIconState {
  if (status.prompt && status.prompt.phase !== 'notify') return 'due';
  if (status.state === 'running') return 'running';
  return 'paused';
}

interface Wall {
  /** "" today, "tomorrow", or a weekday name. */
  day: string;
  time: string;
  atMs: number;
  utcOffsetMinutes: number;
}

/** A status timestamp as the person's clock reads it, relative to today. Null if it does not parse. */
function wallClock(iso: string, nowMs: number): Wall | null {
  const moment = parseOffsetDateTime(iso);
  if (!moment) return null;
  const local = formatOffsetDateTime(moment.atMs, moment.utcOffsetMinutes);
  const today = formatOffsetDateTime(nowMs, moment.utcOffsetMinutes).slice(0, 10);
  const days = Math.round((Date.parse(`${local.slice(0, 10)}T00:00Z`) - Date.parse(`${today}T00:00Z`)) / DAY_MS);
  const weekday = WEEKDAYS[(new Date(Date.parse(`${local.slice(0, 10)}T00:00Z`)).getUTCDay() + 6) % 7]!;
  const day = days <= 0 ? '' : days === 1 ? 'tomorrow' : WEEKDAY_LABELS[weekday];
  return { day, time: local.slice(11, 16), atMs: moment.atMs, utcOffsetMinutes: moment.utcOffsetMinutes };
}

/** The next local midnight after nowMs, in a fixed offset. */
function nextMidnight(nowMs: number, utcOffsetMinutes: number): number {
  const offsetMs = utcOffsetMinutes * MINUTE_MS;
  return Math.floor((nowMs + offsetMs) / DAY_MS) * DAY_MS + DAY_MS - offsetMs;
}

/** What a prompt put off while the person is busy waits for, in the tooltip's words. */
export const WAITING_FOR_WORDS: Record<BusyReason, string> = {
  presenting: 'your presentation ends',
  'do-not-disturb': 'Do Not Disturb is off',
  fullscreen: 'you leave full screen',
};

function tooltipAndRefresh(status: BreakStatus, nowMs: number): { tooltip: string; refreshAt: number | null } {
  const prompt = status.prompt;
  if (prompt) {
    const label = BREAK_KIND_LABELS[prompt.kind];
    if (prompt.phase === 'prompt') return { tooltip: `${label} now`, refreshAt: null };
    if (prompt.phase === 'break') return { tooltip: `${label} under way`, refreshAt: null };
    return { tooltip: `${label} in a moment`, refreshAt: null };
  }
  switch (status.state) {
    case 'paused': {
      const until = status.pausedUntil ? wallClock(status.pausedUntil, nowMs) : null;
      if (!until) return { tooltip: 'Paused until you resume', refreshAt: null };
      const words = until.day ? `${until.day} ${until.time}` : until.time;
      return {
        tooltip: `Paused until ${words}`,
        refreshAt: until.day ? nextMidnight(nowMs, until.utcOffsetMinutes) : null,
      };
    }
    case 'outside-hours':
      return { tooltip: 'Outside working hours', refreshAt: null };
    case 'off':
      return { tooltip: 'Breaks are off', refreshAt: null };
    case 'running':
      break;
  }
  if (status.waitingFor && status.next) {
    return {
      tooltip: `${BREAK_KIND_LABELS[status.next.kind]} waiting until ${WAITING_FOR_WORDS[status.waitingFor]}`,
      refreshAt: null,
    };
  }
  const next = status.next ? wallClock(status.next.at, nowMs) : null;
  if (!status.next || !next) return { tooltip: 'Unknot', refreshAt: null };
  const label = BREAK_KIND_LABELS[status.next.kind];
  const leftMs = next.atMs - nowMs;
  if (leftMs <= 0) return { tooltip: `${label} now`, refreshAt: null };
  const minutes = Math.ceil(leftMs / MINUTE_MS);
  if (minutes <= COUNTDOWN_LIMIT_MINUTES) {
    // "in 12 min" becomes "in 11 min" once 11 whole minutes are left.
    return { tooltip: `${label} in ${minutes} min`, refreshAt: next.atMs - (minutes - 1) * MINUTE_MS };
  }
  const words = next.day ? `${next.day} at ${next.time}` : `at ${next.time}`;
  return {
    tooltip: `${label} ${words}`,
    refreshAt: Math.min(next.atMs - COUNTDOWN_LIMIT_MINUTES * MINUTE_MS, nextMidnight(nowMs, next.utcOffsetMinutes)),
  };
}

function trayMenu(status: BreakStatus, statusLine: string): TrayMenuItem[] {
  const prompting = status.prompt !== null && status.prompt.phase !== 'notify';
  const item = (label: string, action: TrayAction, enabled = true): TrayMenuItem => ({
    type: 'item',
    label,
    enabled,
    action,
  });
  const takeNow: BreakKind[] = ['micro', 'stretch'];
  return [
    // Linux panels (AppIndicator) never show the tooltip, so the menu repeats it.
    { type: 'item', label: statusLine, enabled: false, action: null },
    { type: 'separator' },
    {
      type: 'submenu',
      label: 'Take a break now',
      enabled: !prompting,
      items: takeNow.map((kind) => item(BREAK_KIND_LABELS[kind], { type: 'take-now', kind })),
    },
    item('Start release routine', { type: 'start-routine' }),
    item('Log pain…', { type: 'quick-log' }),
    { type: 'separator' },
    status.state === 'paused'
      ? item('Resume breaks', { type: 'resume' })
      : {
          type: 'submenu',
          label: 'Pause',
          // Nothing to pause when every kind of break is switched off.
          enabled: status.state !== 'off',
          items: PAUSE_MODES.map((mode) => item(PAUSE_LABELS[mode], { type: 'pause', mode })),
        },
    { type: 'separator' },
    item('Open Unknot', { type: 'open-app' }),
    item('Quit', { type: 'quit' }),
  ];
}

export function trayView(status: BreakStatus, nowMs: number): TrayView {
  const { tooltip, refreshAt } = tooltipAndRefresh(status, nowMs);
  return {
    icon: trayIconState(status),
    tooltip,
    menu: trayMenu(status, tooltip),
    refreshAt: refreshAt !== null && refreshAt > nowMs ? refreshAt : null,
  };
}

/** Where a TrayPresenter draws: the Electron Tray in tray.ts, a fake in tests. */
export interface TraySink {
  setIcon(icon: TrayIconState): void;
  setTooltip(tooltip: string): void;
  setMenu(menu: TrayMenuItem[]): void;
}

export interface TrayRenderStats {
  /** Views computed (every status change and countdown tick). */
  renders: number;
  iconChanges: number;
  tooltipChanges: number;
  /** Context menus built: the costly part (Menu.buildFromTemplate and a native menu). */
  menuBuilds: number;
}

/** Menus are equal when they show the same: labels, enabled, structure and actions. */
export function sameMenu(a: readonly TrayMenuItem[], b: readonly TrayMenuItem[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Draws tray views on a sink, touching only what changed since the last one:
 * the planner publishes a status on every wake-up, and most leave the icon,
 * the tooltip and the menu as they were (issue #19).
 */
export function createTrayPresenter(sink: TraySink, initialIcon: TrayIconState | null = null) {
  let icon = initialIcon;
  let tooltip: string | null = null;
  let menu: TrayMenuItem[] | null = null;
  const stats: TrayRenderStats = { renders: 0, iconChanges: 0, tooltipChanges: 0, menuBuilds: 0 };
  return {
    show(view: TrayView): void {
      stats.renders++;
      if (view.icon !== icon) {
        sink.setIcon(view.icon);
        icon = view.icon;
        stats.iconChanges++;
      }
      if (view.tooltip !== tooltip) {
        sink.setTooltip(view.tooltip);
        tooltip = view.tooltip;
        stats.tooltipChanges++;
      }
      if (!menu || !sameMenu(menu, view.menu)) {
        sink.setMenu(view.menu);
        menu = view.menu;
        stats.menuBuilds++;
      }
    },
    stats: (): TrayRenderStats => ({ ...stats }),
  };
}

/** Whether a click on the tray icon itself opens the app: not on macOS, where the same click opens the menu. */
export function opensAppOnClick(platform: string): boolean {
  return platform !== 'darwin';
}
