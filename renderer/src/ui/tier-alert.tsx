/**
 * Owns how one piece of triage advice looks, wherever it appears (check-in,
 * pain entry, Possible sources, safety stop, report and its PDF): the tier's
 * colour and edge, its title as a heading, the message and the reasons. The
 * words and the order come from common/domain/red-flags.ts; an emergency is
 * always announced at once.
 */
import type { ReactNode } from 'react';
import type { TriageTier } from '@common/domain/red-flags';

export function tierClass(tier: TriageTier): string {
  return `alert tier-${tier}`;
}

interface Props {
  tier: TriageTier;
  title: string;
  /** h2 on a page of its own, h3 inside a card. */
  heading?: 'h2' | 'h3';
  /**
   * Announce as an alert. By default only an emergency is; pass true for advice
   * that just appeared, false for conditional advice read in place ("if this
   * happens, call…").
   */
  announce?: boolean;
  className?: string;
  children: ReactNode;
}

export function TierAlert({ tier, title, heading = 'h3', announce, className, children }: Props) {
  const Heading = heading;
  return (
    <div
      className={`${tierClass(tier)}${className ? ` ${className}` : ''}`}
      data-tier={tier}
      role={(announce ?? tier === 'emergency') ? 'alert' : undefined}
    >
      <Heading>{title}</Heading>
      {children}
    </div>
  );
}
