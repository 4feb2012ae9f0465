/**
 * Owns the one transient message at the bottom of the window (with an optional
 * action such as Undo). It never takes focus; Ctrl/Cmd+Z runs the action too.
 * A message belongs to the page it was shown on: going to another page clears
 * it, unless it was shown for a move the app makes itself (saved, then back to
 * the list), which it follows once.
 */
import { afterNavigation, type ToastSpec } from './toast-navigation';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

interface ToastValue {
  show(spec: ToastSpec): void;
}

const ToastContext = createContext<ToastValue | null>(null);

const VISIBLE_MS = 10_000;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toast, setToast] = useState<(ToastSpec & { key: number }) | null>(null);
  const timer = useRef<number | undefined>(undefined);

  const show = useCallback((spec: ToastSpec) => {
    window.clearTimeout(timer.current);
    setToast({ ...spec, key: Date.now() });
    timer.current = window.setTimeout(() => setToast(null), VISIBLE_MS);
  }, []);

  const runAction = useCallback(() => {
    if (!toast?.onAction) return;
    const action = toast.onAction;
    setToast(null);
    void action();
  }, [toast]);

  useEffect(() => {
    if (!toast?.onAction) return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable]');
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && !typing) {
        event.preventDefault();
        runAction();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toast, runAction]);

  useEffect(() => {
    if (!toast) return;
    const onHash = () => setToast(afterNavigation);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [toast]);

  const value = useMemo(() => ({ show }), [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {toast && (
          <div className="toast" key={toast.key}>
            <span>{toast.message}</span>
            {toast.actionLabel && (
              <button type="button" onClick={runAction}>
                {toast.actionLabel}
              </button>
            )}
          </div>
        )}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastValue {
  const value = useContext(ToastContext);
  if (!value) throw new Error('useToast must be used inside ToastProvider');
  return value;
}
