/** Owns the weekly "your report is ready" native notification; clicking it opens the report. */
import { Notification } from 'electron';

export function showReportReminder(iconPath: string, openReport: () => void): void {
  if (!Notification.isSupported()) return;
  const note = new Notification({
    title: 'Your weekly report is ready',
    body: 'See how last week went: your pain trend, what seemed to help, and your breaks.',
    silent: true,
    icon: iconPath,
  });
  note.on('click', openReport);
  note.show();
}
