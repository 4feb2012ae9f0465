/**
 * Owns the ports for how Unknot fits into the desktop (starting at login, and
 * whether notifications can be shown) and their stand-ins where there is no
 * desktop app: the web preview, the CLI and tests. The Electron adapters live
 * in main/platform/ (login-item.ts, notification-check.ts).
 */

export type LoginItemMode = 'system' | 'recorded';

export interface LoginItem {
  /** 'system': the operating system acts on it; 'recorded': only remembered (no desktop app here). */
  readonly mode: LoginItemMode;
  /** Whether Unknot starts at login, as the system sees it now (the person may have changed it there). */
  isEnabled(): boolean;
  /** Throws with a message for the person when the system refuses. */
  setEnabled(enabled: boolean): void;
}

export type NotificationSupport = 'supported' | 'unsupported' | 'ask-browser';
export type TestNotificationResult = 'shown' | 'unsupported' | 'ask-browser';

export interface NotificationCheck {
  /** Whether the system can show Unknot's notifications; 'ask-browser' where the page must ask its own browser. */
  support(): NotificationSupport;
  /** Shows a harmless test notification now, where it can. */
  sendTest(): TestNotificationResult;
}

/**
 * The web preview's login item: it cannot start anything at login, so the
 * choice kept in settings (which the app:set-login-item handler writes) is all there is.
 */
export function recordedLoginItem(storedChoice: () => boolean): LoginItem {
  return { mode: 'recorded', isEnabled: storedChoice, setEnabled: () => undefined };
}

/** The system's name as the person knows it, for pointing them to the right settings. */
export function platformName(platform: string): 'linux' | 'mac' | 'windows' | 'other' {
  if (platform === 'linux') return 'linux';
  if (platform === 'darwin') return 'mac';
  if (platform === 'win32') return 'windows';
  return 'other';
}

/** The web preview shows no notifications of its own; the page asks its browser instead. */
export const browserNotificationCheck: NotificationCheck = {
  support: () => 'ask-browser',
  sendTest: () => 'ask-browser',
};
