/**
 * Owns window.unknotBridge in the web preview: the same bridge the Electron
 * preload exposes (every method resolves with its CallResult, failures as data),
 * carried over same-origin HTTP to the preview server, which routes it through
 * the same validated dispatcher. Never part of the Electron build.
 */
import { createUnknotBridge } from '@common/ipc/client';
import type { CallResult } from '@common/ipc/result';

const CALL_PREFIX = '/__unknot/call/';

window.unknotBridge = createUnknotBridge(async (channel, args): Promise<CallResult<unknown>> => {
  let response: Response;
  try {
    response = await fetch(CALL_PREFIX + encodeURIComponent(channel), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(args === undefined ? {} : { args }),
    });
  } catch {
    return {
      ok: false,
      error: { code: 'internal', message: 'Unknot is not running (the web preview server stopped).' },
    };
  }
  try {
    return (await response.json()) as CallResult<unknown>;
  } catch {
    return {
      ok: false,
      error: { code: 'internal', message: `Unexpected answer from Unknot (HTTP ${response.status}).` },
    };
  }
});
