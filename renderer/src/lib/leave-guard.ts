/**
 * Owns asking before the person leaves a page that would lose or cut short
 * something (a routine under way, unsaved settings). Every way of leaving —
 * a link, Ctrl+1…6, Back, main opening another page — changes the hash, so one
 * hashchange listener sees them all: while a guard is active it puts the
 * address back before the routers hear of the change, and the page asks;
 * `proceed` then goes where the person was going. The decision itself is the
 * pure leaveDecision, unit-tested in Node.
 */
import { useEffect, useRef } from 'react';

export interface LeaveAttempt {
  /** The hash being left, e.g. "#/routines/play/release-upper-trapezius". */
  from: string;
  /** The hash the person asked for. */
  to: string;
  /** Goes to `to` after all, without asking again. */
  proceed(): void;
}

/** Returns true when it holds the person on the page (it will ask, and call proceed if they still want to go). */
export type LeaveGuard = (attempt: LeaveAttempt) => boolean;

/**
 * What to do with a hash change: let it through (a change we made ourselves
 * to proceed, or no guard holds it), or hold it for the guard that asks.
 */
export function leaveDecision(
  change: { from: string; to: string },
  bypass: string | null,
  guards: readonly LeaveGuard[],
  proceed: () => void,
): 'pass' | 'held' {
  if (bypass !== null && bypass === change.to) return 'pass';
  if (change.from === change.to) return 'pass';
  for (const guard of guards) if (guard({ ...change, proceed })) return 'held';
  return 'pass';
}

const guards: LeaveGuard[] = [];
let current = '';
let bypass: string | null = null;
let installed = false;

function onHashChange(event: HashChangeEvent) {
  const to = window.location.hash;
  const from = current;
  const proceed = () => {
    bypass = to;
    window.location.hash = to;
  };
  const decision = leaveDecision({ from, to }, bypass, guards, proceed);
  bypass = null;
  if (decision === 'pass') {
    current = to;
    return;
  }
  // Registered before the routers' own listeners (installLeaveGuard runs when lib/routes loads), so they never
  // hear of it: listeners on the window run in the order they were added, and a router that did hear would
  // unmount the page (and its guard) in the microtask after its listener, before a later listener ran.
  event.stopImmediatePropagation();
  // The address goes back without a new hashchange (replaceState fires none).
  window.history.replaceState(window.history.state, '', from || '#/');
}

/** Starts listening; lib/routes.ts calls it as it loads, before any router listens. */
export function installLeaveGuard(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  current = window.location.hash;
  window.addEventListener('hashchange', onHashChange);
}

/**
 * Holds the person on this page while `active`: `onAttempt` is called with
 * where they were going and a `proceed` to go there after all (e.g. after a
 * confirmation dialog).
 */
export function useLeaveGuard(active: boolean, onAttempt: (attempt: LeaveAttempt) => void): void {
  const latest = useRef(onAttempt);
  useEffect(() => {
    latest.current = onAttempt;
  });
  useEffect(() => {
    installLeaveGuard();
    if (!active) return;
    // The page may have been reached before install (the first render): start from where we are now.
    current = window.location.hash;
    const guard: LeaveGuard = (attempt) => {
      latest.current(attempt);
      return true;
    };
    guards.push(guard);
    return () => {
      const at = guards.indexOf(guard);
      if (at >= 0) guards.splice(at, 1);
    };
  }, [active]);
}
