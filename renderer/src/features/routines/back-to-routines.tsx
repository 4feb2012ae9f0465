/** The "← Routines" link at the top of every Routines sub-page. */
export function BackToRoutines() {
  return (
    <a className="back-link" href="#/routines">
      ← Routines
    </a>
  );
}
