import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../common/ipc/channels';
import { contract } from '../../../common/ipc/contract';
import { methodPath } from '../../../common/ipc/client';
import { createHandlers } from '../../../main/ipc/handlers';

// The real preload, with electron replaced by a recorder (the real package would try to download a binary).
const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'answer' }));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: { invoke: (...args: unknown[]) => invoke(...args) },
}));

describe('the one contract', () => {
  it('has schemas for exactly the listed channels', () => {
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort());
  });

  it('has a handler for every channel and no handler without a channel', () => {
    const handlers = createHandlers({
      version: '0',
      dataDir: '/tmp',
      shell: 'web',
      pain: {} as never,
      settings: {} as never,
      notices: {} as never,
      breaks: {} as never,
      breakHistory: {} as never,
      routines: {} as never,
      checkins: {} as never,
      workstation: {} as never,
      transfer: {} as never,
      reports: {} as never,
      moment: () => ({ atMs: 0, localDate: '2026-11-23', utcOffsetMinutes: 60 }),
      today: () => '2026-11-23',
      now: () => 0,
      clockSpeed: 1,
      loginItem: {} as never,
      notifications: {} as never,
      platform: 'linux',
      backups: {} as never,
      timeZone: () => 'Europe/Berlin',
    });
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
  });

  it('names channels domain:verb', () => {
    for (const channel of CHANNELS) expect(channel).toMatch(/^[a-z]+:[a-z]+(-[a-z]+)*$/);
  });

  it('the preload exposes exactly one method per channel, each invoking that channel', async () => {
    await import('../../../preload/index');
    const api = exposed.unknot as Record<string, Record<string, (a?: unknown) => Promise<unknown>>>;
    expect(Object.keys(exposed)).toEqual(['unknot']);
    const methods = Object.entries(api).flatMap(([domain, verbs]) => Object.keys(verbs).map((v) => `${domain}.${v}`));
    expect(methods.sort()).toEqual(CHANNELS.map((c) => methodPath(c).join('.')).sort());

    for (const channel of CHANNELS) {
      const [domain, verb] = methodPath(channel);
      invoke.mockClear();
      await expect(api[domain]![verb]!({ probe: channel })).resolves.toBe('answer');
      expect(invoke).toHaveBeenCalledWith(channel, { probe: channel });
    }
  });

  it('the preload turns an error envelope into a thrown error with main’s message', async () => {
    await import('../../../preload/index');
    const api = exposed.unknot as { pain: { add(a: unknown): Promise<unknown> } };
    invoke.mockResolvedValueOnce({
      ok: false,
      error: { code: 'bad-request', message: 'Not saved. intensity: must be 10 or less' },
    } as never);
    await expect(api.pain.add({})).rejects.toThrow('Not saved. intensity: must be 10 or less');
  });
});
