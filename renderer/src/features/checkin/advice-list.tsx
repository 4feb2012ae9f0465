/**
 * Owns showing advice from warning signs: urgent advice first and in the
 * strongest colours, each saying plainly to see a clinician and why. Right
 * after saving it is announced (role="alert"); shown again later it is not.
 */
import type { Advice } from '@common/domain/red-flags';
import { forwardRef } from 'react';

interface Props {
  advice: readonly Advice[];
  announce: boolean;
}

export const AdviceList = forwardRef<HTMLDivElement, Props>(function AdviceList({ advice, announce }, ref) {
  if (advice.length === 0) return null;
  const ordered = [...advice].sort((a, b) => Number(b.level === 'urgent') - Number(a.level === 'urgent'));
  return (
    <div className="advice-list" ref={ref} tabIndex={-1}>
      {ordered.map((a) => (
        <div
          key={a.level + a.title}
          className={`alert advice ${a.level === 'urgent' ? 'error' : 'warning'}`}
          data-level={a.level}
          role={announce ? 'alert' : undefined}
        >
          <h3>{a.title}</h3>
          <p>{a.message}</p>
          <p className="advice-because">Because you noted:</p>
          <ul>
            {a.because.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
});
