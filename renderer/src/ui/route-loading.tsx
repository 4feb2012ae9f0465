/**
 * Owns what shows while a section's code loads (every section is split out of
 * the entry bundle): the section's heading, so arriving by keyboard lands on
 * it, and a calm status line. If that heading had focus, the section takes it
 * over when it replaces this page (TakeOverLoadingFocus, or the section itself).
 */
import { useEffect } from 'react';
let headingHadFocus = false;

export function RouteLoading({ title, status = 'Opening…' }: { title: string; status?: string }) {
  return (
    <div className="page-header">
      <div>
        <h1
          tabIndex={-1}
          onFocus={() => {
            headingHadFocus = true;
          }}
        >
          {title}
        </h1>
        <p role="status">{status}</p>
      </div>
    </div>
  );
}

/** Whether the loading page's heading had focus (asked once, when the Report appears). */
export function takeLoadingFocus(): boolean {
  const had = headingHadFocus;
  headingHadFocus = false;
  return had;
}

/** Rendered after a section inside its Suspense: gives the section's own heading the focus the loading heading had. */
export function TakeOverLoadingFocus() {
  useEffect(() => {
    if (takeLoadingFocus() && document.activeElement === document.body) {
      document.querySelector<HTMLElement>('#main h1')?.focus();
    }
  }, []);
  return null;
}
