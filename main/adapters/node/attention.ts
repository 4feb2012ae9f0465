/**
 * Owns what every system's reader of "is the person busy" (issue 13 #9) has in common:
 * the AttentionWatcher shape each one returns (linux-attention.ts over D-Bus,
 * windows-attention.ts through the shell, macos-focus.ts from the Focus files), the
 * answer where a system offers nothing readable, and the switchable source the planner
 * holds while the real reader is still being found (or where none is).
 */
import type { AttentionSource } from '../../core/ports';

export type AttentionSupport = 'supported' | 'unsupported';

/** An AttentionSource with what it can see, for logs, the README's claims and the tests. */
export interface AttentionWatcher extends AttentionSource {
  readonly support: AttentionSupport;
  /** The services that answered. */
  readonly sources: readonly string[];
  stop(): void;
}

/** The port's answer where this system offers nothing Unknot can read: never busy, prompts as before. */
export function unsupportedAttention(): AttentionWatcher {
  return {
    support: 'unsupported',
    sources: [],
    busyNow: () => [],
    onChange: () => () => undefined,
    stop: () => undefined,
  };
}

/** The planner's AttentionSource: whichever watcher is in front (none at first, and where nothing answers). */
export interface SwitchableAttention extends AttentionSource {
  use(watcher: AttentionWatcher | null): void;
  support(): AttentionSupport;
  stop(): void;
}

export function createSwitchableAttention(): SwitchableAttention {
  let current: AttentionWatcher | null = null;
  let stopForward: (() => void) | null = null;
  const listeners = new Set<() => void>();
  const tell = () => {
    for (const listener of listeners) queueMicrotask(listener);
  };
  return {
    busyNow: () => current?.busyNow() ?? [],
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    use(watcher) {
      stopForward?.();
      current?.stop();
      current = watcher;
      stopForward = watcher ? watcher.onChange(tell) : null;
      tell();
    },
    support: () => current?.support ?? 'unsupported',
    stop() {
      stopForward?.();
      current?.stop();
      current = null;
      listeners.clear();
    },
  };
}
