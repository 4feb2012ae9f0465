/**
 * Owns the decision `npm start` makes on Linux before launching Electron from
 * node_modules: can Chromium's OS sandbox start here, and if not, what to tell the
 * developer. Pure (facts in, decision out) so every branch is unit tested; the
 * launcher (scripts/start.ts) only gathers the facts and acts on the result.
 *
 * How Chromium sandboxes on Linux (Electron's and Chromium's docs, linux/sandboxing.md):
 * it first tries the user-namespace sandbox; when unprivileged user namespaces are not
 * available it falls back to the setuid helper `chrome-sandbox`, which must then be owned
 * by root with mode 4755, or Chromium aborts with
 * "FATAL:setuid_sandbox_host.cc … chrome-sandbox is owned by root and has mode 4755".
 * Ubuntu ≥ 23.10 restricts unprivileged user namespaces through AppArmor
 * (kernel.apparmor_restrict_unprivileged_userns=1); older Debian kernels had
 * kernel.unprivileged_userns_clone=0; user.max_user_namespaces=0 turns them off anywhere.
 * An npm install never leaves chrome-sandbox root-owned, so on those hosts the fix is a
 * one-time chown/chmod (the .deb package does the same, or installs an AppArmor profile).
 */

/** What the launcher read from the machine; null where the file does not exist. */
export interface LinuxSandboxFacts {
  /** /proc/sys/kernel/apparmor_restrict_unprivileged_userns (Ubuntu ≥ 23.10). */
  apparmorRestrictUserns: string | null;
  /** /proc/sys/kernel/unprivileged_userns_clone (Debian's older kernels). */
  unprivilegedUsernsClone: string | null;
  /** /proc/sys/user/max_user_namespaces. */
  maxUserNamespaces: string | null;
  /** Absolute path of node_modules/electron/dist/chrome-sandbox. */
  helperPath: string;
  /** Owner and mode of that file (stat), or null when it is missing. */
  helper: { uid: number; mode: number } | null;
  /** The developer asked for the unsandboxed fallback (UNKNOT_DEV_NO_SANDBOX=1). */
  devNoSandbox: boolean;
  /** Started as root (uid 0), e.g. in a container: Chromium will not sandbox as root. */
  runningAsRoot?: boolean;
}

export type SandboxDecision =
  /** Launch as is: Chromium's sandbox can start. `note` is printed when set. */
  | { action: 'launch'; extraArgs: []; note?: string }
  /** Development-only: launch with --no-sandbox and the loud warning. */
  | { action: 'launch-unsandboxed'; extraArgs: ['--no-sandbox']; warning: string }
  /** Do not launch: one line saying why, and the one-time command that fixes it. */
  | { action: 'refuse'; reason: string; fix: string; fallback: string };

export const DEV_NO_SANDBOX_ENV = 'UNKNOT_DEV_NO_SANDBOX';

/** Why unprivileged user namespaces cannot be used, or null when nothing restricts them. */
export function usernsRestriction(facts: LinuxSandboxFacts): string | null {
  const value = (s: string | null) => (s === null ? null : s.trim());
  if (value(facts.apparmorRestrictUserns) === '1') {
    return 'this kernel restricts unprivileged user namespaces (kernel.apparmor_restrict_unprivileged_userns = 1, as on Ubuntu ≥ 23.10)';
  }
  if (value(facts.unprivilegedUsernsClone) === '0') {
    return 'this kernel disables unprivileged user namespaces (kernel.unprivileged_userns_clone = 0)';
  }
  if (value(facts.maxUserNamespaces) === '0') {
    return 'this kernel allows no user namespaces (user.max_user_namespaces = 0)';
  }
  return null;
}

/** The setuid helper is usable when root owns it and its mode is exactly 4755. */
export function setuidHelperReady(helper: LinuxSandboxFacts['helper']): boolean {
  return helper !== null && helper.uid === 0 && (helper.mode & 0o7777) === 0o4755;
}

/** A path as one POSIX shell word (single quotes unless it is plainly safe). */
export function shellQuote(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

export function sandboxFixCommand(helperPath: string): string {
  const p = shellQuote(helperPath);
  return `sudo chown root:root ${p} && sudo chmod 4755 ${p}`;
}

export const NO_SANDBOX_WARNING = [
  '!!! WARNING: starting Electron WITHOUT the OS sandbox (--no-sandbox) because UNKNOT_DEV_NO_SANDBOX=1.',
  '!!! Renderers are then not isolated by the operating system. Development only: never ship or',
  '!!! run a real profile like this; fix chrome-sandbox once instead (the command npm start printed).',
].join('\n');

export function decideLinuxSandbox(facts: LinuxSandboxFacts): SandboxDecision {
  if (facts.runningAsRoot) {
    // Chromium aborts with "Running as root without --no-sandbox is not supported" (crbug.com/638180).
    return facts.devNoSandbox
      ? { action: 'launch-unsandboxed', extraArgs: ['--no-sandbox'], warning: NO_SANDBOX_WARNING }
      : {
          action: 'refuse',
          reason: 'Electron will not start as root with its sandbox on.',
          fix: 'run npm start as your own user, not root',
          fallback: `${DEV_NO_SANDBOX_ENV}=1 npm start   (development only: runs without the OS sandbox)`,
        };
  }
  const restriction = usernsRestriction(facts);
  const sandboxWorks = restriction === null || setuidHelperReady(facts.helper);
  if (sandboxWorks) {
    // An opt-out left in a shell profile must not silently weaken a machine where the sandbox works.
    return facts.devNoSandbox
      ? {
          action: 'launch',
          extraArgs: [],
          note: `${DEV_NO_SANDBOX_ENV} is ignored: Chromium's sandbox works on this machine.`,
        }
      : { action: 'launch', extraArgs: [] };
  }
  if (facts.devNoSandbox) {
    return { action: 'launch-unsandboxed', extraArgs: ['--no-sandbox'], warning: NO_SANDBOX_WARNING };
  }
  const helperState =
    facts.helper === null
      ? 'its setuid helper chrome-sandbox is missing'
      : `its setuid helper chrome-sandbox is not root-owned with mode 4755 (owner uid ${facts.helper.uid}, mode ${(facts.helper.mode & 0o7777).toString(8)})`;
  return {
    action: 'refuse',
    reason: `Electron's sandbox cannot start: ${restriction}, and ${helperState}.`,
    fix: sandboxFixCommand(facts.helperPath),
    fallback: `${DEV_NO_SANDBOX_ENV}=1 npm start   (development only: runs without the OS sandbox)`,
  };
}
