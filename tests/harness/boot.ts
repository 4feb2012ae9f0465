/**
 * Owns starting the real built main bundle (out/main/index.js, unmodified)
 * against the fake electron in this process, as one simulated platform, and
 * handing back the handles a scenario drives: the fake's records, the
 * simulated person (input, away, lock), and renderers (the real sandboxed
 * preload, bound to a window's frame or to a foreign one).
 * One boot per process: run each platform in its own child process.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createUnknotApi, type UnknotBridge } from '../../common/ipc/client';
import { createFakeElectron, type FakeElectron } from './fake-electron';
import { installElectronRedirect } from './hooks';
import { runSandboxedPreload, type PreloadRun } from './preload-sandbox';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const MAIN_BUNDLE = path.join(ROOT, 'out/main/index.js');
export const PRELOAD_BUNDLE = path.join(ROOT, 'out/preload/index.cjs');
export const RENDERER_INDEX = path.join(ROOT, 'out/renderer/index.html');
/** Where the harness's fake clock starts (contract-child.ts installs it). */
export const HARNESS_START = '2026-11-23T09:00:00+01:00';

export interface BootOptions {
  platform: NodeJS.Platform;
  brokenNative?: boolean;
  dataDir?: string;
  /** A stand-in for koffi (see hooks.ts); absent: the real one. */
  koffi?: unknown;
  /** Which button of a message box the person presses (default: the first). */
  answerMessageBox?(buttons: string[]): number;
}

export interface Person {
  /** Input now (keyboard or mouse). */
  input(): void;
  /** Stops touching the computer (idle time starts growing). */
  away(): void;
  lock(): void;
  unlock(): void;
  readonly locked: boolean;
}

export type Api = Record<string, Record<string, (args?: unknown) => Promise<unknown>>>;
export type Bridge = Record<
  string,
  Record<string, (args?: unknown) => Promise<{ ok: boolean; value?: unknown; error?: Record<string, unknown> }>>
>;

export interface Booted {
  fake: FakeElectron;
  person: Person;
  dataDir: string;
  nativeRequests: string[];
  /** Lets promise chains and setImmediate callbacks (page loads, fs reads) run. */
  settle(turns?: number): Promise<void>;
  /**
   * Runs the real preload for a window's main frame, or for a frame with another URL / a subframe.
   * `bridge` is what the page gets through the (modelled) contextBridge; `api` is built from it in
   * the page's world, as renderer/src/lib/api.ts does.
   */
  renderer(target: { windowIndex?: number; url?: string; subframe?: boolean }): PreloadRun & {
    api: Api;
    bridge: Bridge;
  };
}

export async function settle(turns = 20): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

export async function boot(options: BootOptions): Promise<Booted> {
  // The platform branches under test read process.platform; the host stays what it is.
  Object.defineProperty(process, 'platform', { value: options.platform, configurable: true });
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), `unknot-harness-${options.platform}-`));
  process.env.UNKNOT_DATA_DIR = dataDir;

  let lastInput = Date.now();
  let awayFlag = false;
  let locked = false;
  const person: Person = {
    input() {
      awayFlag = false;
      lastInput = Date.now();
    },
    away() {
      if (!awayFlag) lastInput = Date.now();
      awayFlag = true;
    },
    lock() {
      person.away();
      locked = true;
    },
    unlock() {
      locked = false;
      person.input();
    },
    get locked() {
      return locked;
    },
  };

  const fake = createFakeElectron({
    platform: options.platform,
    userData: path.join(os.tmpdir(), 'unknot-harness-default-userData'),
    // Someone at work touches the keyboard every few seconds; away, idle time grows from their last input.
    idleSeconds: () => (awayFlag ? Math.floor((Date.now() - lastInput) / 1000) : 0),
    locked: () => locked,
    answerMessageBox: options.answerMessageBox,
  });
  const nativeRequests: string[] = [];
  installElectronRedirect(fake, {
    brokenNative: options.brokenNative,
    onNative: (u) => nativeRequests.push(u),
    koffi: options.koffi,
  });

  await import(pathToFileURL(MAIN_BUNDLE).href);
  await settle();
  fake.emitReady();
  await settle();

  const renderer: Booted['renderer'] = (target) => {
    const window = fake.windows[target.windowIndex ?? 0];
    if (!window) throw new Error(`no window ${target.windowIndex ?? 0}`);
    const contents = window.webContents;
    // Another origin: the window's main frame navigated elsewhere (for the duration of each call).
    // A subframe: a frame of our own origin that is not the main frame.
    const frame = target.subframe ? fake.newFrame(contents.mainFrame.url) : contents.mainFrame;
    const run = runSandboxedPreload(PRELOAD_BUNDLE, async (channel, args) => {
      if (!target.url) return fake.invoke(contents, frame, channel, args);
      const own = contents.mainFrame.url;
      contents.mainFrame.url = target.url;
      try {
        return await fake.invoke(contents, frame, channel, args);
      } finally {
        contents.mainFrame.url = own;
      }
    });
    const bridge = run.exposed.get('unknotBridge') as Bridge;
    return { ...run, bridge, api: createUnknotApi(bridge as unknown as UnknotBridge) as unknown as Api };
  };

  return { fake, person, dataDir, nativeRequests, settle, renderer };
}
