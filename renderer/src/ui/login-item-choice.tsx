/**
 * Owns the "start with your computer" choice, used by the first run (saved on
 * Continue) and by Settings (saved at once): a checkbox, what it does, and in
 * the web preview the plain fact that only the desktop app can act on it.
 */
import { useId } from 'react';
import type { ResultOf } from '@common/ipc/contract';

export type LoginItemState = ResultOf<'app:login-item'>;

interface Props {
  checked: boolean;
  onChange(checked: boolean): void;
  mode: LoginItemState['mode'] | null;
  disabled?: boolean;
}

export function LoginItemChoice({ checked, onChange, mode, disabled }: Props) {
  const hintId = useId();
  return (
    <div className="login-choice">
      <label className="check">
        <input
          type="checkbox"
          checked={checked}
          disabled={disabled}
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby={hintId}
        />
        Start Unknot when I log in
      </label>
      <p className="hint" id={hintId}>
        It starts quietly in the tray, with its window closed, so breaks are counted from the start of your day.
        {mode === 'recorded' &&
          ' In this browser preview the choice is only remembered: it takes effect in the desktop app.'}
      </p>
    </div>
  );
}
