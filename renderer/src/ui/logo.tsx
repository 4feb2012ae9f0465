/** The Unknot mark: a loose knot easing open. Drawn inline so it needs no asset. */
export function Logo() {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle cx="16" cy="16" r="15" fill="var(--accent)" />
      <path
        d="M8 19c3-7 9-9 12-6s-1 8-5 7-4-7 1-10 9 0 9 0"
        fill="none"
        stroke="var(--accent-contrast)"
        strokeWidth="2.6"
        strokeLinecap="round"
      />
    </svg>
  );
}
