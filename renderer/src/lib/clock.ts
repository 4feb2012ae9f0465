/**
 * Owns "now" in the renderer: main's clock as reported by app:info, carried
 * forward at main's speed, so countdowns agree with the engine (and run as fast
 * when the web preview's clock is sped up for tests). Until main has answered,
 * it is this machine's clock.
 */
let base = { mainMs: 0, localMs: 0, speed: 1, known: false };

export function syncClock(mainNowMs: number, speed: number): void {
  base = { mainMs: mainNowMs, localMs: Date.now(), speed, known: true };
}

export function appNow(): number {
  if (!base.known) return Date.now();
  return base.mainMs + (Date.now() - base.localMs) * base.speed;
}

/** How many real milliseconds pass for `ms` of app time (for polling intervals). */
export function realMs(ms: number): number {
  return ms / base.speed;
}
