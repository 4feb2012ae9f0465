/**
 * Owns `npm run cli -- <command>` (also the `unknot` bin): parses the command
 * line, runs one command, prints its output, and exits non-zero with a clear
 * message on bad input. Commands grow with the features (export, import,
 * sources, report).
 */
import fs from 'node:fs';
import { simulate, TraceError } from '../core/simulator';

const USAGE = `Usage: unknot <command> [options]

Commands:
  simulate <trace.json>   Run the break planner over a scripted day and print
                          one JSON object per line (see README: "Break simulator").

Options:
  -h, --help              Show this help.`;

export class UsageError extends Error {}

type Command = (args: string[], out: (line: string) => void) => void;

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
};

export function runCli(argv: string[], out: (line: string) => void = console.log): number {
  const [name, ...args] = argv;
  if (!name || name === '-h' || name === '--help' || name === 'help') {
    out(USAGE);
    return name ? 0 : 2;
  }
  const command = commands[name];
  try {
    if (!command) throw new UsageError(`Unknown command "${name}".`);
    command(args, out);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof TraceError) {
      console.error(`unknot: ${error.message}`);
      if (error instanceof UsageError) console.error(`\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}

const isEntry = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isEntry) process.exitCode = runCli(process.argv.slice(2));
