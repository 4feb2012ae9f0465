/** Owns applying the theme setting: "system" follows the OS through CSS light-dark(). */
import type { Theme } from '@common/domain/settings';

export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
