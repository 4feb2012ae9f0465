/**
 * Owns the BreakNotifier the engine talks to in Electron: the heads-up as a
 * silent native notification (never takes focus), and the prompt itself
 * through the break windows, shown without focus; or, where windows cannot be
 * shown without focus (native Wayland: window-session.ts), as a notification
 * that opens the break window when the person clicks it. Wording lives in
 * notifier-wording.ts.
 */
import type { BreakStatus } from '../../../common/domain/breaks';
import type { BreakNotifier } from '../../core/ports';
import type { BreakWindows } from './break-window';
import type { LiveNotifications } from './live-notifications';
import { preBreakText, promptText } from './notifier-wording';
import type { BreakPromptStyle } from './window-session';

export interface NotifierOptions {
  breakWindows: Pick<BreakWindows, 'showPrompt' | 'closePrompt'>;
  notifications: LiveNotifications;
  iconPath: string;
  /** 'window' unless this session cannot show one without taking focus. */
  promptStyle?: BreakPromptStyle;
  /** The engine's status now (a clicked prompt notification opens what is current, not what was). */
  currentStatus?: () => BreakStatus;
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
      const prompt = status.prompt;
      if (options.promptStyle === 'notification' && prompt) {
        if (prompt.phase === 'prompt') {
          const { title, body } = promptText(prompt.kind);
          const opened = options.notifications.show(
            'break-prompt',
            // Stays until answered: a prompt that timed out unseen would be a break silently missed.
            { title, body, icon: options.iconPath, timeoutType: 'never', urgency: 'normal' },
            () => {
              const now = options.currentStatus?.() ?? status;
              if (now.prompt) options.breakWindows.showPrompt(now, { activate: true });
            },
          );
          if (opened) return;
          // No notifications here at all: the window is the only way to ask.
        }
        // Under way (Start, or a break chosen from the tray): the person's own doing.
        options.notifications.withdraw('break-prompt');
        options.breakWindows.showPrompt(status, { activate: prompt.phase !== 'prompt' });
        return;
      }
      options.breakWindows.showPrompt(status);
    },
    closePrompt() {
      withdraw();
      options.notifications.withdraw('break-prompt');
      options.breakWindows.closePrompt();
    },
  };
}
