/** Owns the daily check-in reminder as a native notification; clicking it opens Today. */
import { Notification } from 'electron';

export function showCheckinReminder(iconPath: string, openToday: () => void): void {
  if (!Notification.isSupported()) return;
  const note = new Notification({
    title: 'How was today?',
    body: 'A one-minute check-in (sleep, stress, movement) makes your weekly report more useful. Skipping is fine too.',
    silent: true,
    icon: iconPath,
  });
  note.on('click', openToday);
  note.show();
}
