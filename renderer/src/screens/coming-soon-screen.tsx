/** Owns the honest placeholder for sections that arrive in later versions. */
export function ComingSoonScreen({ title, children }: { title: string; children: string }) {
  return (
    <>
      <div className="page-header">
        <h1 tabIndex={-1}>{title}</h1>
      </div>
      <section className="card">
        <div className="empty">
          <strong>Not in this version yet.</strong>
          {children}
        </div>
      </section>
    </>
  );
}
