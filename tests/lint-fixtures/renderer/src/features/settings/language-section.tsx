// Planted: a translated file showing a bare English sentence (must be reported).
export function Bare() {
  return <p>Saved your language.</p>;
}
