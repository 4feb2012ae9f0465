/**
 * Owns what to tell a person whose notifications are off, in plain words for
 * their system (the desktop app's own notifications) and for the browser (the
 * web preview).
 */
export type SystemName = 'linux' | 'mac' | 'windows' | 'other';

const SYSTEM_HELP: Record<Exclude<SystemName, 'other'>, { label: string; text: string }> = {
  linux: {
    label: 'Linux',
    text: 'Open your desktop’s Settings and choose Notifications. Make sure notifications are on and Do Not Disturb is off; if Unknot has its own entry there, let it show banners.',
  },
  mac: {
    label: 'macOS',
    text: 'Open System Settings → Notifications, choose Unknot in the list and turn on Allow notifications. Check that a Focus mode is not silencing it.',
  },
  windows: {
    label: 'Windows',
    text: 'Open Settings → System → Notifications, turn notifications on, and make sure Unknot is on in the list of apps. Check that Do not disturb is off.',
  },
};

/** The help for this system, or for all three when the system is not one of them. */
export function systemHelp(system: SystemName): { label: string; text: string }[] {
  return system === 'other' ? Object.values(SYSTEM_HELP) : [SYSTEM_HELP[system]];
}

export const BROWSER_HELP =
  'Click the icon at the left of the address bar, open the site settings for this page and set Notifications to Allow, then reload the page.';
