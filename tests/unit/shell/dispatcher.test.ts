import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../common/ipc/channels';
import { NOTE_MAX_LENGTH } from '../../../common/domain/pain';
import { appSender, countRows, openServices, sampleEntry } from '../helpers';

describe('validated dispatch', () => {
  it('saves a valid entry and lists it', async () => {
    const s = openServices();
    const added = await s.dispatch(appSender, 'pain:add', { entry: sampleEntry() });
    expect(added.ok).toBe(true);
    const listed = await s.dispatch(appSender, 'pain:list', {});
    expect(listed).toMatchObject({ ok: true, value: [{ note: 'after a long call' }] });
  });

  const badCalls: [string, string, unknown, RegExp][] = [
    [
      'intensity 11',
      'pain:add',
      { entry: sampleEntry({ regions: [{ region: 'temple-right', intensity: 11, qualities: [] }] }) },
      /intensity: must be 10 or less/,
    ],
    [
      'negative intensity',
      'pain:add',
      { entry: sampleEntry({ regions: [{ region: 'temple-right', intensity: -1, qualities: [] }] }) },
      /intensity: must be 0 or more/,
    ],
    [
      'fractional intensity',
      'pain:add',
      { entry: sampleEntry({ regions: [{ region: 'temple-right', intensity: 4.5, qualities: [] }] }) },
      /whole number/,
    ],
    [
      'intensity as text',
      'pain:add',
      { entry: sampleEntry({ regions: [{ region: 'temple-right', intensity: '6' as never, qualities: [] }] }) },
      /intensity/,
    ],
    [
      'unknown region',
      'pain:add',
      { entry: sampleEntry({ regions: [{ region: 'temple-middle', intensity: 3, qualities: [] }] }) },
      /unknown body region "temple-middle"/,
    ],
    [
      'oversized note',
      'pain:add',
      { entry: sampleEntry({ note: 'x'.repeat(NOTE_MAX_LENGTH + 1) }) },
      /note: must be at most 2000 characters/,
    ],
    ['no regions', 'pain:add', { entry: sampleEntry({ regions: [] }) }, /pick at least one body region/],
    [
      'region twice',
      'pain:add',
      {
        entry: sampleEntry({
          regions: [
            { region: 'calf-left', intensity: 3, qualities: [] },
            { region: 'calf-left', intensity: 4, qualities: [] },
          ],
        }),
      },
      /twice/,
    ],
    [
      'unknown quality',
      'pain:add',
      { entry: sampleEntry({ regions: [{ region: 'calf-left', intensity: 3, qualities: ['itchy' as never] }] }) },
      /qualities/,
    ],
    ['time without offset', 'pain:add', { entry: sampleEntry({ at: '2026-11-16T09:30:00' }) }, /UTC offset/],
    ['impossible date', 'pain:add', { entry: sampleEntry({ at: '2026-02-30T09:30:00+01:00' }) }, /UTC offset/],
    ['extra field', 'pain:add', { entry: { ...sampleEntry(), mood: 3 } }, /Not saved/],
    ['wrong argument type', 'pain:add', 'hello', /Not saved/],
    ['missing arguments', 'pain:add', undefined, /Not saved/],
    ['null entry', 'pain:add', { entry: null }, /Not saved/],
    ['array instead of object', 'pain:add', [sampleEntry()], /Not saved/],
    ['bad id on update', 'pain:update', { id: '../../../etc', entry: sampleEntry() }, /id/],
    ['bad id on delete', 'pain:delete', { id: 42 }, /Not saved/],
    ['unknown setting', 'settings:update', { patch: { volume: 11 } }, /Not saved/],
    ['invalid theme', 'settings:update', { patch: { theme: 'neon' } }, /theme/],
    ['unknown channel', 'pain:drop-table', {}, /Unknown request/],
    ['non-string channel', 42 as unknown as string, {}, /Unknown request/],
  ];

  for (const [what, channel, args, message] of badCalls) {
    it(`rejects ${what} with a clear error and writes nothing`, async () => {
      const s = openServices();
      const first = await s.dispatch(appSender, 'pain:add', { entry: sampleEntry() });
      expect(first.ok).toBe(true);
      const settingsBefore = s.settings.get();

      const result = await s.dispatch(appSender, channel, args);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('bad-request');
        expect(result.error.message).toMatch(message);
      }
      expect(countRows(s, 'pain_entries')).toBe(1);
      expect(countRows(s, 'pain_entry_regions')).toBe(2);
      expect(s.settings.get()).toEqual(settingsBefore);
    });
  }

  it('answers not-found for an entry that is gone, without writing', async () => {
    const s = openServices();
    const result = await s.dispatch(appSender, 'pain:update', { id: 'entry-0000-missing', entry: sampleEntry() });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(countRows(s, 'pain_entries')).toBe(0);
  });

  const untrusted: [string, { url: string | undefined; isMainFrame: boolean }][] = [
    ['a subframe of our page', { url: 'app://unknot/index.html', isMainFrame: false }],
    ['another origin', { url: 'https://example.com/', isMainFrame: true }],
    ['a file:// page', { url: 'file:///work/main/out/renderer/index.html', isMainFrame: true }],
    ['a look-alike host', { url: 'app://unknot.evil/index.html', isMainFrame: true }],
    ['an unknown sender', { url: undefined, isMainFrame: true }],
  ];
  for (const [what, sender] of untrusted) {
    it(`refuses every channel from ${what}`, async () => {
      const s = openServices();
      for (const channel of CHANNELS) {
        const args =
          channel === 'pain:add'
            ? { entry: sampleEntry() }
            : channel === 'settings:update'
              ? { patch: { theme: 'dark' } }
              : {};
        const result = await s.dispatch(sender, channel, args);
        expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
      expect(countRows(s, 'pain_entries')).toBe(0);
      expect(s.settings.get().theme).toBe('system');
    });
  }

  it('hides internal errors behind a short message and logs the detail', async () => {
    const s = openServices();
    s.db.close(); // every query now fails inside the handler
    const result = await s.dispatch(appSender, 'pain:list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', message: /nothing was changed/ } });
  });
});

describe('app:close-quick-log', () => {
  it('tells a shell without a quick-log window to navigate itself, and takes no arguments', async () => {
    const s = openServices();
    expect(await s.dispatch(appSender, 'app:close-quick-log', undefined)).toEqual({ ok: true, value: 'navigate' });
    expect(await s.dispatch(appSender, 'app:close-quick-log', { window: 'main' })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });
});

describe('app:show', () => {
  it('tells a shell without a main window to navigate itself, and refuses odd routes', async () => {
    const s = openServices();
    expect(await s.dispatch(appSender, 'app:show', { route: 'routines/play/release-upper-trapezius' })).toEqual({
      ok: true,
      value: 'navigate',
    });
    for (const route of ['../../etc', 'https://example.com', 'routines//x', 'Routines']) {
      expect(await s.dispatch(appSender, 'app:show', { route })).toMatchObject({
        ok: false,
        error: { code: 'bad-request' },
      });
    }
  });
});
