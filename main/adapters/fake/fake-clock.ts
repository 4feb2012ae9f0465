/**
 * Owns simulated time for the simulator and tests: a monotonic timeline with
 * timers, and a wall clock that can be made to jump. Nothing here sleeps.
 */
import type { Clock } from '../../core/ports';

interface Timer {
  id: number;
  at: number;
  fn: () => void;
}

export class FakeClock implements Clock {
  private mono = 0;
  private offset: number;
  private timers: Timer[] = [];
  private nextId = 1;
  /** How many timers have fired (the simulator's wake-up count comes from the engine, this is a cross-check). */
  fired = 0;

  constructor(startWallMs: number) {
    this.offset = startWallMs;
  }

  now(): number {
    return this.mono + this.offset;
  }

  monotonic(): number {
    return this.mono;
  }

  setTimer(delayMs: number, fn: () => void): () => void {
    const timer = { id: this.nextId++, at: this.mono + Math.max(0, delayMs), fn };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }

  /** Monotonic time of the earliest pending timer. */
  nextTimerAt(): number | null {
    return this.timers.length ? Math.min(...this.timers.map((t) => t.at)) : null;
  }

  /** Moves time forward to `mono`, firing due timers in order (timers they arm fire too if due). */
  advanceTo(mono: number, { fireTimers = true } = {}): void {
    if (mono < this.mono) throw new Error('time cannot go backwards');
    while (fireTimers) {
      const next = this.timers.filter((t) => t.at <= mono).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!next) break;
      this.mono = Math.max(this.mono, next.at);
      this.timers = this.timers.filter((t) => t !== next);
      this.fired++;
      next.fn();
    }
    this.mono = mono;
  }

  advanceBy(ms: number): void {
    this.advanceTo(this.mono + ms);
  }

  /** The wall clock jumps to `wallMs` (forward or back); monotonic time does not move. */
  jumpWallTo(wallMs: number): void {
    this.offset = wallMs - this.mono;
  }

  /** Monotonic time at which the wall clock will read `wallMs`. */
  monoAtWall(wallMs: number): number {
    return wallMs - this.offset;
  }
}
