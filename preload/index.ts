/**
 * Owns window.unknot in Electron: exactly the contract's channels, each one an
 * ipcRenderer.invoke on its own name. No raw ipcRenderer, process or Node API
 * crosses the bridge. Bundled as CommonJS because sandboxed preloads require it.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createUnknotApi } from '@common/ipc/client';
import type { CallResult } from '@common/ipc/result';

contextBridge.exposeInMainWorld(
  'unknot',
  createUnknotApi((channel, args) => ipcRenderer.invoke(channel, args) as Promise<CallResult<unknown>>),
);
