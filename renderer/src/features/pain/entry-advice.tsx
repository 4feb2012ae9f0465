/**
 * Owns showing red-flag advice about a pain entry: prominent, announced at
 * once, in its triage tier's colour, kind, and clear that the entry is saved
 * and logging goes on as usual.
 */
import type { Advice } from '@common/domain/red-flags';
import { TierAlert } from '@renderer/ui/tier-alert';
import './pain-entry.css';

export function EntryAdvice({ advice }: { advice: Advice }) {
  return (
    <TierAlert tier={advice.tier} title={advice.title} heading="h2" announce className="entry-advice-alert">
      <p>{advice.message}</p>
      {advice.because.length > 0 && (
        <ul className="entry-advice-because">
          {advice.because.map((b) => (
            <li key={b}>{b}</li>
          ))}
        </ul>
      )}
    </TierAlert>
  );
}
