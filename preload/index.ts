/**
 * Owns window.unknotBridge in Electron: exactly the contract's channels, each one an
 * ipcRenderer.invoke on its own name, resolving with main's CallResult as data.
 * Nothing is thrown across the bridge: contextBridge would rebuild the error from
 * its message alone (a field path or code would be lost), so a failure crosses as
 * the result it already is; the page builds window.unknot from this (renderer/src/lib/api.ts).
 * No raw ipcRenderer, process or Node API crosses the bridge. Bundled as CommonJS
 * because sandboxed preloads require it.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createUnknotBridge } from '@common/ipc/client';
import type { CallResult } from '@common/ipc/result';

contextBridge.exposeInMainWorld(
  'unknotBridge',
  createUnknotBridge((channel, args) => ipcRenderer.invoke(channel, args) as Promise<CallResult<unknown>>),
);
