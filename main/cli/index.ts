/**
 * Owns `npm run cli -- <command>` (also the `unknot` bin): parses the command
 * line, runs one command, prints its output, and exits non-zero with a clear
 * message on bad input. Commands grow with the features (export, import,
 * sources, report).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { simulate, TraceError } from './simulator';
import { openDataDir } from './offline-services';
import {
  CSV_TABLES,
  IMPORT_MAX_BYTES,
  ImportError,
  exportAll,
  exportCsv,
  importAll,
  type CsvTable,
} from '../db/data-transfer';
import { rankSources } from '../../common/domain/sources';
import { chestWarning } from '../../common/domain/red-flags';
import { getMuscle } from '../../common/domain/atlas';
import { isRegionId, regionDisplayName } from '../../common/domain/body-regions';
import { currentIsoWeek, isoWeekProblem } from '../../common/domain/iso-week';
import { DATABASE_FILE_NAME } from '../services';
import { reportAsText } from './report-text';

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

Options:
  -h, --help              Show this help.`;

export class UsageError extends Error {}
/** The data folder is not there or holds no Unknot database (nothing is created). */
export class DataDirError extends Error {}

type Command = (args: string[], out: (line: string) => void) => void;

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

/** Opens a data folder that must already hold an Unknot database (read-only commands never create one). */
function openExistingDataDir(dataDir: string) {
  if (!fs.existsSync(dataDir) || !fs.statSync(dataDir).isDirectory()) {
    throw new DataDirError(`The data folder ${dataDir} does not exist.`);
  }
  if (!fs.existsSync(path.join(dataDir, DATABASE_FILE_NAME))) {
    throw new DataDirError(`${dataDir} holds no Unknot data (no ${DATABASE_FILE_NAME}).`);
  }
  return openDataDir(dataDir);
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

  export(args, out) {
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
    const services = openDataDir(dataDir);
    try {
      const text =
        format === 'json'
          ? JSON.stringify(exportAll(services.transfer), null, 2) + '\n'
          : exportCsv(services.transfer, table!);
      fs.writeFileSync(file, text);
      out(`Wrote ${file}`);
    } finally {
      services.close();
    }
  },

  import(args, out) {
    const { values, positionals } = options(args, { 'data-dir': { type: 'string' } });
    const dataDir = required(values['data-dir'], '--data-dir');
    if (positionals.length !== 1) throw new UsageError('import takes exactly one file.');
    const file = positionals[0]!;
    let size: number;
    try {
      size = fs.statSync(file).size;
    } catch {
      throw new UsageError(`Cannot read ${file}.`);
    }
    if (size > IMPORT_MAX_BYTES) {
      throw new ImportError(
        `${file} is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB, so it is not an Unknot export. Nothing was imported.`,
      );
    }
    const services = openDataDir(dataDir);
    try {
      out(JSON.stringify(importAll(services.transfer, fs.readFileSync(file, 'utf8'))));
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

  report(args, out) {
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
    const services = openExistingDataDir(dataDir);
    try {
      const report = services.reports.weekly(week);
      out(format === 'json' ? JSON.stringify(report, null, 2) : reportAsText(report));
    } finally {
      services.close();
    }
  },
};

export function runCli(argv: string[], out: (line: string) => void = console.log): number {
  const [name, ...args] = argv;
  if (!name || name === '-h' || name === '--help' || name === 'help') {
    out(USAGE);
    return name ? 0 : 2;
  }
  // Own commands only: commands.constructor or commands.__proto__ are not commands.
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  try {
    if (!command) throw new UsageError(`Unknown command "${name}".`);
    command(args, out);
    return 0;
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof TraceError ||
      error instanceof ImportError ||
      error instanceof DataDirError
    ) {
      console.error(`unknot: ${error.message}`);
      if (error instanceof UsageError) console.error(`\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}

const isEntry = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isEntry) process.exitCode = runCli(process.argv.slice(2));
