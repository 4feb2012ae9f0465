/**
 * Owns what a toast is, and the rule that a toast belongs to the page it was
 * shown on (ui/toast.tsx applies it on every move to another page). Pure.
 */

export interface ToastSpec {
  message: string;
  actionLabel?: string;
  onAction?: () => void | Promise<void>;
  /** Shown just before the app moves to another page itself: it stays for that one move. */
  followsNavigation?: boolean;
}

/** The toast after the person moves to another page: gone, unless it was shown for that move (then it stays once). */
export function afterNavigation<T extends ToastSpec>(toast: T | null): T | null {
  if (!toast?.followsNavigation) return null;
  return { ...toast, followsNavigation: false };
}
