/**
 * Owns reading, on this Linux machine, the facts linux-sandbox.ts decides on: the kernel's
 * user-namespace switches, the owner and mode of Electron's chrome-sandbox, who we run as.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DEV_NO_SANDBOX_ENV, type LinuxSandboxFacts } from './linux-sandbox';

function readOrNull(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** The facts for the Electron binary at `electronBinary` (chrome-sandbox sits next to it). */
export function readLinuxSandboxFacts(
  electronBinary: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): LinuxSandboxFacts {
  const helperPath = path.join(path.dirname(electronBinary), 'chrome-sandbox');
  let helper: LinuxSandboxFacts['helper'] = null;
  try {
    const stat = fs.statSync(helperPath);
    helper = { uid: stat.uid, mode: stat.mode };
  } catch {
    helper = null;
  }
  return {
    apparmorRestrictUserns: readOrNull('/proc/sys/kernel/apparmor_restrict_unprivileged_userns'),
    unprivilegedUsernsClone: readOrNull('/proc/sys/kernel/unprivileged_userns_clone'),
    maxUserNamespaces: readOrNull('/proc/sys/user/max_user_namespaces'),
    helperPath,
    helper,
    devNoSandbox: env[DEV_NO_SANDBOX_ENV] === '1',
    runningAsRoot: process.getuid?.() === 0,
  };
}
