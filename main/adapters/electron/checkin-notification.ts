/** Owns the daily check-in reminder as a native notification; clicking it opens Today. */
import type { LiveNotifications } from './live-notifications';

export function showCheckinReminder(notifications: LiveNotifications, iconPath: string, openToday: () => void): void {
  // Held by the registry until clicked: a notification nothing references loses its click.
  notifications.show(
    'checkin',
    {
      title: 'How was today?',
      body: 'A one-minute check-in (sleep, stress, movement) makes your weekly report more useful. Skipping is fine too.',
      silent: true,
      icon: iconPath,
    },
    openToday,
  );
}
