/**
 * Owns the BreakNotifier for shells without native notifications or a break
 * window (the web preview, tests): the renderer shows prompts by polling status.
 */
import type { BreakNotifier } from '../../core/ports';

export const quietNotifier: BreakNotifier = {
  preBreak: () => undefined,
  showPrompt: () => undefined,
  closePrompt: () => undefined,
};
