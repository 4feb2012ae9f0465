/** Notes told once: the settings key that remembers "OK, got it", and the note id main uses for the same note. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, IDLE_NOTE_ID, settingsPatchSchema } from '../../../common/domain/settings';
import { IDLE_UNAVAILABLE_NOTICE_ID } from '../../../main/adapters/electron/idle-detection';
import { recoverSettingsFile } from '../../../main/settings/recover-settings-file';
import { settingsFilePath } from '../../../main/adapters/node/conf-backing';
import { tempDir } from '../helpers';

describe('dismissedNotes', () => {
  it('starts empty, and a settings file from before it existed reads as empty', () => {
    expect(DEFAULT_SETTINGS.dismissedNotes).toEqual([]);
    const dir = tempDir();
    fs.writeFileSync(settingsFilePath(dir), JSON.stringify({ theme: 'dark' }));
    expect(recoverSettingsFile(settingsFilePath(dir), Date.now()).settings.dismissedNotes).toEqual([]);
  });

  it('takes note ids, each once', () => {
    expect(settingsPatchSchema.safeParse({ dismissedNotes: [IDLE_NOTE_ID] }).success).toBe(true);
    expect(settingsPatchSchema.safeParse({ dismissedNotes: ['Not an id!'] }).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ dismissedNotes: [IDLE_NOTE_ID, IDLE_NOTE_ID] }).success).toBe(false);
  });

  it('the away-time note on Today and main’s notice are one note', () => {
    expect(IDLE_NOTE_ID).toBe(IDLE_UNAVAILABLE_NOTICE_ID);
  });
});
