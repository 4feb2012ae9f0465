import type { UnknotApi, UnknotBridge } from '@common/ipc/client';

declare global {
  interface Window {
    /** The contract as data, exposed by the preload (Electron) or the web bridge (browser): failures resolve too. */
    unknotBridge: UnknotBridge;
    /** The contract as values, built in the page from the bridge (renderer/src/lib/api.ts). */
    unknot: UnknotApi;
  }
}
export {};
