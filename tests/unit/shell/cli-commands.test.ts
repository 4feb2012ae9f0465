// The command line's lookup of a command name: only its own commands run. Names every object
// inherits (constructor, __proto__, toString…) are unknown commands, not crashes or silent successes.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../main/cli/index';

afterEach(() => vi.restoreAllMocks());

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void err.push(parts.join(' ')));
  const code = await runCli(args, (line) => out.push(line));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('unknot <command>', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'nope'])(
    'refuses "%s" as an unknown command with the usage text (exit 2)',
    async (name) => {
      const r = await run([name]);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toContain(`unknot: Unknown command "${name}".`);
      expect(r.err).toContain('Usage: unknot <command>');
    },
  );
});
