import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AUTOSTART_FILE_NAME,
  autostartDir,
  createXdgAutostart,
  desktopEntryText,
  entryStartsAtLogin,
  execValue,
  quoteExecArgument,
  type AutostartEntry,
} from '../../../main/adapters/node/xdg-autostart';
import { tempDir } from '../helpers';

const ENTRY: AutostartEntry = {
  name: 'Unknot',
  comment: 'Break reminders',
  command: ['/opt/Unknot/unknot', '--hidden'],
  icon: 'unknot',
};

describe('where the autostart entry goes', () => {
  it('uses $XDG_CONFIG_HOME/autostart, or ~/.config/autostart when it is unset or not absolute', () => {
    expect(autostartDir({ XDG_CONFIG_HOME: '/home/ana/.cfg' }, '/home/ana')).toBe('/home/ana/.cfg/autostart');
    expect(autostartDir({}, '/home/ana')).toBe('/home/ana/.config/autostart');
    expect(autostartDir({ XDG_CONFIG_HOME: '' }, '/home/ana')).toBe('/home/ana/.config/autostart');
    expect(autostartDir({ XDG_CONFIG_HOME: 'relative/cfg' }, '/home/ana')).toBe('/home/ana/.config/autostart');
  });
});

describe('the Exec line', () => {
  it('leaves a plain path alone and quotes one with reserved characters', () => {
    expect(quoteExecArgument('/opt/Unknot/unknot')).toBe('/opt/Unknot/unknot');
    expect(quoteExecArgument('/home/ana/My Apps/Unknot.AppImage')).toBe('"/home/ana/My Apps/Unknot.AppImage"');
    expect(quoteExecArgument("/home/o'neil/unknot")).toBe('"/home/o\'neil/unknot"');
    expect(quoteExecArgument('/tmp/$HOME/"x"/`y`')).toBe('"/tmp/\\$HOME/\\"x\\"/\\`y\\`"');
    expect(quoteExecArgument('')).toBe('""');
  });

  it('doubles % (a literal percent, not a field code)', () => {
    expect(quoteExecArgument('/opt/100%/unknot')).toBe('/opt/100%%/unknot');
  });

  it('writes a backslash in a quoted argument as four, as the spec requires', () => {
    // Quoting turns \ into \\, and the general string escape doubles that again.
    expect(execValue(['/opt/a\\b'])).toBe('"/opt/a\\\\\\\\b"');
    expect(execValue(['/opt/Unknot/unknot', '--hidden'])).toBe('/opt/Unknot/unknot --hidden');
  });

  it('refuses what a desktop entry cannot hold', () => {
    expect(() => quoteExecArgument('/opt/bad\npath')).toThrow(/control character/);
    expect(() => execValue([])).toThrow(/empty/);
  });
});

describe('the desktop entry', () => {
  it('is an Application entry that starts Unknot hidden in the tray', () => {
    const text = desktopEntryText({ ...ENTRY, command: ['/home/ana/Apps/Unknot 1.0.AppImage', '--hidden'] });
    expect(text.split('\n')).toEqual([
      '[Desktop Entry]',
      'Type=Application',
      'Version=1.0',
      'Name=Unknot',
      'Comment=Break reminders',
      'Exec="/home/ana/Apps/Unknot 1.0.AppImage" --hidden',
      'Icon=unknot',
      'Terminal=false',
      'X-GNOME-Autostart-enabled=true',
      '',
    ]);
    expect(entryStartsAtLogin(text)).toBe(true);
  });

  it('counts as off when a desktop turned it off in its own settings', () => {
    const ours = desktopEntryText(ENTRY);
    expect(entryStartsAtLogin(`${ours}Hidden=true\n`)).toBe(false);
    expect(entryStartsAtLogin(ours.replace('X-GNOME-Autostart-enabled=true', 'X-GNOME-Autostart-enabled=false'))).toBe(
      false,
    );
    // Only the main group counts.
    expect(entryStartsAtLogin(`${ours}[Desktop Action x]\nHidden=true\n`)).toBe(true);
  });
});

describe('turning start at login on and off (real files)', () => {
  it('writes the entry, reads it back, and removes it', () => {
    const dir = path.join(tempDir(), 'config', 'autostart'); // does not exist yet
    const item = createXdgAutostart({ dir, entry: () => ENTRY });
    expect(item.mode).toBe('system');
    expect(item.isEnabled()).toBe(false);
    item.setEnabled(true);
    const file = path.join(dir, AUTOSTART_FILE_NAME);
    expect(fs.readFileSync(file, 'utf8')).toBe(desktopEntryText(ENTRY));
    expect(fs.readdirSync(dir)).toEqual([AUTOSTART_FILE_NAME]); // no temp file left behind
    expect(item.isEnabled()).toBe(true);
    item.setEnabled(false);
    expect(fs.existsSync(file)).toBe(false);
    expect(item.isEnabled()).toBe(false);
    item.setEnabled(false); // already off: fine
  });

  it('an entry the desktop hid reads as off, and turning it on again writes a fresh one', () => {
    const dir = tempDir();
    const file = path.join(dir, AUTOSTART_FILE_NAME);
    fs.writeFileSync(file, `${desktopEntryText(ENTRY)}Hidden=true\n`);
    const item = createXdgAutostart({ dir, entry: () => ENTRY });
    expect(item.isEnabled()).toBe(false);
    item.setEnabled(true);
    expect(item.isEnabled()).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).not.toContain('Hidden');
  });

  it('says which file it could not write', () => {
    const blocker = path.join(tempDir(), 'not-a-folder');
    fs.writeFileSync(blocker, '');
    const item = createXdgAutostart({ dir: path.join(blocker, 'autostart'), entry: () => ENTRY });
    expect(() => item.setEnabled(true)).toThrow(/Could not add the autostart entry .*not-a-folder.*unknot\.desktop/);
  });
});
