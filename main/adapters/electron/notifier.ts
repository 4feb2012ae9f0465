/**
 * Owns the BreakNotifier the engine talks to in Electron: the heads-up as a
 * silent native notification (never takes focus), and the prompt itself
 * through the break windows. Wording lives in notifier-wording.ts.
 */
import type { BreakNotifier } from '../../core/ports';
import type { BreakWindows } from './break-window';
import type { LiveNotifications } from './live-notifications';
import { preBreakText } from './notifier-wording';

export interface NotifierOptions {
  breakWindows: Pick<BreakWindows, 'showPrompt' | 'closePrompt'>;
  notifications: LiveNotifications;
  iconPath: string;
}

export function createBreakNotifier(options: NotifierOptions): BreakNotifier {
  // The heads-up is withdrawn when the prompt opens or closes; until then the registry holds it.
  const withdraw = () => options.notifications.withdraw('heads-up');

  return {
    preBreak(kind, inSeconds) {
      const { title, body } = preBreakText(kind, inSeconds);
      options.notifications.show('heads-up', { title, body, silent: true, icon: options.iconPath });
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
