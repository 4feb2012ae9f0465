/**
 * Owns what the "start at login" choice says and allows for each kind of copy
 * (pure, so it is tested without rendering): the desktop app acts on it, the
 * web preview only remembers it, and a development copy on macOS or Windows
 * cannot turn it on (main refuses), so its box only turns off what an older
 * development run left on.
 */
import type { ResultOf } from '@common/ipc/contract';

export type LoginItemMode = ResultOf<'app:login-item'>['mode'];

export function loginItemNote(mode: LoginItemMode | null, checked: boolean): { note: string; canChange: boolean } {
  switch (mode) {
    case 'recorded':
      return {
        note: 'In this browser preview the choice is only remembered: it takes effect in the desktop app.',
        canChange: true,
      };
    case 'unavailable':
      return {
        note: 'This development copy of Unknot runs inside Electron itself, so it can’t start at login; the installed app can.',
        canChange: checked,
      };
    default:
      return { note: '', canChange: true };
  }
}
