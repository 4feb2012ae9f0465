/**
 * Owns redirecting module resolution for the unmodified built main bundle
 * (Node's in-thread module.registerHooks, which covers import and require):
 * `electron` — from the bundle and from electron-store alike — resolves to
 * the fake on globalThis; better-sqlite3's prebuilt `.node` for the simulated
 * platform resolves to this host's prebuild (the JS branch under test is the
 * platform's, the machine code must be the host's) or, to simulate a broken
 * native module, to a stub that fails to load like a bad binary does; and,
 * when asked, `koffi` to a stand-in on globalThis (Windows' shell calls, whose
 * DLLs this host does not have). Without it the real koffi loads and fails to
 * bind Windows' DLLs here, as an unloadable koffi would.
 */
import { registerHooks } from 'node:module';
import { FAKE_MAIN_EXPORTS, type FakeElectron } from './fake-electron';

const FAKE_KEY = Symbol.for('unknot.harness.electron');
const ELECTRON_URL = 'unknot-harness:electron';
const BROKEN_NATIVE_URL = 'unknot-harness:broken-native';
const KOFFI_KEY = Symbol.for('unknot.harness.koffi');
const KOFFI_URL = 'unknot-harness:koffi';

export interface RedirectOptions {
  /** Make the better-sqlite3 binary fail to load. */
  brokenNative?: boolean;
  /** Told each native file the code asked for (before redirection). */
  onNative?: (url: string) => void;
  /** What `koffi` resolves to instead of the real module. */
  koffi?: unknown;
}

export function installElectronRedirect(fake: FakeElectron, options: RedirectOptions = {}): void {
  (globalThis as Record<symbol, unknown>)[FAKE_KEY] = fake.exports;
  if (options.koffi) (globalThis as Record<symbol, unknown>)[KOFFI_KEY] = options.koffi;
  const hostPrebuild = `prebuilds/${process.arch === 'arm64' ? 'linux-arm64' : 'linux-x64'}.node`;
  const electronSource = [
    `const e = globalThis[Symbol.for('unknot.harness.electron')];`,
    `export default e;`,
    ...FAKE_MAIN_EXPORTS.map((name) => `export const ${name} = e.${name};`),
  ].join('\n');
  registerHooks({
    resolve(specifier, context, next) {
      if (specifier === 'electron') return { url: ELECTRON_URL, format: 'module', shortCircuit: true };
      if (specifier === 'koffi' && options.koffi) return { url: KOFFI_URL, format: 'commonjs', shortCircuit: true };
      const resolved = next(specifier, context);
      if (/\/better-sqlite3\/prebuilds\/[^/]+\.node$/.test(resolved.url)) {
        options.onNative?.(resolved.url);
        if (options.brokenNative) return { url: BROKEN_NATIVE_URL, format: 'commonjs', shortCircuit: true };
        return { ...resolved, url: resolved.url.replace(/prebuilds\/[^/]+\.node$/, hostPrebuild) };
      }
      return resolved;
    },
    load(url, context, next) {
      if (url === ELECTRON_URL) return { format: 'module', source: electronSource, shortCircuit: true };
      if (url === KOFFI_URL) {
        return {
          format: 'commonjs',
          source: `module.exports = globalThis[Symbol.for('unknot.harness.koffi')];`,
          shortCircuit: true,
        };
      }
      if (url === BROKEN_NATIVE_URL) {
        return {
          format: 'commonjs',
          source: `throw new Error('better_sqlite3.node: invalid ELF header (simulated by the contract harness)');`,
          shortCircuit: true,
        };
      }
      return next(url, context);
    },
  });
}
