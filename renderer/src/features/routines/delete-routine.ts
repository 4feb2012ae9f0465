/** Owns deleting one of the person's own routines, with Undo in the toast (undo saves it back). */
import type { Routine } from '@common/domain/content';
import { api, errorMessage } from '@renderer/lib/api';

interface Toast {
  show(spec: {
    message: string;
    actionLabel?: string;
    onAction?: () => void | Promise<void>;
    followsNavigation?: boolean;
  }): void;
}

export async function deleteRoutineWithUndo(
  routine: Routine,
  toast: Toast,
  reload: () => Promise<void>,
): Promise<void> {
  let deleted: Routine;
  try {
    deleted = await api.routines.customDelete({ id: routine.id });
  } catch (error) {
    toast.show({ message: `Could not delete “${routine.title}”: ${errorMessage(error)}` });
    return;
  }
  await reload();
  toast.show({
    message: `Deleted “${deleted.title}”.`,
    actionLabel: 'Undo',
    // Deleting from the editor goes back to the list: the Undo goes with it.
    followsNavigation: true,
    onAction: async () => {
      try {
        await api.routines.customSave({ routine: deleted });
        await reload();
        toast.show({ message: `“${deleted.title}” is back.` });
      } catch (error) {
        toast.show({ message: `Could not restore it: ${errorMessage(error)}` });
      }
    },
  });
}
