/**
 * Owns what shows while the first section's code loads (every section is split
 * out of the entry bundle): a calm status line, and no heading, so nothing
 * takes focus or stands in for the section's own heading. Later sections never
 * show it: route changes are transitions that keep the current section up.
 */
export function RouteLoading() {
  return (
    <div className="page-header">
      <p role="status">Opening…</p>
    </div>
  );
}
