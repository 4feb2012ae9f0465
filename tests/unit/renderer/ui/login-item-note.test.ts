/**
 * What the "start at login" choice says and allows for each kind of copy: the
 * desktop app acts on it, the web preview only remembers it, and a development
 * copy on macOS or Windows (issue 13 #11) can only turn off what an older one left on.
 */
import { describe, expect, it } from 'vitest';
import { loginItemNote } from '@renderer/ui/login-item-note';

describe('loginItemNote', () => {
  it('the desktop app: a plain choice', () => {
    expect(loginItemNote('system', false)).toEqual({ note: '', canChange: true });
    expect(loginItemNote(null, false)).toEqual({ note: '', canChange: true });
  });

  it('the web preview: says the choice is only remembered', () => {
    expect(loginItemNote('recorded', false)).toMatchObject({
      note: expect.stringMatching(/only remembered/),
      canChange: true,
    });
  });

  it('a development copy: says why it cannot start at login; the box only turns an old one off', () => {
    const off = loginItemNote('unavailable', false);
    expect(off.note).toMatch(/development copy of Unknot runs inside Electron itself, so it can’t start at login/);
    expect(off.canChange).toBe(false);
    expect(loginItemNote('unavailable', true).canChange).toBe(true);
  });
});
