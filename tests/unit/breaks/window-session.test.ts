/** Issue 13 #10: how the windows run per desktop session, decided before the app is ready. */
import { describe, expect, it } from 'vitest';
import { decideWindowSession, explicitOzonePlatform } from '../../../main/adapters/electron/window-session';
import { promptText } from '../../../main/adapters/electron/notifier-wording';

const argv = ['/usr/lib/unknot/unknot', '.'];

describe('decideWindowSession', () => {
  it('leaves X11, macOS and Windows alone: the break window, shown without focus', () => {
    for (const facts of [
      { platform: 'linux', env: { XDG_SESSION_TYPE: 'x11', DISPLAY: ':0' }, argv },
      { platform: 'linux', env: { DISPLAY: ':0' }, argv },
      // An explicit X11 session wins over a stray WAYLAND_DISPLAY.
      { platform: 'linux', env: { XDG_SESSION_TYPE: 'x11', WAYLAND_DISPLAY: 'wayland-0' }, argv },
      { platform: 'darwin', env: { XDG_SESSION_TYPE: 'wayland' }, argv },
      { platform: 'win32', env: {}, argv },
    ]) {
      expect(decideWindowSession(facts)).toMatchObject({
        ozonePlatform: null,
        nativeWayland: false,
        breakPrompt: 'window',
      });
    }
  });

  it('runs a Wayland session with XWayland under X11, so the window stays on top and unfocused', () => {
    expect(
      decideWindowSession({ platform: 'linux', env: { XDG_SESSION_TYPE: 'wayland', DISPLAY: ':0' }, argv }),
    ).toMatchObject({ ozonePlatform: 'x11', nativeWayland: false, breakPrompt: 'window' });
    // A session that only names a Wayland display counts as Wayland too.
    expect(
      decideWindowSession({ platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0', DISPLAY: ':1' }, argv }),
    ).toMatchObject({ ozonePlatform: 'x11', breakPrompt: 'window' });
  });

  it('prompts by notification on Wayland without XWayland', () => {
    expect(
      decideWindowSession({ platform: 'linux', env: { XDG_SESSION_TYPE: 'wayland', DISPLAY: ' ' }, argv }),
    ).toMatchObject({ ozonePlatform: null, nativeWayland: true, breakPrompt: 'notification' });
  });

  it('respects an explicit --ozone-platform from the person', () => {
    const env = { XDG_SESSION_TYPE: 'wayland', DISPLAY: ':0' };
    expect(decideWindowSession({ platform: 'linux', env, argv: [...argv, '--ozone-platform=wayland'] })).toMatchObject({
      ozonePlatform: null,
      nativeWayland: true,
      breakPrompt: 'notification',
    });
    expect(decideWindowSession({ platform: 'linux', env, argv: [...argv, '--ozone-platform', 'x11'] })).toMatchObject({
      ozonePlatform: null,
      nativeWayland: false,
      breakPrompt: 'window',
    });
  });

  it('reads --ozone-platform in both spellings, and nothing else', () => {
    expect(explicitOzonePlatform(['--ozone-platform=X11'])).toBe('x11');
    expect(explicitOzonePlatform(['--ozone-platform', 'wayland'])).toBe('wayland');
    expect(explicitOzonePlatform(['--ozone-platform-hint=wayland'])).toBeNull();
    expect(explicitOzonePlatform(['--ozone-platform'])).toBeNull();
  });
});

describe('the prompt as a notification', () => {
  it('names the break and says what a click does', () => {
    expect(promptText('stretch')).toEqual({
      title: 'Stretch break now',
      body: 'Click here when you reach a natural stopping point, and the break will open.',
    });
  });
});
