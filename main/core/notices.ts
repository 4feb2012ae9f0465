/**
 * Owns the notices the app needs to tell the person once (settings reset,
 * Wayland idle, …): collected in main, shown by the renderer, dismissed there.
 */
import type { Notice } from '../../common/ipc/contract';

export interface NoticeBoard {
  add(notice: Notice): void;
  list(): Notice[];
  dismiss(id: string): void;
}

export function createNoticeBoard(initial: Notice[] = []): NoticeBoard {
  const notices = new Map(initial.map((n) => [n.id, n]));
  return {
    add: (notice) => void notices.set(notice.id, notice),
    list: () => [...notices.values()],
    dismiss: (id) => void notices.delete(id),
  };
}
