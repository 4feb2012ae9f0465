/**
 * Owns the renderer's pain-log state: the loaded entries, and add / update /
 * delete-with-undo, shared by Today and the Pain log screen so both stay in step.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { PainEntry, PainEntryInput } from '@common/domain/pain';
import { api, errorMessage } from './api';
import { useToast } from '@renderer/ui/toast';
import { useRefreshOnFocus } from './use-refresh-on-focus';

interface PainLogValue {
  entries: PainEntry[];
  loading: boolean;
  loadError: string | null;
  add(entry: PainEntryInput): Promise<PainEntry>;
  update(id: string, entry: PainEntryInput): Promise<PainEntry>;
  remove(entry: PainEntry): Promise<void>;
  /** Reads the log again (after an import, or changes made in another window). */
  reload(): Promise<void>;
}

const PainLogContext = createContext<PainLogValue | null>(null);
const RECENT_LIMIT = 200;

export function PainLogProvider({ children }: { children: ReactNode }) {
  const [entries, setEntries] = useState<PainEntry[]>([]);
  const [loading, setLoading] = useState(true);
  const [loadError, setLoadError] = useState<string | null>(null);
  const toast = useToast();

  const reload = useCallback(
    () =>
      api.pain.list({ limit: RECENT_LIMIT }).then(
        (loaded) => {
          setEntries(loaded);
          setLoadError(null);
          setLoading(false);
        },
        (error: unknown) => {
          setLoadError(errorMessage(error));
          setLoading(false);
        },
      ),
    [],
  );

  useEffect(() => {
    void reload();
  }, [reload]);
  // The quick-log window saves outside this page.
  useRefreshOnFocus(reload);

  const add = useCallback(
    async (entry: PainEntryInput) => {
      const saved = await api.pain.add({ entry });
      await reload();
      return saved;
    },
    [reload],
  );

  const update = useCallback(
    async (id: string, entry: PainEntryInput) => {
      const saved = await api.pain.update({ id, entry });
      await reload();
      return saved;
    },
    [reload],
  );

  const remove = useCallback(
    async (entry: PainEntry) => {
      const deleted = await api.pain.delete({ id: entry.id });
      await reload();
      toast.show({
        message: 'Pain entry deleted.',
        actionLabel: 'Undo',
        onAction: async () => {
          try {
            await api.pain.restore({ entry: deleted });
            await reload();
            toast.show({ message: 'Entry restored.' });
          } catch (error) {
            toast.show({ message: `Could not restore: ${errorMessage(error)}` });
          }
        },
      });
    },
    [reload, toast],
  );

  const value = useMemo(
    () => ({ entries, loading, loadError, add, update, remove, reload }),
    [entries, loading, loadError, add, update, remove, reload],
  );
  return <PainLogContext.Provider value={value}>{children}</PainLogContext.Provider>;
}

export function usePainLog(): PainLogValue {
  const value = useContext(PainLogContext);
  if (!value) throw new Error('usePainLog must be used inside PainLogProvider');
  return value;
}
