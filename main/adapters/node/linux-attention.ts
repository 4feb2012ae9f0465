/**
 * Owns reading, over the session D-Bus, whether the person is busy in a way a
 * break prompt should not pop over (issue 13 #9), as the planner's
 * AttentionSource:
 *
 * - Do Not Disturb, GNOME: `org.gnome.desktop.notifications show-banners`
 *   (false while Do Not Disturb is on), read through the desktop portal's
 *   Settings interface (ReadOne, or Read on older portals) and followed by its
 *   SettingChanged signal: the portal serves GSettings over D-Bus, where dconf
 *   itself is a file;
 * - Do Not Disturb, KDE Plasma: the notification server's `Inhibited` property;
 * - presenting or in a call: an application holding an idle inhibitor, which
 *   presentation tools, video calls and players take so the screen stays on
 *   (GNOME's session manager IsInhibited(8) with InhibitorAdded/Removed; KDE's
 *   PowerManagement.Inhibit HasInhibit with HasInhibitChanged).
 *
 * A full-screen window in front cannot be asked for on Linux (no desktop
 * offers it to other applications over D-Bus), so 'fullscreen' is never
 * reported here. Windows and macOS have their own readers (windows-attention.ts,
 * macos-focus.ts); what all three share is in attention.ts.
 */
import type { BusyReason } from '../../../common/domain/breaks';
import type { AttentionWatcher } from './attention';
import { getProperty, unwrapVariant, watchProperty, type DesktopBus } from './desktop-bus';

export const PORTAL_SETTINGS = {
  destination: 'org.freedesktop.portal.Desktop',
  path: '/org/freedesktop/portal/desktop',
  interface: 'org.freedesktop.portal.Settings',
} as const;
export const NOTIFICATIONS = {
  destination: 'org.freedesktop.Notifications',
  path: '/org/freedesktop/Notifications',
  interface: 'org.freedesktop.Notifications',
} as const;
export const GNOME_SESSION = {
  destination: 'org.gnome.SessionManager',
  path: '/org/gnome/SessionManager',
  interface: 'org.gnome.SessionManager',
} as const;
export const KDE_INHIBIT = {
  destination: 'org.freedesktop.PowerManagement',
  path: '/org/freedesktop/PowerManagement/Inhibit',
  interface: 'org.freedesktop.PowerManagement.Inhibit',
} as const;

/** GNOME's inhibit flag for "the session must not go idle" (gnome-session's GsmInhibitorFlag). */
const INHIBIT_IDLE = 8;
const GNOME_NOTIFICATIONS_SCHEMA = 'org.gnome.desktop.notifications';

/** What this desktop's session bus can tell; 'unsupported' when nothing answers. */
export async function watchLinuxAttention(bus: DesktopBus): Promise<AttentionWatcher> {
  const state: Record<'gnome-dnd' | 'kde-dnd' | 'gnome-inhibit' | 'kde-inhibit', boolean> = {
    'gnome-dnd': false,
    'kde-dnd': false,
    'gnome-inhibit': false,
    'kde-inhibit': false,
  };
  const listeners = new Set<() => void>();
  const sources: string[] = [];
  const unsubscribers: (() => void)[] = [];
  const set = (key: keyof typeof state, value: boolean) => {
    if (state[key] === value) return;
    state[key] = value;
    for (const listener of listeners) queueMicrotask(listener);
  };

  // GNOME Do Not Disturb, through the portal's Settings.
  try {
    const read = async (): Promise<unknown> => {
      try {
        const [value] = await bus.call({
          ...PORTAL_SETTINGS,
          member: 'ReadOne',
          signature: 'ss',
          body: [GNOME_NOTIFICATIONS_SCHEMA, 'show-banners'],
        });
        return unwrapVariant(value);
      } catch {
        // Portals before version 2 have only Read, which wraps the value in one more variant.
        const [value] = await bus.call({
          ...PORTAL_SETTINGS,
          member: 'Read',
          signature: 'ss',
          body: [GNOME_NOTIFICATIONS_SCHEMA, 'show-banners'],
        });
        return unwrapVariant(unwrapVariant(value));
      }
    };
    const banners = await read();
    if (typeof banners !== 'boolean') throw new Error('no show-banners');
    set('gnome-dnd', !banners);
    unsubscribers.push(
      await bus.onSignal(
        {
          sender: PORTAL_SETTINGS.destination,
          ...PORTAL_SETTINGS,
          member: 'SettingChanged',
          arg0: GNOME_NOTIFICATIONS_SCHEMA,
        },
        ([, key, value]) => {
          const shown = unwrapVariant(value);
          if (key === 'show-banners' && typeof shown === 'boolean') set('gnome-dnd', !shown);
        },
      ),
    );
    sources.push('gnome-show-banners');
  } catch {
    // Not GNOME, or no portal.
  }

  // KDE Plasma Do Not Disturb: the notification server's Inhibited property.
  try {
    const inhibited = await getProperty(bus, NOTIFICATIONS, 'Inhibited');
    if (typeof inhibited !== 'boolean') throw new Error('no Inhibited');
    set('kde-dnd', inhibited);
    unsubscribers.push(
      await watchProperty(
        bus,
        NOTIFICATIONS,
        'Inhibited',
        (value) => typeof value === 'boolean' && set('kde-dnd', value),
      ),
    );
    sources.push('notifications-inhibited');
  } catch {
    // A notification server without Do Not Disturb (or none).
  }

  // Presenting or in a call, GNOME: an idle inhibitor held.
  try {
    const isInhibited = async () => {
      const [value] = await bus.call({ ...GNOME_SESSION, member: 'IsInhibited', signature: 'u', body: [INHIBIT_IDLE] });
      return value === true;
    };
    set('gnome-inhibit', await isInhibited());
    const recheck = () =>
      isInhibited().then(
        (value) => set('gnome-inhibit', value),
        () => undefined,
      );
    for (const member of ['InhibitorAdded', 'InhibitorRemoved']) {
      unsubscribers.push(await bus.onSignal({ sender: GNOME_SESSION.destination, ...GNOME_SESSION, member }, recheck));
    }
    sources.push('gnome-session-inhibitors');
  } catch {
    // Not GNOME's session manager.
  }

  // Presenting or in a call, KDE: PowerManagement's inhibitions.
  try {
    const [has] = await bus.call({ ...KDE_INHIBIT, member: 'HasInhibit' });
    if (typeof has !== 'boolean') throw new Error('no HasInhibit');
    set('kde-inhibit', has);
    unsubscribers.push(
      await bus.onSignal(
        { sender: KDE_INHIBIT.destination, ...KDE_INHIBIT, member: 'HasInhibitChanged' },
        ([value]) => {
          if (typeof value === 'boolean') set('kde-inhibit', value);
        },
      ),
    );
    sources.push('powermanagement-inhibit');
  } catch {
    // Not KDE's power management.
  }

  return {
    support: sources.length ? 'supported' : 'unsupported',
    sources,
    busyNow() {
      const reasons: BusyReason[] = [];
      if (state['gnome-dnd'] || state['kde-dnd']) reasons.push('do-not-disturb');
      if (state['gnome-inhibit'] || state['kde-inhibit']) reasons.push('presenting');
      return reasons;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      listeners.clear();
      for (const unsubscribe of unsubscribers.splice(0)) unsubscribe();
    },
  };
}
