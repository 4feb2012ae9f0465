import type { UnknotApi } from '@common/ipc/client';

declare global {
  interface Window {
    /** The contract, exposed by the preload (Electron) or the web bridge (browser). */
    unknot: UnknotApi;
  }
}
export {};
