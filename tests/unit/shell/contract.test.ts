import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../common/ipc/channels';
import { contract } from '../../../common/ipc/contract';
import { createUnknotApi, methodPath, type UnknotBridge } from '../../../common/ipc/client';
import { UnknotCallError } from '../../../common/ipc/result';
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
      transferJobs: {} as never,
      transferFiles: {} as never,
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
    const api = exposed.unknotBridge as Record<string, Record<string, (a?: unknown) => Promise<unknown>>>;
    expect(Object.keys(exposed)).toEqual(['unknotBridge']);
    const methods = Object.entries(api).flatMap(([domain, verbs]) => Object.keys(verbs).map((v) => `${domain}.${v}`));
    expect(methods.sort()).toEqual(CHANNELS.map((c) => methodPath(c).join('.')).sort());

    for (const channel of CHANNELS) {
      const [domain, verb] = methodPath(channel);
      invoke.mockClear();
      await expect(api[domain]![verb]!({ probe: channel })).resolves.toEqual({ ok: true, value: 'answer' });
      expect(invoke).toHaveBeenCalledWith(channel, { probe: channel });
    }
  });

  it('the preload hands a failure over as data, never thrown (contextBridge would keep only the message)', async () => {
    await import('../../../preload/index');
    const bridge = exposed.unknotBridge as { pain: { add(a: unknown): Promise<unknown> } };
    const refusal = {
      ok: false,
      error: { code: 'bad-request', message: 'Not saved. intensity: must be 10 or less', path: ['entry', 'intensity'] },
    };
    invoke.mockResolvedValueOnce(refusal as never);
    await expect(bridge.pain.add({})).resolves.toEqual(refusal);
    // Even a transport that throws (no handler in main) arrives as a result.
    invoke.mockRejectedValueOnce(new Error("No handler registered for 'pain:add'"));
    await expect(bridge.pain.add({})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('the page’s API, built from the bridge in the page’s world, throws main’s message and keeps the value', async () => {
    await import('../../../preload/index');
    const api = createUnknotApi(exposed.unknotBridge as UnknotBridge);
    invoke.mockResolvedValueOnce({ ok: true, value: 'answer' });
    await expect(api.pain.list({})).resolves.toBe('answer');
    invoke.mockResolvedValueOnce({ ok: false, error: { code: 'not-found', message: 'That entry is gone.' } } as never);
    const error = await api.pain.list({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknotCallError);
    expect((error as Error).message).toBe('That entry is gone.');
  });
});
