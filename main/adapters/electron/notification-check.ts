/**
 * Owns the NotificationCheck port in Electron: whether this system can show
 * Unknot's notifications at all (Notification.isSupported()), and a harmless
 * test notification worded like the real heads-up.
 */
import { Notification } from 'electron';
import type { NotificationCheck } from '../../core/ports';

export function createNotificationCheck(iconPath: string): NotificationCheck {
  // Held until shown and clicked away, so it is not garbage-collected before it appears.
  let last: Notification | null = null;
  return {
    support: () => (Notification.isSupported() ? 'supported' : 'unsupported'),
    sendTest() {
      if (!Notification.isSupported()) return 'unsupported';
      last?.close();
      last = new Notification({
        title: 'Unknot can reach you',
        body: 'This is how a heads-up before a break will look. Nothing to do now.',
        silent: true,
        icon: iconPath,
      });
      last.show();
      return 'shown';
    },
  };
}
