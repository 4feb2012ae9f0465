/**
 * Owns showing red-flag advice about a pain entry: prominent, announced at
 * once, kind, and clear that the entry is saved and logging goes on as usual.
 */
import type { Advice } from '@common/domain/red-flags';
import './pain-entry.css';

export function EntryAdvice({ advice }: { advice: Advice }) {
  return (
    <div className={`alert ${advice.level === 'urgent' ? 'error' : 'warning'} entry-advice-alert`} role="alert">
      <h2>{advice.title}</h2>
      <p>{advice.message}</p>
      {advice.because.length > 0 && (
        <ul className="entry-advice-because">
          {advice.because.map((b) => (
            <li key={b}>{b}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
