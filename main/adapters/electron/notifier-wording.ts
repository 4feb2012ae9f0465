/**
 * Owns the words of the heads-up notification before a break. Pure (no
 * electron), so notifier.ts stays a thin adapter and the wording is tested.
 */
import { BREAK_KIND_LABELS, type BreakKind } from '../../../common/domain/breaks';

export interface NotificationText {
  title: string;
  body: string;
}

/** "in 10 seconds", "in 1 minute", "in 1 min 30 s" — whole seconds, rounded up. */
export function inHowLong(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  if (s === 0) return 'now';
  if (s < 60) return `in ${s} ${s === 1 ? 'second' : 'seconds'}`;
  const minutes = Math.floor(s / 60);
  const rest = s % 60;
  if (rest === 0) return `in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
  return `in ${minutes} min ${rest} s`;
}

const BODY: Record<BreakKind, string> = {
  micro: 'Come to a natural stopping point. A small window will ask in a moment.',
  stretch: 'Come to a natural stopping point. A small window will ask in a moment.',
  release: 'Your release session is about to start. A small window will ask in a moment.',
};

/** The prompt itself, where it comes as a notification (a Wayland session without XWayland). */
export function promptText(kind: BreakKind): NotificationText {
  return {
    title: `${BREAK_KIND_LABELS[kind]} now`,
    body: 'Click here when you reach a natural stopping point, and the break will open.',
  };
}

export function preBreakText(kind: BreakKind, inSeconds: number): NotificationText {
  return { title: `${BREAK_KIND_LABELS[kind]} ${inHowLong(inSeconds)}`, body: BODY[kind] };
}
