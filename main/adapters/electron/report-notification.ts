/** Owns the weekly "your report is ready" native notification; clicking it opens the report. */
import type { LiveNotifications } from './live-notifications';

export function showReportReminder(notifications: LiveNotifications, iconPath: string, openReport: () => void): void {
  // Held by the registry until clicked: a notification nothing references loses its click.
  notifications.show(
    'report',
    {
      title: 'Your weekly report is ready',
      body: 'See how last week went: your pain trend, what seemed to help, and your breaks.',
      silent: true,
      icon: iconPath,
    },
    openReport,
  );
}
