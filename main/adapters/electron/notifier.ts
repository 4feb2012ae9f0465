/**
 * Owns the BreakNotifier the engine talks to in Electron: the heads-up as a
 * silent native notification (never takes focus), and the prompt itself
 * through the break windows. Wording lives in notifier-wording.ts.
 */
import { Notification } from 'electron';
import type { BreakNotifier } from '../../core/ports';
import type { BreakWindows } from './break-window';
import { preBreakText } from './notifier-wording';

export interface NotifierOptions {
  breakWindows: Pick<BreakWindows, 'showPrompt' | 'closePrompt'>;
  iconPath: string;
}

export function createBreakNotifier(options: NotifierOptions): BreakNotifier {
  // Held so the heads-up can be withdrawn when the prompt opens (and is not garbage-collected early).
  let headsUp: Notification | null = null;
  const withdraw = () => {
    headsUp?.close();
    headsUp = null;
  };

  return {
    preBreak(kind, inSeconds) {
      withdraw();
      if (!Notification.isSupported()) return;
      const { title, body } = preBreakText(kind, inSeconds);
      headsUp = new Notification({ title, body, silent: true, icon: options.iconPath });
      headsUp.show();
    },
    showPrompt(status) {
      withdraw();
      options.breakWindows.showPrompt(status);
    },
    closePrompt() {
      withdraw();
      options.breakWindows.closePrompt();
    },
  };
}
