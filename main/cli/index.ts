/**
 * Owns `npm run cli -- <command>` (also the `unknot` bin): parses the command
 * line, runs one command, prints its output, and exits non-zero with a clear
 * message on bad input. Commands grow with the features (export, import,
 * sources, report).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { simulate } from './simulator';
import { openDataDir } from './offline-services';
import { CSV_TABLES, type CsvTable } from '../db/data-transfer';
import { runTransferOn } from '../db/transfer-run';
import { rankSources } from '../../common/domain/sources';
import { chestWarning } from '../../common/domain/red-flags';
import { getMuscle } from '../../common/domain/atlas';
import { isRegionId, regionDisplayName } from '../../common/domain/body-regions';
import { currentIsoWeek, isoWeekProblem } from '../../common/domain/iso-week';
import { DATABASE_FILE_NAME } from '../services';
import { reportAsText } from './report-text';
import { DataDirError, UsageError, describeFailure } from './cli-errors';
import { defaultDataDir } from '../data-dir';
import { BACKUP_NAME_PATTERN } from '../../common/domain/backups';
import {
  BackupError,
  backupsDirOf,
  checkDatabaseFile,
  createBackup,
  fileDataVersion,
  restoreBackup,
} from '../db/backups';
import { DatabaseDamagedError, damagedPathFor, isDamageError, moveAside, openCheckedDatabase } from '../db/recovery';
import { LATEST_VERSION, closeDatabase, openDatabase, type Db } from '../db/open';
import Database from 'better-sqlite3';

const USAGE = `Usage: unknot <command> [options]

Commands:
  simulate <trace.json>   Run the break planner over a scripted day and print
                          one JSON object per line (see README: "Break simulator").
  export --data-dir D --out F [--format json|csv] [--table pain|breaks|sessions]
                          Write everything as a versioned JSON file (or one CSV table).
  import --data-dir D F   Add the records of an Unknot JSON export; checks the whole
                          file first, adds nothing twice.
  sources --region ID [--region ID …]
                          Rank the muscles whose trigger points can refer pain to those
                          body regions (possible sources, not a diagnosis).
  report --data-dir D [--week 2026-W47] [--format json|text]
                          Print the weekly pain-trend report of an ISO week (default:
                          this week) as JSON (full precision) or a readable summary.
  backup [--data-dir D]   Write a checked backup into D/backups and print its path
                          (D defaults to the app's own data folder).
  restore <backup> [--data-dir D]
                          Replace the data with a backup: a name from D/backups
                          (unknot-2026-03-01-091500.sqlite) or a backup file. What is
                          there now is backed up first; a damaged file is moved aside.

Options:
  -h, --help              Show this help.`;

export { DataDirError, UsageError };

/** What a run of one command is working on, so an error can name the file. */
interface Session {
  dataFile: string | null;
}

type Command = (args: string[], out: (line: string) => void, session: Session) => void | Promise<void>;

type OptionSpec = NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>;

function options(args: string[], spec: OptionSpec): { values: Record<string, unknown>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args, options: spec, allowPositionals: true, strict: true });
    return { values: values as Record<string, unknown>, positionals };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function required(value: unknown, flag: string): string {
  if (typeof value !== 'string' || !value) throw new UsageError(`${flag} is required.`);
  return value;
}

/** The database file of a data folder that must already hold one (read-only commands never create one). */
function existingDatabaseFile(dataDir: string): string {
  if (!fs.existsSync(dataDir) || !fs.statSync(dataDir).isDirectory()) {
    throw new DataDirError(`The data folder ${dataDir} does not exist.`);
  }
  const file = path.join(path.resolve(dataDir), DATABASE_FILE_NAME);
  if (!fs.existsSync(file)) throw new DataDirError(`${dataDir} holds no Unknot data (no ${DATABASE_FILE_NAME}).`);
  return file;
}

function openExistingDataDir(dataDir: string, session: Session) {
  session.dataFile = existingDatabaseFile(dataDir);
  return openDataDir(dataDir);
}

function openDataDirIn(dataDir: string, session: Session) {
  session.dataFile = path.join(path.resolve(dataDir), DATABASE_FILE_NAME);
  return openDataDir(dataDir);
}

/** The backup and restore commands default to the app's own data folder. */
function dataDirOption(value: unknown): string {
  return path.resolve(typeof value === 'string' && value ? value : defaultDataDir());
}

/**
 * Opens the data file only to read it (a backup must not migrate or otherwise
 * change what it copies), after SQLite's quick check.
 */
function openForReading(file: string): Db {
  let db: Db | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const rows = db.pragma('quick_check') as Record<string, string>[];
    const problem = rows.map((row) => Object.values(row)[0]).find((value) => value !== 'ok');
    if (problem) throw new DatabaseDamagedError(file, problem);
    return db;
  } catch (error) {
    db?.close();
    if (isDamageError(error) && !(error instanceof DatabaseDamagedError)) {
      throw new DatabaseDamagedError(file, (error as Error).message);
    }
    throw error;
  }
}

/** A name in the data folder's backups, or else a file anywhere. */
function backupToRestore(which: string, dataDir: string): string {
  const inFolder = path.join(backupsDirOf(dataDir), which);
  if (BACKUP_NAME_PATTERN.test(which) && fs.existsSync(inFolder)) return inFolder;
  if (fs.existsSync(which) && fs.statSync(which).isFile()) return path.resolve(which);
  throw new BackupError(
    `${which}: there is no such backup in ${backupsDirOf(dataDir)} and no such file. ` +
      `Name a backup from that folder, or the path of a backup file.`,
  );
}

/** Checked before anything is moved or written, so a bad backup changes nothing. */
function refuseUnusableBackup(file: string): void {
  const version = fileDataVersion(file);
  const problem = version === null ? 'it is not an Unknot database' : checkDatabaseFile(file, 'full');
  if (problem) {
    throw new BackupError(`${file}: the backup is damaged (${problem}). Choose another backup; nothing was changed.`);
  }
  if (version! > LATEST_VERSION) {
    throw new BackupError(
      `${file}: the backup was made by a newer version of Unknot (data version ${version}; this version understands ` +
        `up to ${LATEST_VERSION}). Update Unknot to restore it; nothing was changed.`,
    );
  }
}

const commands: Record<string, Command> = {
  simulate(args, out) {
    const [file, ...rest] = args;
    if (!file || rest.length) throw new UsageError('simulate takes exactly one argument: the trace file.');
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      throw new UsageError(`Cannot read the trace file ${file}.`);
    }
    let trace: unknown;
    try {
      trace = JSON.parse(text);
    } catch (error) {
      throw new UsageError(`${file} is not valid JSON: ${(error as Error).message}`);
    }
    for (const line of simulate(trace)) out(JSON.stringify(line));
  },

  export(args, out, session) {
    const { values, positionals } = options(args, {
      'data-dir': { type: 'string' },
      out: { type: 'string' },
      format: { type: 'string', default: 'json' },
      table: { type: 'string' },
    });
    if (positionals.length) throw new UsageError(`export takes no argument "${positionals[0]}".`);
    const dataDir = required(values['data-dir'], '--data-dir');
    const file = required(values.out, '--out');
    const format = values.format;
    if (format !== 'json' && format !== 'csv') throw new UsageError('--format must be json or csv.');
    const table = values.table as CsvTable | undefined;
    if (format === 'csv' && !CSV_TABLES.includes(table as CsvTable)) {
      throw new UsageError(`--table must be one of ${CSV_TABLES.join(', ')} for a CSV export.`);
    }
    const services = openDataDirIn(dataDir, session);
    try {
      const request =
        format === 'json'
          ? ({ kind: 'export', format, file } as const)
          : ({ kind: 'export', format, table: table!, file } as const);
      const outcome = runTransferOn(services.transfer, request, {});
      out(`Wrote ${file} (${outcome.kind === 'export' ? outcome.records : 0} records)`);
    } finally {
      services.close();
    }
  },

  import(args, out, session) {
    const { values, positionals } = options(args, { 'data-dir': { type: 'string' } });
    const dataDir = required(values['data-dir'], '--data-dir');
    if (positionals.length !== 1) throw new UsageError('import takes exactly one file.');
    const file = positionals[0]!;
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new UsageError(`Cannot read ${file}.`);
    const services = openDataDirIn(dataDir, session);
    try {
      const outcome = runTransferOn(services.transfer, { kind: 'import', file }, {});
      if (outcome.kind === 'import') out(JSON.stringify(outcome.summary));
    } finally {
      services.close();
    }
  },

  sources(args, out) {
    const { values, positionals } = options(args, { region: { type: 'string', multiple: true } });
    if (positionals.length) throw new UsageError(`sources takes no argument "${positionals[0]}"; use --region ID.`);
    const regions = (values.region as string[] | undefined) ?? [];
    if (!regions.length)
      throw new UsageError(
        'Name at least one body region with --region ID (ids from resources/content/body-regions.json).',
      );
    const unknown = regions.find((r) => !isRegionId(r));
    if (unknown)
      throw new UsageError(
        `Unknown body region "${unknown}" (ids are in resources/content/body-regions.json, e.g. temple-right).`,
      );
    const ranked = rankSources(regions.map((region) => ({ region, intensity: 1 })));
    const chest = chestWarning(regions);
    out(
      JSON.stringify(
        {
          regions,
          // The heart comes before any muscle for the left chest or the breastbone, as on screen.
          ...(chest ? { warning: { tier: chest.tier, title: chest.title, message: chest.message } } : {}),
          note: ranked.length
            ? 'Possible sources, not a diagnosis: muscles whose trigger points can send pain to these regions (matched), or sit right there (atKnot, a weaker match), best match first.'
            : `No muscle in Unknot's atlas is known to send pain to ${regions.map(regionDisplayName).join(', ')}. If it persists, a clinician can help find out why.`,
          sources: ranked.map((r) => ({
            muscle: r.muscle,
            name: getMuscle(r.muscle)!.name,
            side: r.side,
            matched: r.matched,
            atKnot: r.atKnot,
            score: r.score,
          })),
        },
        null,
        2,
      ),
    );
  },

  report(args, out, session) {
    const { values, positionals } = options(args, {
      'data-dir': { type: 'string' },
      week: { type: 'string' },
      format: { type: 'string', default: 'json' },
    });
    if (positionals.length) throw new UsageError(`report takes no argument "${positionals[0]}".`);
    const dataDir = required(values['data-dir'], '--data-dir');
    const format = values.format;
    if (format !== 'json' && format !== 'text') throw new UsageError('--format must be json or text.');
    const week =
      typeof values.week === 'string'
        ? values.week
        : currentIsoWeek(Date.now(), Intl.DateTimeFormat().resolvedOptions().timeZone);
    const problem = isoWeekProblem(week);
    if (problem) throw new UsageError(`--week: ${problem}.`);
    const services = openExistingDataDir(dataDir, session);
    try {
      const report = services.reports.weekly(week);
      out(format === 'json' ? JSON.stringify(report, null, 2) : reportAsText(report));
    } finally {
      services.close();
    }
  },

  async backup(args, out, session) {
    const { values, positionals } = options(args, { 'data-dir': { type: 'string' } });
    if (positionals.length) throw new UsageError(`backup takes no argument "${positionals[0]}".`);
    const dataDir = dataDirOption(values['data-dir']);
    const file = existingDatabaseFile(dataDir);
    session.dataFile = file;
    const db = openForReading(file);
    try {
      const made = await createBackup(db, backupsDirOf(dataDir), Date.now());
      out(path.join(backupsDirOf(dataDir), made.name));
    } finally {
      db.close();
    }
  },

  async restore(args, out, session) {
    const { values, positionals } = options(args, { 'data-dir': { type: 'string' } });
    if (positionals.length !== 1) {
      throw new UsageError('restore takes exactly one backup: its name in the backups folder, or its file.');
    }
    const dataDir = dataDirOption(values['data-dir']);
    const source = backupToRestore(positionals[0]!, dataDir);
    refuseUnusableBackup(source);
    const file = path.join(dataDir, DATABASE_FILE_NAME);
    session.dataFile = file;
    fs.mkdirSync(dataDir, { recursive: true });
    const said: string[] = [];
    let db: Db;
    if (!fs.existsSync(file)) {
      db = openDatabase(file);
    } else {
      try {
        db = openCheckedDatabase(file);
        // What is there now is backed up first, so a restore can always be undone.
        const safety = await createBackup(db, backupsDirOf(dataDir), Date.now()).catch((error: unknown) => {
          closeDatabase(db);
          throw error;
        });
        said.push(`What was there before is saved as ${path.join(backupsDirOf(dataDir), safety.name)}.`);
      } catch (error) {
        if (!(error instanceof DatabaseDamagedError)) throw error;
        const aside = moveAside(file, damagedPathFor(file, Date.now()));
        said.push(`The damaged file was moved to ${aside}.`);
        db = openDatabase(file);
      }
    }
    try {
      restoreBackup(db, source, dataDir);
    } finally {
      closeDatabase(db);
    }
    out([`Restored ${source} into ${file}.`, ...said].join(' '));
  },
};

/**
 * Runs one command and returns its exit code. Every failure is one line on
 * stderr (see cli-errors.ts); only a usage error adds the usage text.
 */
export async function runCli(argv: string[], out: (line: string) => void = console.log): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '-h' || name === '--help' || name === 'help') {
    out(USAGE);
    return name ? 0 : 2;
  }
  // Own commands only: commands.constructor or commands.__proto__ are not commands.
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  const session: Session = { dataFile: null };
  try {
    if (!command) throw new UsageError(`Unknown command "${name}".`);
    await command(args, out, session);
    return 0;
  } catch (error) {
    const failure = describeFailure(error, session.dataFile);
    console.error(`unknot: ${failure.line}`);
    if (error instanceof UsageError) console.error(`\n${USAGE}`);
    if (process.env.UNKNOT_DEBUG && error instanceof Error) console.error(error.stack);
    return failure.code;
  }
}

const isEntry = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isEntry) process.exitCode = await runCli(process.argv.slice(2));
