/**
 * Owns the "leave this page?" question (a modal dialog) that pages guarding a
 * departure (lib/leave-guard.ts) show: what leaving would do, a way to stay
 * (what Escape does: nothing is lost by staying) and a way to leave after all,
 * and optionally a first, prominent action such as "Save and leave". The
 * prominent button (staying, when there is no other) has focus first.
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
  /** A first, prominent way out that keeps the work (e.g. "Save and leave"). */
  primary?: { label: string; onClick(): void };
}

export function LeaveDialog({ open, title, children, stayLabel, leaveLabel, onStay, onLeave, primary }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      first.current?.focus();
    } else if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="modal leave-dialog"
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
        {primary && (
          <button type="button" className="primary" ref={first} onClick={primary.onClick}>
            {primary.label}
          </button>
        )}
        <button
          type="button"
          className={primary ? undefined : 'primary'}
          ref={primary ? undefined : first}
          onClick={onStay}
        >
          {stayLabel}
        </button>
        <button type="button" onClick={onLeave}>
          {leaveLabel}
        </button>
      </div>
    </dialog>
  );
}
