#!/usr/bin/env node
// The `unknot` command: runs the bundled CLI (npm run build makes it).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../out/cli/unknot.js', import.meta.url));
if (!existsSync(cli)) {
  console.error('unknot: the command line tool is not built yet. Run `npm run build` in the Unknot folder first.');
  process.exit(2);
}
const { runCli } = await import(cli);
process.exitCode = await runCli(process.argv.slice(2));
