/**
 * Owns the decision of how Unknot's windows run in this desktop session
 * (issue 13 #10), made once before the app is ready. Pure (no electron):
 * index.ts applies it (a Chromium switch, the break prompt's style).
 *
 * Electron 38 and later run natively on Wayland whenever the session says
 * Wayland (XDG_SESSION_TYPE; the old ELECTRON_OZONE_PLATFORM_HINT is gone). There
 * a window cannot keep itself on top (electron#50403), cannot be placed, and
 * showInactive() shows *and focuses* (electron#48436): a break window would pop
 * up under the compositor's rules and take the keyboard mid-sentence. Every
 * window lives in the one browser process, so the break window cannot run under
 * X11 on its own. So:
 *
 * - Wayland with XWayland (DISPLAY is set: GNOME, KDE and most compositors):
 *   the whole app runs under XWayland (`--ozone-platform=x11`, appended before
 *   ready, which Chromium honours where the "hint" is ignored), and the break
 *   window is shown inactive, on top, centred, as on X11;
 * - Wayland without XWayland: native Wayland, and the prompt comes as a
 *   notification (which never takes focus); the break window opens only when
 *   the person clicks it, which is theirs to focus;
 * - an explicit `--ozone-platform=…` on the command line is the person's choice
 *   and wins (wayland: the notification; x11: the window);
 * - X11, macOS and Windows: the window, shown inactive.
 */

export type BreakPromptStyle = 'window' | 'notification';

export interface WindowSessionFacts {
  /** process.platform */
  platform: string;
  env: {
    XDG_SESSION_TYPE?: string | undefined;
    WAYLAND_DISPLAY?: string | undefined;
    DISPLAY?: string | undefined;
  };
  /** process.argv: an explicit --ozone-platform there is respected. */
  argv: readonly string[];
}

export interface WindowSession {
  /** A Chromium switch value to append before ready, or null to leave the platform as it is. */
  ozonePlatform: 'x11' | null;
  /** Whether the windows end up as native Wayland windows (no on-top, no placement, no showing without focus). */
  nativeWayland: boolean;
  breakPrompt: BreakPromptStyle;
  /** One line for the log: what was decided and why. */
  reason: string;
}

/** The session type the way Electron reads it: XDG_SESSION_TYPE, else a WAYLAND_DISPLAY. */
function waylandSession(env: WindowSessionFacts['env']): boolean {
  const type = env.XDG_SESSION_TYPE?.trim().toLowerCase();
  if (type === 'wayland') return true;
  if (type === 'x11') return false;
  return Boolean(env.WAYLAND_DISPLAY?.trim());
}

/** The value of an explicit --ozone-platform=… (or --ozone-platform …) switch, if any. */
export function explicitOzonePlatform(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--ozone-platform=')) return arg.slice('--ozone-platform='.length).trim().toLowerCase();
    if (arg === '--ozone-platform' && argv[i + 1]) return argv[i + 1]!.trim().toLowerCase();
  }
  return null;
}

export function decideWindowSession(facts: WindowSessionFacts): WindowSession {
  if (facts.platform !== 'linux' || !waylandSession(facts.env)) {
    return { ozonePlatform: null, nativeWayland: false, breakPrompt: 'window', reason: 'not a Wayland session' };
  }
  const chosen = explicitOzonePlatform(facts.argv);
  if (chosen === 'x11') {
    return { ozonePlatform: null, nativeWayland: false, breakPrompt: 'window', reason: '--ozone-platform=x11 given' };
  }
  if (chosen === 'wayland') {
    return {
      ozonePlatform: null,
      nativeWayland: true,
      breakPrompt: 'notification',
      reason: '--ozone-platform=wayland given: break prompts come as notifications',
    };
  }
  if (facts.env.DISPLAY?.trim()) {
    return {
      ozonePlatform: 'x11',
      nativeWayland: false,
      breakPrompt: 'window',
      reason: 'Wayland session with XWayland: running under XWayland so the break window can stay on top unfocused',
    };
  }
  return {
    ozonePlatform: null,
    nativeWayland: true,
    breakPrompt: 'notification',
    reason: 'Wayland session without XWayland: break prompts come as notifications',
  };
}
