/**
 * Owns the "leave this page?" question (a modal dialog) that pages guarding a
 * departure (lib/leave-guard.ts) show: what leaving would do, a way to stay
 * (focused first, and what Escape does: nothing is lost by staying) and a way
 * to leave after all.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import './leave-dialog.css';

interface Props {
  open: boolean;
  title: string;
  children: ReactNode;
  stayLabel: string;
  leaveLabel: string;
  onStay(): void;
  onLeave(): void;
}

export function LeaveDialog({ open, title, children, stayLabel, leaveLabel, onStay, onLeave }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const stay = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      stay.current?.focus();
    } else if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="leave-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape stays: the person is held on the page until they choose to leave.
        event.preventDefault();
        onStay();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div className="leave-dialog-body">{children}</div>
      <div className="actions leave-dialog-actions">
        <button type="button" className="primary" ref={stay} onClick={onStay}>
          {stayLabel}
        </button>
        <button type="button" onClick={onLeave}>
          {leaveLabel}
        </button>
      </div>
    </dialog>
  );
}
