/**
 * Owns the renderer's single door to the outside world: the bridge the preload
 * or web bridge exposed (window.unknotBridge, every answer a CallResult), and
 * the API built from it here, in the page's own world (window.unknot, values,
 * with failures thrown as UnknotCallError carrying main's message). Code that
 * needs a failure's field path or code takes it from `results`, as data, never
 * from a thrown error.
 */
import { createUnknotApi, type UnknotApi, type UnknotBridge } from '@common/ipc/client';

export const results: UnknotBridge = window.unknotBridge;
export const api: UnknotApi = createUnknotApi(results);
// The same API on window, for the end-to-end tests and the developer console.
window.unknot = api;

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
