/**
 * Owns the stand-ins for how Unknot fits into the desktop where there is no
 * desktop app (the web preview, the CLI and tests): a login item that is only
 * remembered, and notifications the page asks its own browser for. The ports
 * are in main/core/ports.ts; the Electron adapters in main/adapters/electron/
 * (login-item.ts, notification-check.ts).
 */
import type { LoginItem, NotificationCheck } from '../../core/ports';

/**
 * The web preview's login item: it cannot start anything at login, so the
 * choice kept in settings (which the app:set-login-item handler writes) is all there is.
 */
export function recordedLoginItem(storedChoice: () => boolean): LoginItem {
  return { mode: 'recorded', isEnabled: storedChoice, setEnabled: () => undefined };
}

/** The web preview shows no notifications of its own; the page asks its browser instead. */
export const browserNotificationCheck: NotificationCheck = {
  support: () => 'ask-browser',
  sendTest: () => 'ask-browser',
};
