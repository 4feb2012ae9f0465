/**
 * Owns the native side of Windows' busy state (windows-attention.ts holds the
 * meaning): two calls bound through koffi, a Node-API FFI whose npm tarball
 * carries prebuilt binaries for win32 x64, arm64 and ia32, so nothing is
 * compiled or downloaded at install and its install script need not run.
 *
 * koffi is required only here, only when this is called (main calls it on
 * win32 alone), and every failure (koffi missing or for another platform,
 * a DLL or symbol absent, a call that throws) becomes null: the app then
 * runs as if Windows told nothing.
 */
import { createRequire } from 'node:module';
import type { WindowsShellProbe } from './windows-attention';

/** The part of koffi's API used here (its own types describe the whole module). */
export interface KoffiLike {
  load(path: string): { func(definition: string): (...args: unknown[]) => unknown };
}

// HRESULT SHQueryUserNotificationState(QUERY_USER_NOTIFICATION_STATE *pquns); the enum is a C int.
export const SH_QUERY_USER_NOTIFICATION_STATE = 'long __stdcall SHQueryUserNotificationState(_Out_ int *pquns)';
// NTSTATUS NtQueryWnfStateData(PCWNF_STATE_NAME, PCWNF_TYPE_ID, const VOID *ExplicitScope,
//   PWNF_CHANGE_STAMP, PVOID Buffer, PULONG BufferSize); undocumented, long stable (Windows 10 1803+).
export const NT_QUERY_WNF_STATE_DATA =
  'long __stdcall NtQueryWnfStateData(const uint32_t *stateName, const void *typeId, const void *explicitScope, _Out_ uint32_t *changeStamp, _Out_ uint32_t *buffer, _Inout_ uint32_t *bufferSize)';
/** WNF_SHEL_QUIETHOURS_ACTIVE_PROFILE_CHANGED: the shell's Focus Assist profile, as its two 32-bit halves. */
export const WNF_QUIET_HOURS_PROFILE = [0xa3bf1c75, 0x0d83063e] as const;

const requireHere = createRequire(import.meta.url);

/** koffi itself, or the error that kept it from loading. */
function requireKoffi(): KoffiLike {
  return requireHere('koffi') as KoffiLike;
}

export interface WindowsShellOptions {
  /** koffi's module; tests pass a fake. */
  loadKoffi?: () => KoffiLike;
  log?: (message: string) => void;
}

/** Binds the two calls; null when neither can be bound. */
export function loadWindowsShell(options: WindowsShellOptions = {}): WindowsShellProbe | null {
  const log = options.log ?? (() => undefined);
  let koffi: KoffiLike;
  try {
    koffi = (options.loadKoffi ?? requireKoffi)();
  } catch (error) {
    log(`koffi did not load, so Windows' busy state is not read: ${(error as Error).message}`);
    return null;
  }
  const bind = (dll: string, definition: string) => {
    try {
      return koffi.load(dll).func(definition);
    } catch (error) {
      log(`${dll}: ${(error as Error).message}`);
      return null;
    }
  };
  const query = bind('shell32.dll', SH_QUERY_USER_NOTIFICATION_STATE);
  const wnf = bind('ntdll.dll', NT_QUERY_WNF_STATE_DATA);
  if (!query && !wnf) return null;
  return {
    notificationState() {
      if (!query) return null;
      try {
        const state = [0];
        const hresult = query(state) as number;
        // A failed HRESULT is negative; its output is then not set.
        return hresult >= 0 && Number.isInteger(state[0]) ? state[0]! : null;
      } catch {
        return null;
      }
    },
    focusAssist() {
      if (!wnf) return null;
      try {
        const value = [0];
        const size = [4];
        const status = wnf(Uint32Array.from(WNF_QUIET_HOURS_PROFILE), null, null, [0], value, size) as number;
        // NTSTATUS: negative is an error (the state name unknown on this Windows, say).
        return status >= 0 && size[0] === 4 && Number.isInteger(value[0]) ? value[0]! : null;
      } catch {
        return null;
      }
    },
  };
}
