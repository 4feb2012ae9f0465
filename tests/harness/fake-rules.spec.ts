/**
 * Owns the proof that the fake electron enforces the rules the contract runs
 * rely on (before/after ready, one handler per channel, the sandboxed
 * preload's require), so a passing contract run means the bundle kept them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFakeElectron } from './fake-electron';
import { crossWorld, runSandboxedPreload } from './preload-sandbox';

const fresh = () =>
  createFakeElectron({ platform: 'linux', userData: os.tmpdir(), idleSeconds: () => 0, locked: () => false });

describe('the fake electron enforces Electron’s rules', () => {
  it('refuses windows, tray, screen, powerMonitor, session, protocol.handle, Notification and dialogs before ready', async () => {
    const { exports: e, violations } = fresh();
    expect(() => new e.BrowserWindow({})).toThrow(/before the app is ready/);
    expect(() => new e.Tray('icon.png')).toThrow(/before the app is ready/);
    expect(() => e.screen.getAllDisplays()).toThrow(/before the app is ready/);
    expect(() => e.powerMonitor.getSystemIdleTime()).toThrow(/before the app is ready/);
    expect(() => e.powerMonitor.on('suspend', () => undefined)).toThrow(/before the app is ready/);
    expect(() => e.session.defaultSession).toThrow(/before the app is ready/);
    expect(() => e.protocol.handle('app', () => new Response(''))).toThrow(/before the app is ready/);
    expect(() => new e.Notification({ title: 't' })).toThrow(/before the app is ready/);
    await expect(e.dialog.showSaveDialog({})).rejects.toThrow(/before the app is ready/);
    expect(violations).toHaveLength(9);
    e.dialog.showErrorBox('allowed', 'before ready');
    expect(violations).toHaveLength(9);
  });

  it('allows scheme registration and the userData path only before ready', () => {
    const fake = fresh();
    fake.exports.protocol.registerSchemesAsPrivileged([{ scheme: 'app' }]);
    fake.exports.app.setPath('userData', os.tmpdir());
    expect(fake.violations).toEqual([]);
    fake.emitReady();
    expect(() => fake.exports.protocol.registerSchemesAsPrivileged([{ scheme: 'late' }])).toThrow(
      'protocol.registerSchemesAsPrivileged should be called before app is ready',
    );
    fake.exports.app.setPath('userData', os.tmpdir());
    expect(fake.violations.map((v) => v.detail)).toEqual([
      'protocol.registerSchemesAsPrivileged',
      "app.setPath('userData')",
    ]);
  });

  it('allows one ipcMain.handle per channel', () => {
    const fake = fresh();
    fake.exports.ipcMain.handle('pain:add', () => 1);
    expect(() => fake.exports.ipcMain.handle('pain:add', () => 2)).toThrow(
      "Attempted to register a second handler for 'pain:add'",
    );
  });

  it('copies across the context bridge as Electron does: a thrown error keeps only its message', async () => {
    class FieldError extends Error {
      path = ['breaks', 'micro'];
    }
    const page = crossWorld({
      fails: async () => {
        throw new FieldError('Not saved.');
      },
      throwsNow: () => {
        throw new FieldError('at once');
      },
      answers: async () => ({ ok: false, error: { message: 'Not saved.', path: ['breaks', 'micro'] } }),
      nested: { promise: Promise.resolve(1), when: new Date(0) },
    }) as {
      fails(): Promise<unknown>;
      throwsNow(): unknown;
      answers(): Promise<unknown>;
      nested: { promise: unknown; when: unknown };
    };
    const thrown = await page.fails().catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).not.toBeInstanceOf(FieldError);
    expect((thrown as Error).message).toBe('Not saved.');
    expect((thrown as { path?: unknown }).path).toBeUndefined();
    expect(() => page.throwsNow()).toThrow('at once');
    // Data survives whole.
    await expect(page.answers()).resolves.toEqual({
      ok: false,
      error: { message: 'Not saved.', path: ['breaks', 'micro'] },
    });
    // A promise inside an object is dropped; a date is cloned.
    expect(page.nested.promise).toBeUndefined();
    expect(page.nested.when).toEqual(new Date(0));
  });

  it('flags a login item that would start the bare Electron binary (unpackaged, macOS or Windows)', () => {
    const on = (platform: NodeJS.Platform, packaged: boolean, args: string[] = []) => {
      const fake = createFakeElectron({ platform, userData: os.tmpdir(), idleSeconds: () => 0, locked: () => false });
      fake.exports.app.isPackaged = packaged;
      fake.exports.app.setLoginItemSettings({ openAtLogin: true, args });
      fake.exports.app.setLoginItemSettings({ openAtLogin: false, args });
      return fake.violations.map((v) => v.rule);
    };
    expect(on('darwin', false)).toEqual(['bare-electron-login-item']);
    expect(on('win32', false, ['--hidden'])).toEqual(['bare-electron-login-item']);
    // electron.exe with the app's folder starts the app; packaged, the executable is the app.
    expect(on('win32', false, [process.cwd(), '--hidden'])).toEqual([]);
    expect(on('win32', true, ['--hidden'])).toEqual([]);
    expect(on('darwin', true)).toEqual([]);
  });

  it('flags lock-screen listeners on Linux, where Electron never emits them', () => {
    const fake = fresh();
    fake.emitReady();
    fake.exports.powerMonitor.on('lock-screen', () => undefined);
    expect(fake.violations).toEqual([{ rule: 'platform', detail: "powerMonitor 'lock-screen' on Linux" }]);
  });
});

describe('the sandboxed preload runner', () => {
  const preload = (body: string) => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'unknot-preload-')), 'p.cjs');
    fs.writeFileSync(file, body);
    return runSandboxedPreload(file, async () => null);
  };

  it('lets a preload require electron, events, timers and url (node: prefix too)', () => {
    const run = preload(
      `require('events'); require('node:timers'); require('url');
       require('electron').contextBridge.exposeInMainWorld('x', { ok: true });`,
    );
    expect(run.refused).toEqual([]);
    expect(run.exposed.get('x')).toEqual({ ok: true });
  });

  it('refuses every other module, as a sandboxed renderer does', () => {
    for (const id of ['fs', 'node:child_process', 'path', 'better-sqlite3', './other.cjs']) {
      expect(() => preload(`require(${JSON.stringify(id)})`)).toThrow(`module not found: ${id}`);
    }
  });

  it('runs without Node globals such as require.resolve or module paths leaking in', () => {
    const run = preload(
      `require('electron').contextBridge.exposeInMainWorld('g', { fs: typeof globalThis.fs, resolve: typeof require.resolve });`,
    );
    expect(run.exposed.get('g')).toEqual({ fs: 'undefined', resolve: 'undefined' });
  });
});
