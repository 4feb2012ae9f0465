import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../main/security/csp';
import { isNavigationAllowed, isPermissionAllowed } from '../../../main/security/permissions';
import { resolveInside } from '../../../main/security/static-files';
import { isTrustedSender } from '../../../main/security/trusted-sender';
import { defaultDataDir } from '../../../main/data-dir';

const root = path.resolve('/srv/renderer');

describe('resolveInside (app:// and web preview static files)', () => {
  it('maps paths inside the renderer folder', () => {
    expect(resolveInside(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveInside(root, '/assets/index-1.js')).toBe(path.join(root, 'assets/index-1.js'));
    expect(resolveInside(root, '/assets/a%20b.css')).toBe(path.join(root, 'assets/a b.css'));
  });

  for (const attack of [
    '/../package.json',
    '/assets/../../secret',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/..%2f..%2fetc%2fpasswd',
    '/assets%5c..%5c..%5csecret',
    '/%00index.html',
    '/%E0%A4%A',
    '//etc/passwd/..',
  ]) {
    it(`refuses ${attack}`, () => {
      const resolved = resolveInside(root, attack);
      if (resolved !== null) expect(resolved.startsWith(root + path.sep)).toBe(true);
      expect(resolved === null || !resolved.includes('..')).toBe(true);
    });
  }

  it('refuses plain parent traversal outright', () => {
    expect(resolveInside(root, '/../package.json')).toBeNull();
    expect(resolveInside(root, '/..%2fpackage.json')).toBeNull();
  });
});

describe('trusted sender', () => {
  it('accepts only the main frame of our own origin', () => {
    expect(isTrustedSender({ url: 'app://unknot/index.html#/pain', isMainFrame: true }, 'app://unknot')).toBe(true);
    expect(isTrustedSender({ url: 'app://unknot/index.html', isMainFrame: false }, 'app://unknot')).toBe(false);
    expect(isTrustedSender({ url: 'app://other/index.html', isMainFrame: true }, 'app://unknot')).toBe(false);
    expect(isTrustedSender({ url: 'not a url', isMainFrame: true }, 'app://unknot')).toBe(false);
    expect(isTrustedSender({ url: 'http://127.0.0.1:5000/', isMainFrame: true }, 'http://127.0.0.1:5000')).toBe(true);
    expect(isTrustedSender({ url: 'http://127.0.0.1:5001/', isMainFrame: true }, 'http://127.0.0.1:5000')).toBe(false);
  });
});

describe('permissions and navigation', () => {
  it('allows notifications for our pages only, and nothing else', () => {
    expect(isPermissionAllowed('notifications', 'app://unknot/index.html')).toBe(true);
    expect(isPermissionAllowed('notifications', 'https://example.com/')).toBe(false);
    for (const p of ['media', 'geolocation', 'clipboard-read', 'openExternal', 'hid']) {
      expect(isPermissionAllowed(p, 'app://unknot/index.html')).toBe(false);
    }
  });

  it('allows navigation only within app://unknot', () => {
    expect(isNavigationAllowed('app://unknot/index.html#/report')).toBe(true);
    expect(isNavigationAllowed('https://example.com/')).toBe(false);
    expect(isNavigationAllowed('file:///etc/passwd')).toBe(false);
    expect(isNavigationAllowed('app://unknot.evil.com/')).toBe(false);
  });
});

describe('content security policy', () => {
  it('allows no inline or eval script, no remote origin', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
});

describe('default data folder', () => {
  it('matches Electron userData for the app name on each platform', () => {
    expect(defaultDataDir('linux', {}, '/home/ana')).toBe('/home/ana/.config/Unknot');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/x' }, '/home/ana')).toBe('/x/Unknot');
    expect(defaultDataDir('darwin', {}, '/Users/ana')).toBe('/Users/ana/Library/Application Support/Unknot');
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana')).toContain(
      'Unknot',
    );
  });
});
