/**
 * Owns running the real built preload (out/preload/index.cjs) the way a
 * sandboxed renderer does: as one CommonJS script in its own vm context, with
 * a polyfilled `require` that loads only what Electron's sandbox doc allows —
 * `electron` (its renderer modules contextBridge, crashReporter, ipcRenderer,
 * nativeImage, webFrame, webUtils), `events`, `timers` and `url` (also with the
 * `node:` prefix, Electron ≥ 25) — and the globals it polyfills (Buffer,
 * process, setImmediate, clearImmediate). Anything else throws, as it would
 * in the renderer. contextBridge.exposeInMainWorld is recorded as the page
 * would see it: copied by Electron's rules (crossWorld below), so what does
 * not survive the bridge does not survive here either.
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

/**
 * A value as it arrives in the other world through contextBridge (its docs' table of
 * types): primitives as they are; functions proxied, their arguments and results
 * copied back and forth; a promise proxied only as a function's result (one nested in
 * an object or array is dropped); objects and arrays copied key by key without their
 * prototype; an Error rebuilt from its message alone, so its custom properties are lost
 * (the same for an error thrown by a proxied function, or a promise rejected with one).
 */
export function crossWorld(value: unknown, asResult = false): unknown {
  if (typeof value === 'symbol') throw new TypeError('An object could not be cloned.');
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
  // The preload runs in its own vm realm (its own Object, Promise, Error), so no instanceof here.
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    return (...args: unknown[]) => {
      let out: unknown;
      try {
        out = fn(...args.map((a) => crossWorld(a, true)));
      } catch (error) {
        throw rebuiltError(error);
      }
      return crossWorld(out, true);
    };
  }
  const tag = Object.prototype.toString.call(value);
  if (tag === '[object Promise]') {
    if (!asResult) return undefined;
    return new Promise((resolve, reject) => {
      (value as Promise<unknown>).then(
        (v) => resolve(crossWorld(v)),
        (error: unknown) => reject(rebuiltError(error)),
      );
    });
  }
  if (tag === '[object Error]') return rebuiltError(value);
  if (Array.isArray(value)) return value.map((v) => crossWorld(v));
  const proto = Object.getPrototypeOf(value) as object | null;
  const plain = tag === '[object Object]' && (proto === null || Object.getPrototypeOf(proto) === null);
  if (!plain) {
    // Dates, maps and other cloneable objects are structured-cloned; a class instance loses its prototype.
    try {
      return structuredClone(value);
    } catch {
      /* copied key by key below */
    }
  }
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) copy[k] = crossWorld(v);
  return copy;
}

/** What arrives of a thrown or rejected error: a new Error with its message, nothing else. */
function rebuiltError(error: unknown): Error {
  const message =
    typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
  return new Error(message);
}

export function runSandboxedPreload(preloadFile: string, invoke: Invoke): PreloadRun {
  const source = fs.readFileSync(preloadFile, 'utf8');
  const run: PreloadRun = { exposed: new Map(), required: [], refused: [] };

  const contextBridge = {
    exposeInMainWorld(apiKey: string, api: unknown): void {
      if (run.exposed.has(apiKey))
        throw new Error(`Cannot bind an API on top of an existing property on the window object`);
      run.exposed.set(apiKey, crossWorld(api));
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
