/**
 * Owns the NotificationCheck port in Electron: whether this system can show
 * Unknot's notifications at all (Notification.isSupported()), and a harmless
 * test notification worded like the real heads-up.
 */
import { Notification } from 'electron';
import type { NotificationCheck } from '../../core/ports';
import type { LiveNotifications } from './live-notifications';

export function createNotificationCheck(notifications: LiveNotifications, iconPath: string): NotificationCheck {
  return {
    support: () => (Notification.isSupported() ? 'supported' : 'unsupported'),
    sendTest() {
      // A second test replaces the first; the registry holds it until it is clicked or closed.
      const shown = notifications.show('test', {
        title: 'Unknot can reach you',
        body: 'This is how a heads-up before a break will look. Nothing to do now.',
        silent: true,
        icon: iconPath,
      });
      return shown ? 'shown' : 'unsupported';
    },
  };
}
