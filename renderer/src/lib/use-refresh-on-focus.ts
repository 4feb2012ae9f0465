/**
 * Owns "look again when the person comes back": runs a reload when the window
 * regains focus or becomes visible, so Today and the pain log show what the
 * quick-log window, an import or the command line changed meanwhile.
 */
import { useEffect, useRef } from 'react';

export function useRefreshOnFocus(reload: () => unknown): void {
  const latest = useRef(reload);
  useEffect(() => {
    latest.current = reload;
  }, [reload]);
  useEffect(() => {
    const run = () => {
      if (document.visibilityState === 'visible') void latest.current();
    };
    window.addEventListener('focus', run);
    document.addEventListener('visibilitychange', run);
    return () => {
      window.removeEventListener('focus', run);
      document.removeEventListener('visibilitychange', run);
    };
  }, []);
}
