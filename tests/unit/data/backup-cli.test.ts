/**
 * The command line's backup and restore, and its errors: `unknot backup`
 * prints the checked file it wrote; `unknot restore` takes a name or a file,
 * backs up what is there first (or moves a damaged file aside) and refuses a
 * bad backup without changing anything. A damaged or too-new data file gives
 * one line naming the file, what is wrong and what to do — checked on a real
 * spawned CLI, so a stack trace anywhere in its output fails the test.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../main/cli/index';
import { backupNames } from '../../../main/db/backups';
import { LATEST_VERSION } from '../../../main/db/migrations';
import { closeDatabase, openDatabase } from '../../../main/db/open';
import { backupNameAt } from '../../../common/domain/backups';
import { openServices, tempDir } from '../helpers';
import { addHistory, damageDataPages, databaseFileOf, dataDirWithHistory, dumpTables } from './backup-fixtures';

afterEach(() => vi.restoreAllMocks());

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void err.push(parts.join(' ')));
  const code = await runCli(args, (line) => out.push(line));
  vi.restoreAllMocks();
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The real command line in its own process, as a person runs it. */
function spawnCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'main/cli/index.ts', ...args], {
    cwd: process.cwd(),
    encoding: 'utf8',
    env: { ...process.env, UNKNOT_DEBUG: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function dump(dataDir: string) {
  const db = openDatabase(databaseFileOf(dataDir));
  const tables = dumpTables(db);
  closeDatabase(db);
  return tables;
}

describe('unknot backup', () => {
  it('writes a checked backup into the data folder’s backups and prints its path', async () => {
    const dataDir = await dataDirWithHistory(4, 1);
    const before = fs.readFileSync(databaseFileOf(dataDir));
    const r = await run(['backup', '--data-dir', dataDir]);
    expect(r).toMatchObject({ code: 0, err: '' });
    const [name] = backupNames(path.join(dataDir, 'backups'));
    expect(r.out).toBe(path.join(dataDir, 'backups', name!));
    const copy = new Database(r.out, { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM pain_entries').pluck().get()).toBe(4);
    copy.close();
    // Backing up reads the data file; it never writes to it.
    expect(fs.readFileSync(databaseFileOf(dataDir))).toEqual(before);
  });

  it('refuses a folder without Unknot data, creating nothing', async () => {
    const empty = tempDir();
    const r = await run(['backup', '--data-dir', empty]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`unknot: ${empty} holds no Unknot data (no unknot.sqlite).`);
    expect(fs.readdirSync(empty)).toEqual([]);
  });
});

describe('unknot restore', () => {
  it('restores a backup by name, after backing up what is there now', async () => {
    const dataDir = await dataDirWithHistory(3);
    await run(['backup', '--data-dir', dataDir]);
    const [name] = backupNames(path.join(dataDir, 'backups'));
    const atBackup = dump(dataDir);
    const s = openServices(dataDir);
    await addHistory(s, 5);
    s.close();
    const changed = dump(dataDir);

    const r = await run(['restore', name!, '--data-dir', dataDir]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(dump(dataDir)).toEqual(atBackup);
    const safety = backupNames(path.join(dataDir, 'backups')).find((n) => n !== name)!;
    expect(r.out).toBe(
      `Restored ${path.join(dataDir, 'backups', name!)} into ${databaseFileOf(dataDir)}. ` +
        `What was there before is saved as ${path.join(dataDir, 'backups', safety)}.`,
    );
    // The safety backup holds the data as it was just before: restoring it undoes the restore.
    expect((await run(['restore', safety, '--data-dir', dataDir])).code).toBe(0);
    expect(dump(dataDir)).toEqual(changed);
  });

  it('restores a backup file from anywhere over a damaged data file, which is moved aside', async () => {
    const source = await dataDirWithHistory(150);
    await run(['backup', '--data-dir', source]);
    const backupFile = path.join(source, 'backups', backupNames(path.join(source, 'backups'))[0]!);
    const dataDir = await dataDirWithHistory(150);
    damageDataPages(databaseFileOf(dataDir));
    const damaged = fs.readFileSync(databaseFileOf(dataDir));

    const r = await run(['restore', backupFile, '--data-dir', dataDir]);
    expect(r.code).toBe(0);
    const aside = fs.readdirSync(dataDir).find((f) => f.startsWith('unknot.damaged-'))!;
    expect(r.out).toBe(
      `Restored ${backupFile} into ${databaseFileOf(dataDir)}. The damaged file was moved to ${path.join(dataDir, aside)}.`,
    );
    expect(fs.readFileSync(path.join(dataDir, aside))).toEqual(damaged);
    expect(dump(dataDir).pain_entries).toHaveLength(150);
  });

  it('refuses an unknown name, a damaged backup and a newer one, changing nothing', async () => {
    const dataDir = await dataDirWithHistory(150);
    const before = dump(dataDir);
    let r = await run(['restore', 'unknot-2020-01-01-000000.sqlite', '--data-dir', dataDir]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `unknot: unknot-2020-01-01-000000.sqlite: there is no such backup in ${path.join(dataDir, 'backups')} ` +
        'and no such file. Name a backup from that folder, or the path of a backup file.',
    );

    await run(['backup', '--data-dir', dataDir]);
    const [name] = backupNames(path.join(dataDir, 'backups'));
    const file = path.join(dataDir, 'backups', name!);
    damageDataPages(file);
    r = await run(['restore', name!, '--data-dir', dataDir]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      new RegExp(`^unknot: ${file}: the backup is damaged \\(.+\\)\\. Choose another backup; nothing was changed\\.$`),
    );

    const newer = path.join(dataDir, 'backups', backupNameAt(Date.parse('2030-01-01T00:00:00Z')));
    fs.copyFileSync(databaseFileOf(dataDir), newer);
    const raw = new Database(newer);
    raw.pragma('journal_mode = DELETE');
    raw.pragma(`user_version = ${LATEST_VERSION + 3}`);
    raw.close();
    r = await run(['restore', newer, '--data-dir', dataDir]);
    expect(r.err).toBe(
      `unknot: ${newer}: the backup was made by a newer version of Unknot (data version ${LATEST_VERSION + 3}; ` +
        `this version understands up to ${LATEST_VERSION}). Update Unknot to restore it; nothing was changed.`,
    );
    expect(dump(dataDir)).toEqual(before);
    // No safety backups were made for restores that never happened.
    expect(backupNames(path.join(dataDir, 'backups'))).toHaveLength(2);
  });

  it('says how it is used', async () => {
    const r = await run(['restore']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('restore takes exactly one backup');
    expect(r.err).toContain('restore <backup> [--data-dir D]');
  });
});

describe('one line, no stack trace, for a data file that cannot be used', () => {
  it('a text file named unknot.sqlite: the file, what is wrong, and the restore command with the newest backup', async () => {
    const dataDir = await dataDirWithHistory(2);
    await run(['backup', '--data-dir', dataDir]);
    const [name] = backupNames(path.join(dataDir, 'backups'));
    fs.writeFileSync(databaseFileOf(dataDir), 'These are my notes, not a database.\n'.repeat(20));
    const r = spawnCli(['report', '--data-dir', dataDir, '--week', '2026-W10']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `unknot: ${databaseFileOf(dataDir)}: the file is damaged (file is not a database). ` +
        `Restore a backup with "unknot restore ${name} --data-dir ${dataDir}" or move the file aside.\n`,
    );
  });

  it('damaged pages, in every command that opens the data', async () => {
    const dataDir = await dataDirWithHistory(150);
    damageDataPages(databaseFileOf(dataDir));
    for (const args of [
      ['export', '--data-dir', dataDir, '--out', path.join(tempDir(), 'x.json')],
      ['backup', '--data-dir', dataDir],
    ]) {
      const r = spawnCli(args);
      expect(r.status, args[0]).toBe(1);
      expect(r.stderr, args[0]).toMatch(
        new RegExp(
          `^unknot: ${databaseFileOf(dataDir)}: the file is damaged \\(.+\\)\\. ` +
            `Restore a backup with "unknot restore <backup file> --data-dir ${dataDir}" or move the file aside\\.\\n$`,
        ),
      );
    }
  });

  it('a file from a newer Unknot: update, and the file is unchanged', async () => {
    const dataDir = await dataDirWithHistory(1);
    const raw = new Database(databaseFileOf(dataDir));
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    const before = fs.readFileSync(databaseFileOf(dataDir));
    const r = spawnCli(['export', '--data-dir', dataDir, '--out', path.join(tempDir(), 'x.json')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `unknot: ${databaseFileOf(dataDir)}: this file was written by a newer version of Unknot ` +
        `(data version ${LATEST_VERSION + 1}; this version understands up to ${LATEST_VERSION}). ` +
        'Update Unknot to use it; the file has not been changed.\n',
    );
    expect(fs.readFileSync(databaseFileOf(dataDir))).toEqual(before);
  });
});
