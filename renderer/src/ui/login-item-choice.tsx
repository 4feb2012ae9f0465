/**
 * Owns the "start with your computer" choice, used by the first run (saved on
 * Continue) and by Settings (saved at once): a checkbox, what it does, and in
 * the web preview the plain fact that only the desktop app can act on it
 * (login-item-note.ts words it for each kind of copy).
 */
import { useId } from 'react';
import type { ResultOf } from '@common/ipc/contract';
import { loginItemNote } from './login-item-note';

export type LoginItemState = ResultOf<'app:login-item'>;

interface Props {
  checked: boolean;
  onChange(checked: boolean): void;
  mode: LoginItemState['mode'] | null;
  disabled?: boolean;
}

export function LoginItemChoice({ checked, onChange, mode, disabled }: Props) {
  const hintId = useId();
  const { note, canChange } = loginItemNote(mode, checked);
  return (
    <div className="login-choice">
      <label className="check">
        <input
          type="checkbox"
          checked={checked}
          disabled={disabled || !canChange}
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby={hintId}
        />
        Start Unknot when I log in
      </label>
      <p className="hint" id={hintId}>
        It starts quietly in the tray, with its window closed, so breaks are counted from the start of your day.
        {note && ` ${note}`}
      </p>
    </div>
  );
}
