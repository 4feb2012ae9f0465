/**
 * Owns starting Unknot at login on Linux, where Electron's login-item API does
 * nothing: an XDG autostart entry (a .desktop file in ~/.config/autostart, or
 * $XDG_CONFIG_HOME/autostart) written when turned on and removed when turned
 * off. Plain Node (no electron), so it is tested directly on temp folders.
 *
 * Specs followed: the Desktop Application Autostart Specification (a file with
 * Hidden=true is ignored, and desktops record "off" that way) and the Desktop
 * Entry Specification's rules for the Exec key (quoting, %% for a literal %).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { LoginItem } from '../../core/ports';

export const AUTOSTART_FILE_NAME = 'unknot.desktop';

/** Where the person's autostart entries live: $XDG_CONFIG_HOME/autostart, else ~/.config/autostart. */
export function autostartDir(env: Readonly<Record<string, string | undefined>>, home: string): string {
  const configHome = env.XDG_CONFIG_HOME;
  // The base-directory spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
  const base = configHome && path.isAbsolute(configHome) ? configHome : path.join(home, '.config');
  return path.join(base, 'autostart');
}

// Characters that force an argument into double quotes (Desktop Entry Specification, "The Exec key").
const RESERVED = /[\s"'\\><~|&;$*?#()`]/;

/** One Exec argument, quoted when it has to be. */
export function quoteExecArgument(arg: string): string {
  if (arg === '') return '""';
  // Control characters have no spelling in a desktop entry value that every desktop reads the same way.
  if ([...arg].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) {
    throw new Error(`cannot start "${arg}" at login: its path has a control character`);
  }
  const percent = arg.replace(/%/g, '%%');
  if (!RESERVED.test(percent)) return percent;
  return `"${percent.replace(/(["`$\\])/g, '\\$1')}"`;
}

/**
 * The Exec value as written in the file: the quoted command line, then the
 * general string escape (a backslash is written twice), which the reader undoes first.
 */
export function execValue(command: readonly string[]): string {
  if (!command.length) throw new Error('the autostart command is empty');
  return command.map(quoteExecArgument).join(' ').replace(/\\/g, '\\\\');
}

export interface AutostartEntry {
  name: string;
  comment: string;
  /** The program and its arguments, unquoted. */
  command: readonly string[];
  icon: string;
}

export function desktopEntryText(entry: AutostartEntry): string {
  const plain = (value: string) => value.replace(/\\/g, '\\\\').replace(/\r?\n/g, ' ');
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    `Name=${plain(entry.name)}`,
    `Comment=${plain(entry.comment)}`,
    `Exec=${execValue(entry.command)}`,
    `Icon=${plain(entry.icon)}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/**
 * Whether a desktop entry still starts anything: desktops that turn an entry off
 * in their own settings mark it Hidden=true (the spec) or X-GNOME-Autostart-enabled=false.
 */
export function entryStartsAtLogin(text: string): boolean {
  let inMainGroup = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('[')) {
      inMainGroup = line === '[Desktop Entry]';
      continue;
    }
    if (!inMainGroup) continue;
    const eq = line.indexOf('=');
    if (eq < 0) continue;
    const key = line.slice(0, eq).trim();
    const value = line.slice(eq + 1).trim();
    if (key === 'Hidden' && value === 'true') return false;
    if (key === 'X-GNOME-Autostart-enabled' && value === 'false') return false;
  }
  return true;
}

export interface XdgAutostartOptions {
  dir: string;
  entry: () => AutostartEntry;
  fileName?: string;
}

/** The LoginItem port on Linux: the entry file is the whole state, so the desktop's own settings stay in charge. */
export function createXdgAutostart(options: XdgAutostartOptions): LoginItem {
  const file = path.join(options.dir, options.fileName ?? AUTOSTART_FILE_NAME);
  const read = (): string | null => {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  };
  return {
    mode: 'system',
    isEnabled() {
      const text = read();
      return text !== null && entryStartsAtLogin(text);
    },
    setEnabled(enabled) {
      try {
        if (enabled) {
          fs.mkdirSync(options.dir, { recursive: true });
          // Written whole and renamed into place, so a desktop never reads half a file.
          const temp = `${file}.${process.pid}.tmp`;
          fs.writeFileSync(temp, desktopEntryText(options.entry()), { mode: 0o644 });
          fs.renameSync(temp, file);
        } else {
          fs.rmSync(file, { force: true });
        }
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`Could not ${enabled ? 'add' : 'remove'} the autostart entry ${file}: ${reason}`);
      }
    },
  };
}
