/**
 * Owns what shows while the Report's code loads (it is split out of the main
 * bundle): the section's heading, so arriving by keyboard lands on it, and a
 * calm status line. If that heading had focus, the Report takes it over when
 * it replaces this page.
 */
let headingHadFocus = false;

export function ReportLoading() {
  return (
    <div className="page-header">
      <div>
        <h1
          tabIndex={-1}
          onFocus={() => {
            headingHadFocus = true;
          }}
        >
          Weekly report
        </h1>
        <p role="status">Opening your report…</p>
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
