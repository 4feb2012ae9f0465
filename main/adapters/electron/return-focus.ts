/**
 * Owns handing focus back when one of our small windows (the break prompt, the
 * quick log) hides, by the pure rule in window-placement.ts: back to our main
 * window if that is where the person was, otherwise leave it to the system.
 */
import { app, type BrowserWindow } from 'electron';
import { focusAfterClose } from './window-placement';

export function returnFocus(smallWindowWasFocused: boolean, previousFocus: BrowserWindow | null): void {
  const previous = previousFocus && !previousFocus.isDestroyed() && previousFocus.isVisible() ? previousFocus : null;
  switch (
    focusAfterClose({
      breakWindowFocused: smallWindowWasFocused,
      previous: previous ? 'ours' : 'other',
      platform: process.platform,
    })
  ) {
    case 'refocus-previous':
      previous?.focus();
      break;
    case 'hide-app':
      app.hide();
      break;
    case 'none':
      break;
  }
}
