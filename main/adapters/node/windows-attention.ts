/**
 * Owns what Windows can tell about the person being busy (issue 13 #9), as the
 * planner's AttentionSource, and the pure mapping from Windows' answers to the
 * port's reasons. The native calls themselves sit behind WindowsShellProbe
 * (windows-shell.ts binds them through koffi; tests pass a fake):
 *
 * - SHQueryUserNotificationState (shell32, documented): a full-screen app or
 *   exclusive Direct3D in front, or the presentation settings switched on;
 * - Focus Assist, called Do Not Disturb since Windows 11 22H2: its active
 *   profile, which SHQueryUserNotificationState does not report (it answers
 *   "accepts notifications" with Do Not Disturb on), read from the shell's
 *   WNF state, which is undocumented: it may fail on a future Windows, and
 *   then only Do Not Disturb goes unseen.
 *
 * Windows sends no event for any of these, and polling would cost wake-ups,
 * so nothing is watched: busyNow() asks when the planner asks, which is when a
 * prompt falls due and every POSTPONE_LIMITS.stepMinutes while it is held.
 */
import { BUSY_REASONS, type BusyReason } from '../../../common/domain/breaks';
import { unsupportedAttention, type AttentionWatcher } from './attention';

/** QUERY_USER_NOTIFICATION_STATE (shellapi.h). */
export const QUNS = {
  NOT_PRESENT: 1,
  BUSY: 2,
  RUNNING_D3D_FULL_SCREEN: 3,
  PRESENTATION_MODE: 4,
  ACCEPTS_NOTIFICATIONS: 5,
  QUIET_TIME: 6,
  APP: 7,
} as const;

/** Focus Assist's active profile as the shell publishes it. */
export const FOCUS_ASSIST = { OFF: 0, PRIORITY_ONLY: 1, ALARMS_ONLY: 2 } as const;

/**
 * What one SHQueryUserNotificationState answer means for a break prompt.
 * - BUSY: "a full-screen application is running or Presentation Settings are
 *   applied" (a browser or player in full screen, slides); counted as full screen.
 * - RUNNING_D3D_FULL_SCREEN: a game or video in exclusive full screen.
 * - PRESENTATION_MODE: the presentation settings (Windows Mobility Center) are on.
 * - QUIET_TIME: the hour after a first sign-in or a Windows upgrade, when the
 *   shell asks apps to hold their notifications; counted as Do Not Disturb.
 * - NOT_PRESENT (locked, screen saver, another user) is not busy: lock and
 *   unlock already reach the planner as events. APP is not busy either: it
 *   meant a full-screen Store app on Windows 8, and on 10 and 11 it is also
 *   the answer while the Start menu is open.
 * - ACCEPTS_NOTIFICATIONS, and any value a later Windows adds: not busy.
 */
export function busyFromNotificationState(state: number | null): BusyReason[] {
  switch (state) {
    case QUNS.BUSY:
    case QUNS.RUNNING_D3D_FULL_SCREEN:
      return ['fullscreen'];
    case QUNS.PRESENTATION_MODE:
      return ['presenting'];
    case QUNS.QUIET_TIME:
      return ['do-not-disturb'];
    default:
      return [];
  }
}

/** Focus Assist / Do Not Disturb: either restricted profile holds a prompt; off or unreadable does not. */
export function busyFromFocusAssist(profile: number | null): BusyReason[] {
  return profile === FOCUS_ASSIST.PRIORITY_ONLY || profile === FOCUS_ASSIST.ALARMS_ONLY ? ['do-not-disturb'] : [];
}

/** The two native reads, each null when its call failed. */
export interface WindowsShellProbe {
  /** SHQueryUserNotificationState's answer. */
  notificationState(): number | null;
  /** Focus Assist's active profile (FOCUS_ASSIST). */
  focusAssist(): number | null;
}

/** The reasons both reads give, once each, in the port's order. */
export function windowsBusyReasons(state: number | null, profile: number | null): BusyReason[] {
  const found = new Set([...busyFromNotificationState(state), ...busyFromFocusAssist(profile)]);
  return BUSY_REASONS.filter((reason) => found.has(reason));
}

/**
 * The AttentionSource on Windows: asks the probe each time the planner asks, and never
 * calls onChange's listener (there is no event to forward). No probe (koffi or shell32
 * would not load): unsupported, never busy.
 */
export function windowsAttention(probe: WindowsShellProbe | null): AttentionWatcher {
  if (!probe) return unsupportedAttention();
  const sources: string[] = [];
  if (probe.notificationState() !== null) sources.push('shell-notification-state');
  if (probe.focusAssist() !== null) sources.push('focus-assist');
  if (!sources.length) return unsupportedAttention();
  return {
    support: 'supported',
    sources,
    busyNow: () => windowsBusyReasons(probe.notificationState(), probe.focusAssist()),
    onChange: () => () => undefined,
    stop: () => undefined,
  };
}
