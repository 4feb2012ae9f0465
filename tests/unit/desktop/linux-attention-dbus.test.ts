/**
 * Issue 13 #9 on a private dbus-daemon: GNOME's Do Not Disturb (show-banners through the
 * portal's Settings), KDE's (the notification server's Inhibited) and presenting (an idle
 * inhibitor in GNOME's session manager) read by the app's own D-Bus code, and a prompt held by
 * the real planner until Do Not Disturb is off.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../common/domain/settings';
import { createBreakEngine } from '../../../main/core/break-engine';
import { FakeClock } from '../../../main/adapters/fake/fake-clock';
import { createClockScheduler } from '../../../main/adapters/fake/clock-scheduler';
import { connectDesktopBus } from '../../../main/adapters/node/dbus-connection';
import type { DesktopBus } from '../../../main/adapters/node/desktop-bus';
import { createSwitchableAttention, unsupportedAttention } from '../../../main/adapters/node/attention';
import {
  GNOME_SESSION,
  NOTIFICATIONS,
  PORTAL_SETTINGS,
  watchLinuxAttention,
} from '../../../main/adapters/node/linux-attention';
import {
  Variant,
  eventually,
  privateBusUnavailable,
  serveFake,
  startPrivateBus,
  type FakeService,
  type PrivateBus,
} from './private-dbus';

const MIN = 60_000;
const unavailable = privateBusUnavailable();

async function fakePortal(address: string, showBanners: boolean) {
  let banners = showBanners;
  const service = await serveFake(address, PORTAL_SETTINGS.destination, {
    [`${PORTAL_SETTINGS.path} ${PORTAL_SETTINGS.interface}.ReadOne`]: ([schema, key]) => {
      if (schema !== 'org.gnome.desktop.notifications' || key !== 'show-banners') {
        throw ['org.freedesktop.portal.Error.NotFound', 'no such setting'];
      }
      return ['v', [new Variant('b', banners)]];
    },
  });
  return {
    service,
    setBanners(value: boolean) {
      banners = value;
      service.signal(PORTAL_SETTINGS.path, PORTAL_SETTINGS.interface, 'SettingChanged', 'ssv', [
        'org.gnome.desktop.notifications',
        'show-banners',
        new Variant('b', value),
      ]);
    },
  };
}

describe.skipIf(unavailable !== null)('Do Not Disturb and presenting over a private D-Bus', () => {
  let bus: PrivateBus;
  let client: DesktopBus;
  const services: FakeService[] = [];

  beforeAll(async () => {
    bus = await startPrivateBus();
  });
  afterEach(() => {
    client?.close();
    for (const service of services.splice(0)) service.close();
  });
  afterAll(async () => {
    await bus?.stop();
  });

  it('GNOME: show-banners off is Do Not Disturb, read through the portal and followed by SettingChanged', async () => {
    const portal = await fakePortal(bus.address, true);
    services.push(portal.service);
    client = await connectDesktopBus(bus.address);
    const watcher = await watchLinuxAttention(client);
    expect(watcher).toMatchObject({ support: 'supported', sources: ['gnome-show-banners'] });
    expect(watcher.busyNow()).toEqual([]);
    let changes = 0;
    watcher.onChange(() => changes++);
    portal.setBanners(false);
    await eventually(() => watcher.busyNow().includes('do-not-disturb'), 'Do Not Disturb');
    portal.setBanners(true);
    await eventually(() => watcher.busyNow().length === 0, 'Do Not Disturb off');
    expect(changes).toBe(2);
  });

  it('KDE: the notification server’s Inhibited property, and its PropertiesChanged', async () => {
    let inhibited = true;
    const server = await serveFake(bus.address, NOTIFICATIONS.destination, {
      [`${NOTIFICATIONS.path} org.freedesktop.DBus.Properties.Get`]: ([, name]) => {
        if (name !== 'Inhibited') throw ['org.freedesktop.DBus.Error.UnknownProperty', ''];
        return ['v', [new Variant('b', inhibited)]];
      },
    });
    services.push(server);
    client = await connectDesktopBus(bus.address);
    const watcher = await watchLinuxAttention(client);
    expect(watcher.sources).toEqual(['notifications-inhibited']);
    expect(watcher.busyNow()).toEqual(['do-not-disturb']);
    inhibited = false;
    server.signal(NOTIFICATIONS.path, 'org.freedesktop.DBus.Properties', 'PropertiesChanged', 'sa{sv}as', [
      NOTIFICATIONS.interface,
      { Inhibited: new Variant('b', false) },
      [],
    ]);
    await eventually(() => watcher.busyNow().length === 0, 'Do Not Disturb off');
  });

  it('presenting: an idle inhibitor in GNOME’s session manager, re-read when inhibitors come and go', async () => {
    let inhibitors = 0;
    const session = await serveFake(bus.address, GNOME_SESSION.destination, {
      [`${GNOME_SESSION.path} ${GNOME_SESSION.interface}.IsInhibited`]: ([flags]) => [
        'b',
        [(Number(flags) & 8) !== 0 && inhibitors > 0],
      ],
    });
    services.push(session);
    client = await connectDesktopBus(bus.address);
    const watcher = await watchLinuxAttention(client);
    expect(watcher.sources).toEqual(['gnome-session-inhibitors']);
    expect(watcher.busyNow()).toEqual([]);
    inhibitors = 1;
    session.signal(GNOME_SESSION.path, GNOME_SESSION.interface, 'InhibitorAdded', 'o', [
      '/org/gnome/SessionManager/Inhibitor1',
    ]);
    await eventually(() => watcher.busyNow().includes('presenting'), 'presenting');
    inhibitors = 0;
    session.signal(GNOME_SESSION.path, GNOME_SESSION.interface, 'InhibitorRemoved', 'o', [
      '/org/gnome/SessionManager/Inhibitor1',
    ]);
    await eventually(() => watcher.busyNow().length === 0, 'the presentation to end');
  });

  it('nothing on the bus: unsupported, never busy', async () => {
    client = await connectDesktopBus(bus.address);
    const watcher = await watchLinuxAttention(client);
    expect(watcher).toMatchObject({ support: 'unsupported', sources: [] });
    expect(watcher.busyNow()).toEqual([]);
  });

  it('the planner holds a due prompt while GNOME is in Do Not Disturb and shows it when that ends', async () => {
    const portal = await fakePortal(bus.address, false);
    services.push(portal.service);
    client = await connectDesktopBus(bus.address);
    const attention = createSwitchableAttention();
    attention.use(await watchLinuxAttention(client));
    const clock = new FakeClock(Date.parse('2026-11-23T09:00:00+01:00'));
    const shown: string[] = [];
    const engine = createBreakEngine({
      clock,
      idle: { idleSeconds: () => 0 },
      scheduler: createClockScheduler(clock),
      notifier: {
        preBreak: () => shown.push('heads-up'),
        showPrompt: (s) => shown.push(`prompt ${s.prompt?.kind}`),
        closePrompt: () => undefined,
      },
      recorder: { record: () => undefined, today: () => ({ taken: 0, natural: 0, skipped: 0, snoozed: 0 }) },
      settings: { get: () => DEFAULT_SETTINGS, onChange: () => () => undefined },
      timeZone: () => 'Europe/Berlin',
      attention,
    });
    engine.start();
    try {
      clock.advanceBy(22 * MIN);
      expect(shown).toEqual([]);
      expect(engine.status().waitingFor).toBe('do-not-disturb');
      portal.setBanners(true);
      await eventually(() => shown.length > 0, 'the prompt');
      expect(shown).toEqual(['prompt micro']);
    } finally {
      engine.stop();
      attention.stop();
    }
  });
});

describe('where the OS offers nothing to read', () => {
  it('the port says unsupported and is never busy (Windows and macOS in this version)', () => {
    const watcher = unsupportedAttention();
    expect(watcher.support).toBe('unsupported');
    expect(watcher.busyNow()).toEqual([]);
    const attention = createSwitchableAttention();
    attention.use(watcher);
    expect(attention.support()).toBe('unsupported');
    expect(attention.busyNow()).toEqual([]);
  });
});
