/**
 * Owns every native notification Unknot shows, from show() until it is done
 * with. Electron's Notification is a JS object over the native one; once JS
 * holds no reference to it, the garbage collector may take it, and its `click`
 * then never fires (electron#16922, #12690): a reminder that was shown, clicked
 * and did nothing. So each notification is held here, under a key, until it is
 * clicked, closed by the person, fails, or is replaced by a newer one under the
 * same key (which withdraws the old one). One live notification per key keeps
 * this bounded however long the app runs.
 *
 * Windows moves a toast that timed out to the Action Center and reports that as
 * `close` with reason 'timedOut'; it can still be clicked there, so it stays
 * held until a click or its replacement.
 */
import { Notification, type NotificationConstructorOptions } from 'electron';

/** What each shown notification is for; a new one replaces the live one of its kind. */
export type NotificationKey = 'heads-up' | 'break-prompt' | 'checkin' | 'report' | 'test';

export interface LiveNotifications {
  /**
   * Shows a notification under `key` (withdrawing the one live under it) and holds it
   * until it is done with. Returns false when this system shows none.
   */
  show(key: NotificationKey, options: NotificationConstructorOptions, onClick?: () => void): boolean;
  /** Withdraws the notification live under `key`, if any, and lets it go. */
  withdraw(key: NotificationKey): void;
  /** The keys held now (for logs and tests). */
  keys(): NotificationKey[];
}

export function createLiveNotifications(): LiveNotifications {
  const live = new Map<NotificationKey, Notification>();
  /** Lets go of `note` unless a newer one has taken its key. */
  const release = (key: NotificationKey, note: Notification) => {
    if (live.get(key) === note) live.delete(key);
  };

  const withdraw = (key: NotificationKey) => {
    const note = live.get(key);
    if (!note) return;
    live.delete(key);
    note.close();
  };

  return {
    show(key, options, onClick) {
      if (!Notification.isSupported()) return false;
      withdraw(key);
      const note = new Notification(options);
      note.on('click', () => {
        release(key, note);
        onClick?.();
      });
      note.on('close', (details) => {
        if (details?.reason !== 'timedOut') release(key, note);
      });
      // 'failed' exists on macOS and Windows only (electron.d.ts); elsewhere nothing emits it.
      note.on('failed', () => release(key, note));
      live.set(key, note);
      note.show();
      return true;
    },
    withdraw,
    keys: () => [...live.keys()],
  };
}
