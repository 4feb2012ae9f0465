import { describe, expect, it } from 'vitest';
import {
  decideLinuxSandbox,
  sandboxFixCommand,
  setuidHelperReady,
  shellQuote,
  usernsRestriction,
  type LinuxSandboxFacts,
} from '../../../scripts/lib/linux-sandbox';

const helperPath = '/home/ana/unknot/node_modules/electron/dist/chrome-sandbox';
const asInstalledByNpm = { uid: 1000, mode: 0o100755 };
const setuidRoot = { uid: 0, mode: 0o104755 };

function facts(overrides: Partial<LinuxSandboxFacts> = {}): LinuxSandboxFacts {
  return {
    apparmorRestrictUserns: null,
    unprivilegedUsernsClone: null,
    maxUserNamespaces: '63000\n',
    helperPath,
    helper: asInstalledByNpm,
    devNoSandbox: false,
    ...overrides,
  };
}

const ubuntu2404 = { apparmorRestrictUserns: '1\n' };

describe('usernsRestriction', () => {
  it('finds nothing on a kernel without the restriction files (Debian, Fedora, WSL)', () => {
    expect(usernsRestriction(facts())).toBeNull();
  });

  it("sees Ubuntu ≥ 23.10's AppArmor restriction", () => {
    expect(usernsRestriction(facts(ubuntu2404))).toMatch(/apparmor_restrict_unprivileged_userns = 1/);
  });

  it('treats the restriction turned off (0) as no restriction', () => {
    expect(usernsRestriction(facts({ apparmorRestrictUserns: '0\n' }))).toBeNull();
  });

  it("sees Debian's older unprivileged_userns_clone = 0 and max_user_namespaces = 0", () => {
    expect(usernsRestriction(facts({ unprivilegedUsernsClone: '0\n' }))).toMatch(/unprivileged_userns_clone = 0/);
    expect(usernsRestriction(facts({ maxUserNamespaces: '0' }))).toMatch(/max_user_namespaces = 0/);
    expect(usernsRestriction(facts({ unprivilegedUsernsClone: '1' }))).toBeNull();
  });
});

describe('setuidHelperReady', () => {
  it('needs root as owner and exactly mode 4755', () => {
    expect(setuidHelperReady(setuidRoot)).toBe(true);
    expect(setuidHelperReady(asInstalledByNpm)).toBe(false);
    expect(setuidHelperReady({ uid: 0, mode: 0o100755 })).toBe(false);
    expect(setuidHelperReady({ uid: 1000, mode: 0o104755 })).toBe(false);
    expect(setuidHelperReady({ uid: 0, mode: 0o104777 })).toBe(false);
    expect(setuidHelperReady(null)).toBe(false);
  });
});

describe('decideLinuxSandbox', () => {
  it('launches with the sandbox when user namespaces are free to use', () => {
    expect(decideLinuxSandbox(facts())).toEqual({ action: 'launch', extraArgs: [] });
  });

  it('launches with the sandbox on a restricted kernel once chrome-sandbox is setuid root', () => {
    expect(decideLinuxSandbox(facts({ ...ubuntu2404, helper: setuidRoot }))).toEqual({
      action: 'launch',
      extraArgs: [],
    });
  });

  it('refuses on Ubuntu 24.04 with an npm-installed chrome-sandbox, naming the cause and the exact fix', () => {
    const decision = decideLinuxSandbox(facts(ubuntu2404));
    expect(decision.action).toBe('refuse');
    if (decision.action !== 'refuse') return;
    expect(decision.reason).toMatch(/restricts unprivileged user namespaces/);
    expect(decision.reason).toMatch(/owner uid 1000, mode 755/);
    expect(decision.reason.split('\n')).toHaveLength(1);
    expect(decision.fix).toBe(`sudo chown root:root ${helperPath} && sudo chmod 4755 ${helperPath}`);
    expect(decision.fallback).toMatch(/^UNKNOT_DEV_NO_SANDBOX=1 npm start/);
  });

  it('says when the helper is missing altogether', () => {
    const decision = decideLinuxSandbox(facts({ ...ubuntu2404, helper: null }));
    expect(decision.action === 'refuse' && decision.reason).toMatch(/chrome-sandbox is missing/);
  });

  it('runs without the sandbox only when asked, and then warns loudly', () => {
    const decision = decideLinuxSandbox(facts({ ...ubuntu2404, devNoSandbox: true }));
    expect(decision.action).toBe('launch-unsandboxed');
    if (decision.action !== 'launch-unsandboxed') return;
    expect(decision.extraArgs).toEqual(['--no-sandbox']);
    expect(decision.warning).toMatch(/WITHOUT the OS sandbox/);
    expect(decision.warning).toMatch(/Development only/);
  });

  it('ignores a leftover opt-out where the sandbox works, and says so', () => {
    for (const f of [facts({ devNoSandbox: true }), facts({ ...ubuntu2404, helper: setuidRoot, devNoSandbox: true })]) {
      const decision = decideLinuxSandbox(f);
      expect(decision).toMatchObject({ action: 'launch', extraArgs: [] });
      expect(decision.action === 'launch' && decision.note).toMatch(/UNKNOT_DEV_NO_SANDBOX is ignored/);
    }
  });
});

describe('running as root', () => {
  it('refuses (Chromium will not sandbox as root) unless the development fallback is asked for', () => {
    const refused = decideLinuxSandbox(facts({ runningAsRoot: true, helper: setuidRoot }));
    expect(refused).toMatchObject({ action: 'refuse', fix: 'run npm start as your own user, not root' });
    expect(decideLinuxSandbox(facts({ runningAsRoot: true, devNoSandbox: true })).action).toBe('launch-unsandboxed');
  });
});

describe('sandboxFixCommand', () => {
  it('quotes a path with spaces or quotes as one shell word', () => {
    expect(shellQuote('/opt/a b/chrome-sandbox')).toBe(`'/opt/a b/chrome-sandbox'`);
    expect(shellQuote("/home/o'neil/x")).toBe(`'/home/o'\\''neil/x'`);
    expect(sandboxFixCommand('/p q/chrome-sandbox')).toBe(
      `sudo chown root:root '/p q/chrome-sandbox' && sudo chmod 4755 '/p q/chrome-sandbox'`,
    );
  });
});
