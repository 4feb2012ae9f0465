/** Owns the renderer's single door to the outside world: window.unknot, typed from the contract. */
import type { UnknotApi } from '@common/ipc/client';

export const api: UnknotApi = window.unknot;

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
