/**
 * Owns showing advice from warning signs: one block per triage tier, the most
 * urgent first, in the tier's colour, each saying plainly what to do and why.
 * Right after saving it is announced (role="alert"); shown again later only
 * an emergency is.
 */
import { byTier, type Advice } from '@common/domain/red-flags';
import { forwardRef } from 'react';
import { TierAlert } from '@renderer/ui/tier-alert';

interface Props {
  advice: readonly Advice[];
  announce: boolean;
}

export const AdviceList = forwardRef<HTMLDivElement, Props>(function AdviceList({ advice, announce }, ref) {
  if (advice.length === 0) return null;
  return (
    <div className="advice-list" ref={ref} tabIndex={-1}>
      {byTier(advice).map((a) => (
        <TierAlert
          key={a.tier + a.title}
          tier={a.tier}
          title={a.title}
          announce={announce || undefined}
          className="advice"
        >
          <p>{a.message}</p>
          <p className="advice-because">Because you noted:</p>
          <ul>
            {a.because.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </TierAlert>
      ))}
    </div>
  );
});
