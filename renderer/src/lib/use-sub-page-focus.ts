/**
 * Owns landing on the heading when a section moves between its own sub-pages
 * (#/routines → #/routines/play/<id>, #/learn → #/learn/<id>), as moving
 * between sections does, so keyboard and screen-reader users start at the top.
 */
import { useEffect, useRef, type RefObject } from 'react';

export function useSubPageFocus(key: string, root: RefObject<HTMLElement | null>): void {
  const shown = useRef(key);
  useEffect(() => {
    if (shown.current === key) return;
    shown.current = key;
    window.scrollTo(0, 0);
    const container = root.current;
    if (!container) return;
    container.querySelector<HTMLElement>('h1')?.focus();
    // A page that is still loading swaps its heading when it is ready: follow it, unless focus has moved on.
    const observer = new MutationObserver(() => {
      const h1 = container.querySelector<HTMLElement>('h1');
      if (h1 && document.activeElement === document.body) h1.focus();
    });
    observer.observe(container, { childList: true, subtree: true });
    const stop = window.setTimeout(() => observer.disconnect(), 5000);
    return () => {
      observer.disconnect();
      window.clearTimeout(stop);
    };
  }, [key, root]);
}
