import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../common/domain/settings';
import { recoverSettingsFile } from '../../../main/settings/recover-settings-file';
import { createSettingsStore, memoryBacking } from '../../../main/settings/settings-store';
import { openConfBacking, settingsFilePath } from '../../../main/adapters/node/conf-backing';
import { appSender, openServices, tempDir } from '../helpers';

const NOW = Date.parse('2026-11-21T10:00:00Z');
/** Defaults, for a file that already existed: someone who used Unknot before it had a first run. */
const EXISTING_USER_DEFAULTS = { ...DEFAULT_SETTINGS, firstRun: { completedAt: '2026-11-21T10:00:00+00:00' } };

function asideFiles(dir: string): string[] {
  return fs.readdirSync(dir).filter((f) => f.includes('.corrupt-'));
}

describe('settings file recovery', () => {
  it('uses defaults quietly when there is no file yet', () => {
    const dir = tempDir();
    expect(recoverSettingsFile(settingsFilePath(dir), NOW)).toEqual({ settings: DEFAULT_SETTINGS });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('keeps a valid file as it is', () => {
    const dir = tempDir();
    fs.writeFileSync(settingsFilePath(dir), JSON.stringify({ theme: 'dark' }));
    fs.writeFileSync(settingsFilePath(dir), JSON.stringify({ theme: 'dark', firstRun: { completedAt: null } }));
    expect(recoverSettingsFile(settingsFilePath(dir), NOW)).toEqual({
      settings: { ...DEFAULT_SETTINGS, theme: 'dark' },
    });
    expect(asideFiles(dir)).toEqual([]);
  });

  it('falls back to defaults for a file that is not JSON, keeps the bad file beside it, and says so', () => {
    const dir = tempDir();
    const file = settingsFilePath(dir);
    fs.writeFileSync(file, '{"theme": "dark",,, oops');
    const result = recoverSettingsFile(file, NOW);
    expect(result.settings).toEqual(EXISTING_USER_DEFAULTS);
    expect(result.notice).toMatchObject({ level: 'warning', title: 'Your settings were reset' });
    expect(result.notice?.message).toMatch(/not readable JSON/);
    const [aside] = asideFiles(dir);
    expect(aside).toBe('settings.corrupt-2026-11-21T10-00-00-000Z.json');
    expect(fs.readFileSync(path.join(dir, aside!), 'utf8')).toBe('{"theme": "dark",,, oops');
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(EXISTING_USER_DEFAULTS);
    expect(result.notice?.message).toContain(aside);
  });

  it('keeps the values that are still valid and resets only the broken ones', () => {
    const dir = tempDir();
    const file = settingsFilePath(dir);
    fs.writeFileSync(file, JSON.stringify({ theme: 'dark', mystery: true }));
    expect(recoverSettingsFile(file, NOW).settings).toEqual({ ...EXISTING_USER_DEFAULTS, theme: 'dark' });
    fs.writeFileSync(file, JSON.stringify({ theme: 'neon', firstRun: { completedAt: null } }));
    const result = recoverSettingsFile(file, NOW + 1);
    expect(result.settings).toEqual(DEFAULT_SETTINGS);
    expect(result.notice?.message).toMatch(/these values were not valid: theme/);
    expect(asideFiles(dir)).toHaveLength(2);
  });

  it('treats a JSON value that is not an object as corrupt', () => {
    const dir = tempDir();
    fs.writeFileSync(settingsFilePath(dir), '[1,2,3]');
    const result = recoverSettingsFile(settingsFilePath(dir), NOW);
    expect(result.settings).toEqual(EXISTING_USER_DEFAULTS);
    expect(result.notice?.message).toMatch(/does not hold a settings object/);
  });

  it.each([
    ['{"toString":1}', 'toString', 'system'],
    ['{"constructor":{"x":1}}', 'constructor', 'system'],
    // Data, not a prototype: the theme inside it is not a setting.
    ['{"__proto__":{"theme":"dark"}}', '__proto__', 'system'],
    ['{"hasOwnProperty":null,"valueOf":"x","theme":"dark"}', 'hasOwnProperty', 'dark'],
  ])(
    'sets aside a file with names every object inherits, %s, and starts (they are not settings)',
    (text, key, theme) => {
      const dir = tempDir();
      const file = settingsFilePath(dir);
      fs.writeFileSync(file, text);
      const result = recoverSettingsFile(file, NOW);
      expect(result.settings).toEqual({ ...EXISTING_USER_DEFAULTS, theme });
      expect(Object.getPrototypeOf(result.settings)).toBe(Object.prototype);
      expect(result.notice?.message).toMatch(/it had settings this version does not know/);
      const [aside] = asideFiles(dir);
      expect(fs.readFileSync(path.join(dir, aside!), 'utf8')).toBe(text);
      const rewritten = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
      expect(Object.hasOwn(rewritten, key)).toBe(false);
      // And the next start reads the rewritten file quietly.
      expect(recoverSettingsFile(file, NOW + 1).notice).toBeUndefined();
    },
  );

  it('refuses a settings:update patch with inherited names, and changes nothing', async () => {
    const services = openServices(tempDir());
    const before = services.settings.get();
    for (const patch of ['{"__proto__":{"theme":"dark"}}', '{"constructor":{"x":1}}', '{"toString":1}']) {
      const result = await services.dispatch(appSender, 'settings:update', { patch: JSON.parse(patch) as unknown });
      expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
    expect(services.settings.get()).toEqual(before);
  });

  it('tells the person through app:info when the services start on a corrupt file', async () => {
    const dir = tempDir();
    fs.writeFileSync(settingsFilePath(dir), '\u0000\u0001 not json');
    const services = openServices(dir);
    const info = await services.dispatch(appSender, 'app:info', undefined);
    expect(info).toMatchObject({ ok: true, value: { notices: [{ title: 'Your settings were reset' }] } });
    expect(services.settings.get()).toEqual({ ...DEFAULT_SETTINGS, firstRun: { completedAt: expect.any(String) } });
    const id = info.ok ? (info.value as { notices: { id: string }[] }).notices[0]!.id : '';
    await services.dispatch(appSender, 'app:dismiss-notice', { id });
    expect(await services.dispatch(appSender, 'app:info', undefined)).toMatchObject({ value: { notices: [] } });
  });
});

describe('settings store', () => {
  it('persists a valid change to the real settings file (conf)', () => {
    const dir = tempDir();
    const store = createSettingsStore(openConfBacking(dir));
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    store.update({ theme: 'light' });
    expect(JSON.parse(fs.readFileSync(settingsFilePath(dir), 'utf8'))).toEqual({ ...DEFAULT_SETTINGS, theme: 'light' });
    expect(createSettingsStore(openConfBacking(dir)).get()).toEqual({ ...DEFAULT_SETTINGS, theme: 'light' });
  });

  it('rejects an invalid change and leaves everything as it was', () => {
    const store = createSettingsStore(memoryBacking({ ...DEFAULT_SETTINGS, theme: 'dark' }));
    expect(() => store.update({ theme: 'neon' as never })).toThrow();
    expect(() => store.update({ unknown: 1 } as never)).toThrow();
    expect(store.get()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });

  it('reads and validates the file once; get() is the value in memory, frozen', () => {
    let reads = 0;
    let stored: Record<string, unknown> = { ...DEFAULT_SETTINGS, theme: 'dark' };
    const store = createSettingsStore({
      get store() {
        reads++;
        return stored;
      },
      set store(value) {
        stored = value;
      },
    });
    for (let i = 0; i < 100; i++) expect(store.get().theme).toBe('dark');
    expect(reads).toBe(1);
    expect(store.get()).toBe(store.get());
    expect(Object.isFrozen(store.get().breaks.micro)).toBe(true);
    expect(store.update({ theme: 'light' }).theme).toBe('light');
    expect(stored).toMatchObject({ theme: 'light' });
    expect(reads).toBe(1);
  });

  it('a write that fails leaves the value and tells nobody', () => {
    const store = createSettingsStore({
      get store() {
        return { ...DEFAULT_SETTINGS };
      },
      set store(_value) {
        throw new Error('disk full');
      },
    });
    const seen: string[] = [];
    store.onChange((s) => seen.push(s.theme));
    expect(() => store.update({ theme: 'dark' })).toThrow(/disk full/);
    expect(store.get().theme).toBe(DEFAULT_SETTINGS.theme);
    expect(seen).toEqual([]);
  });

  it('tells listeners about changes', () => {
    const store = createSettingsStore(memoryBacking(DEFAULT_SETTINGS));
    const seen: string[] = [];
    const off = store.onChange((s) => seen.push(s.theme));
    store.update({ theme: 'dark' });
    off();
    store.update({ theme: 'light' });
    expect(seen).toEqual(['dark']);
  });
});

describe('the clinician PDF’s remembered name, date of birth and paper', () => {
  const pdf = (over: Record<string, unknown>) => ({ ...DEFAULT_SETTINGS.clinicianPdf, ...over });

  it('starts empty with the paper following the locale, and keeps what settings:update saves', async () => {
    expect(DEFAULT_SETTINGS.clinicianPdf).toEqual({ name: '', dateOfBirth: null, paper: null });
    const s = openServices();
    const saved = await s.dispatch(appSender, 'settings:update', {
      patch: { clinicianPdf: pdf({ name: '  Alex Example ', dateOfBirth: '1950-01-31', paper: 'Letter' }) },
    });
    expect(saved).toMatchObject({
      ok: true,
      value: { clinicianPdf: { name: 'Alex Example', dateOfBirth: '1950-01-31', paper: 'Letter' } },
    });
    expect(await s.dispatch(appSender, 'settings:get', undefined)).toMatchObject({
      value: { clinicianPdf: { name: 'Alex Example', paper: 'Letter' } },
    });
  });

  it.each([
    [{ dateOfBirth: '1899-12-31' }, 'must be 1900-01-01 or later'],
    [{ dateOfBirth: '1968-02-30' }, 'must be a date like 1980-04-23'],
    [{ name: 'x'.repeat(81) }, 'must be at most 80 characters'],
    [{ paper: 'A3' }, 'paper'],
  ])('refuses %j and changes nothing', async (over, message) => {
    const s = openServices();
    const result = await s.dispatch(appSender, 'settings:update', { patch: { clinicianPdf: pdf(over) } });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).toContain(message);
    expect(await s.dispatch(appSender, 'settings:get', undefined)).toMatchObject({
      value: { clinicianPdf: DEFAULT_SETTINGS.clinicianPdf },
    });
  });
});
