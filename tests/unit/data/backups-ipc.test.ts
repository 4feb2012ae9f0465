/**
 * The backups:* channels through the real dispatcher and services: Back up
 * now, the list, a restore (a safety backup first, the data replaced, a notice
 * saying so), opening the folder where the shell can, and arguments that are
 * anything but a backup's name (a path, another file) refused before any handler runs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appSender, openServices, tempDir } from '../helpers';
import { createServices } from '../../../main/services';
import { openConfBacking, settingsFilePath } from '../../../main/adapters/node/conf-backing';
import { APP_ORIGIN } from '../../../main/security/trusted-sender';
import { fakeBreakPorts } from '../helpers';
import type { BackupInfo } from '../../../common/domain/backups';
import { addHistory, dumpTables } from './backup-fixtures';

async function call<T>(s: ReturnType<typeof openServices>, channel: string, args?: unknown): Promise<T> {
  const result = await s.dispatch(appSender, channel, args);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe('backups:* channels', () => {
  it('Back up now, list, and restore: a safety backup first, the data replaced, a notice that says how to undo', async () => {
    const dataDir = tempDir();
    const s = openServices(dataDir);
    await addHistory(s, 2, 1);
    const first = await call<BackupInfo>(s, 'backups:create');
    expect(first.counts).toEqual({ painEntries: 2, checkins: 1, routineSessions: 1 });
    const atFirst = dumpTables(s.db);
    await addHistory(s, 3);
    const listed = await call<{ folder: string; backups: BackupInfo[] }>(s, 'backups:list');
    expect(listed).toEqual({ folder: path.join(dataDir, 'backups'), backups: [first] });

    const result = await call<{ restored: BackupInfo; safety: BackupInfo }>(s, 'backups:restore', {
      name: first.name,
    });
    expect(result.restored).toEqual(first);
    expect(result.safety.counts?.painEntries).toBe(5);
    expect(dumpTables(s.db)).toEqual(atFirst);
    expect((await call<unknown[]>(s, 'pain:list', {})).length).toBe(2);
    const notices = (await call<{ notices: { title: string; message: string }[] }>(s, 'app:info')).notices;
    expect(notices).toEqual([expect.objectContaining({ title: 'Backup restored' })]);
    expect(notices[0]!.message).toContain('2 pain entries, 1 check-in and 1 routine session');
    expect((await call<{ backups: BackupInfo[] }>(s, 'backups:list')).backups.map((b) => b.name)).toEqual(
      [result.safety.name, first.name].sort().reverse(),
    );
  });

  it('refuses anything but a backup’s name, before any handler runs', async () => {
    const dataDir = tempDir();
    const s = openServices(dataDir);
    await addHistory(s, 1);
    const before = dumpTables(s.db);
    for (const name of [
      '../unknot.sqlite',
      '/etc/passwd',
      'unknot.sqlite',
      'backups/unknot-2026-03-01-091500.sqlite',
      'unknot-2026-03-01-091500.sqlite/../../x',
    ]) {
      const result = await s.dispatch(appSender, 'backups:restore', { name });
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/^Not saved\. name: must be the name of a backup/);
    }
    expect(fs.existsSync(path.join(dataDir, 'backups'))).toBe(false); // no safety backup was made
    expect(dumpTables(s.db)).toEqual(before);
  });

  it('a backup that is not there is "not found", and nothing is changed', async () => {
    const s = openServices(tempDir());
    const result = await s.dispatch(appSender, 'backups:restore', { name: 'unknot-2026-03-01-091500.sqlite' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('a damaged backup is refused in plain words and the data stays as it was', async () => {
    const dataDir = tempDir();
    const s = openServices(dataDir);
    await addHistory(s, 2);
    const made = await call<BackupInfo>(s, 'backups:create');
    fs.writeFileSync(path.join(dataDir, 'backups', made.name), 'garbage');
    const before = dumpTables(s.db);
    const result = await s.dispatch(appSender, 'backups:restore', { name: made.name });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: `${made.name} is damaged (file is not a database), so it cannot be restored.`,
      },
    });
    expect(dumpTables(s.db)).toEqual(before);
  });

  it('opens the folder where the shell can, and otherwise hands back its path to show', async () => {
    const web = openServices(tempDir());
    expect(await call(web, 'backups:open-folder')).toEqual({ opened: false, folder: web.backups.folder });

    const dataDir = tempDir();
    const opened: string[] = [];
    const desktop = createServices({
      dataDir,
      shell: 'electron',
      trustedOrigin: () => APP_ORIGIN,
      settingsFile: settingsFilePath(dataDir),
      openSettingsBacking: () => openConfBacking(dataDir),
      openFolder: async (folder) => {
        opened.push(folder);
        return fs.existsSync(folder) ? '' : 'no such folder';
      },
      ...fakeBreakPorts(),
    });
    try {
      expect(await call(desktop, 'backups:open-folder')).toEqual({
        opened: true,
        folder: path.join(dataDir, 'backups'),
      });
      expect(opened).toEqual([path.join(dataDir, 'backups')]);
    } finally {
      desktop.close();
    }
  });
});
