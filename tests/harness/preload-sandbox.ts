/**
 * Owns running the real built preload (out/preload/index.cjs) the way a
 * sandboxed renderer does: as one CommonJS script in its own vm context, with
 * a polyfilled `require` that loads only what Electron's sandbox doc allows —
 * `electron` (its renderer modules contextBridge, crashReporter, ipcRenderer,
 * nativeImage, webFrame, webUtils), `events`, `timers` and `url` (also with the
 * `node:` prefix, Electron ≥ 25) — and the globals it polyfills (Buffer,
 * process, setImmediate, clearImmediate). Anything else throws, as it would
 * in the renderer. contextBridge.exposeInMainWorld is recorded.
 */
import fs from 'node:fs';
import vm from 'node:vm';
import events from 'node:events';
import timers from 'node:timers';
import url from 'node:url';
import type { ContextBridge, IpcRenderer } from 'electron';
import type * as ElectronModule from 'electron';

export const SANDBOX_MODULES = ['electron', 'events', 'timers', 'url'] as const;
export const SANDBOX_ELECTRON_MODULES = [
  'contextBridge',
  'crashReporter',
  'ipcRenderer',
  'nativeImage',
  'webFrame',
  'webUtils',
] as const satisfies readonly (keyof typeof ElectronModule)[];

export interface PreloadRun {
  /** What exposeInMainWorld put on window, by key. */
  exposed: Map<string, unknown>;
  /** Every module the preload asked for, allowed or not. */
  required: string[];
  refused: string[];
}

type Invoke = (channel: string, args: unknown[]) => Promise<unknown>;

export function runSandboxedPreload(preloadFile: string, invoke: Invoke): PreloadRun {
  const source = fs.readFileSync(preloadFile, 'utf8');
  const run: PreloadRun = { exposed: new Map(), required: [], refused: [] };

  const contextBridge = {
    exposeInMainWorld(apiKey: string, api: unknown): void {
      if (run.exposed.has(apiKey))
        throw new Error(`Cannot bind an API on top of an existing property on the window object`);
      run.exposed.set(apiKey, api);
    },
  } satisfies Pick<ContextBridge, 'exposeInMainWorld'>;
  const ipcRenderer = {
    invoke: (channel: string, ...args: unknown[]) => invoke(channel, args),
  } satisfies Pick<IpcRenderer, 'invoke'>;
  const unavailable = (name: string) =>
    new Proxy(
      {},
      {
        get: () => {
          throw new Error(`harness: ${name} is not faked`);
        },
      },
    );
  const electron: Record<(typeof SANDBOX_ELECTRON_MODULES)[number], unknown> = {
    contextBridge,
    ipcRenderer,
    crashReporter: unavailable('crashReporter'),
    nativeImage: unavailable('nativeImage'),
    webFrame: unavailable('webFrame'),
    webUtils: unavailable('webUtils'),
  };
  const builtins: Record<(typeof SANDBOX_MODULES)[number], unknown> = { electron, events, timers, url };

  const sandboxRequire = (id: string): unknown => {
    run.required.push(id);
    const bare = id.startsWith('node:') && id !== 'node:electron' ? id.slice(5) : id;
    if ((SANDBOX_MODULES as readonly string[]).includes(bare)) return builtins[bare as keyof typeof builtins];
    run.refused.push(id);
    throw new Error(`module not found: ${id}`);
  };

  const module = { exports: {} as unknown };
  const context = vm.createContext({
    Buffer,
    process: { platform: process.platform, type: 'renderer', versions: { ...process.versions }, env: {} },
    setImmediate,
    clearImmediate,
    setTimeout,
    clearTimeout,
    console,
  });
  // Electron wraps a sandboxed preload in a function of (require, process, Buffer, global, setImmediate, clearImmediate, exports, module).
  const wrapper = vm.runInContext(
    `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    context,
    { filename: preloadFile },
  ) as (e: unknown, r: typeof sandboxRequire, m: typeof module, f: string, d: string) => void;
  wrapper(module.exports, sandboxRequire, module, preloadFile, '.');
  return run;
}
