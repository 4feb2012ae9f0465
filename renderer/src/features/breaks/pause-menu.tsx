/**
 * Owns the "Pause ▸" menu button: a short list of how long to pause breaks.
 * Follows the menu-button pattern: Enter/Space/↓ open it on the first choice,
 * ↑/↓ move, Esc closes and returns to the button, Tab or a click outside closes.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { PAUSE_LABELS, PAUSE_MODES, type PauseMode } from '@common/domain/breaks';

export function PauseMenu({ onPause, disabled }: { onPause(mode: PauseMode): void; disabled?: boolean }) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const focusFirst = useRef<'first' | 'last' | null>(null);

  useEffect(() => {
    if (!open) return;
    const items = wrap.current?.querySelectorAll<HTMLElement>('[role="menuitem"]');
    if (focusFirst.current && items?.length) {
      (focusFirst.current === 'first' ? items[0] : items[items.length - 1])?.focus();
    }
    focusFirst.current = null;
    const onPointer = (event: PointerEvent) => {
      if (!wrap.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  function openMenu(at: 'first' | 'last') {
    focusFirst.current = at;
    setOpen(true);
  }

  function onButtonKey(event: KeyboardEvent) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openMenu(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  }

  function onMenuKey(event: KeyboardEvent) {
    const items = [...(wrap.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => items[(to + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(items.length - 1);
    else if (event.key === 'Escape') {
      setOpen(false);
      button.current?.focus();
    } else if (event.key === 'Tab') {
      setOpen(false);
      return;
    } else return;
    event.preventDefault();
  }

  function choose(mode: PauseMode) {
    setOpen(false);
    button.current?.focus();
    onPause(mode);
  }

  return (
    <div className="menu-wrap" ref={wrap}>
      <button
        type="button"
        ref={button}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={disabled}
        onClick={() => (open ? setOpen(false) : openMenu('first'))}
        onKeyDown={onButtonKey}
      >
        Pause breaks <span aria-hidden="true">▸</span>
      </button>
      {open && (
        <ul className="menu" id={menuId} role="menu" aria-label="Pause breaks" onKeyDown={onMenuKey}>
          {PAUSE_MODES.map((mode) => (
            <li role="none" key={mode}>
              <button type="button" role="menuitem" tabIndex={-1} onClick={() => choose(mode)}>
                {PAUSE_LABELS[mode]}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
