/** A toast belongs to the page it was shown on: what is left of it after a move to another page. */
import { describe, expect, it } from 'vitest';
import { afterNavigation } from '@renderer/ui/toast-navigation';

describe('afterNavigation', () => {
  it('clears a toast when the person goes to another page', () => {
    expect(afterNavigation({ message: 'Pain entry deleted.', actionLabel: 'Undo' })).toBeNull();
    expect(afterNavigation(null)).toBeNull();
  });

  it('keeps a toast shown for the move the app makes, for that one move only', () => {
    const once = afterNavigation({ message: 'Saved “My stretch”.', followsNavigation: true });
    expect(once).toEqual({ message: 'Saved “My stretch”.', followsNavigation: false });
    expect(afterNavigation(once)).toBeNull();
  });
});
