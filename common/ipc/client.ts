/**
 * Owns the two faces of the contract in the renderer's process and builds them.
 *
 * - The bridge (window.unknotBridge): what the preload (IPC) and the web
 *   preview's bridge (HTTP) expose. Every method resolves with the call's
 *   CallResult, failures included, and never rejects: Electron's contextBridge
 *   rebuilds a thrown error from its message alone, so a field path or code
 *   thrown across it would be lost (the web preview, with no bridge, hid this).
 * - The API (window.unknot): built from the bridge in the page's own world.
 *   It resolves with the value and throws an UnknotCallError carrying main's
 *   message, for the many callers that only show that message. Code that needs
 *   the code or the field path reads them from the bridge's result, as data.
 *
 * Imports only channel names and types: no zod reaches the sandboxed preload.
 */
import { CHANNELS, type Channel } from './channels';
import type { ArgsOf, ResultOf } from './contract';
import { UnknotCallError, type CallResult } from './result';

type Method<C extends Channel> =
  undefined extends ArgsOf<C> ? (args?: ArgsOf<C>) => Promise<ResultOf<C>> : (args: ArgsOf<C>) => Promise<ResultOf<C>>;
type BridgeMethod<C extends Channel> =
  undefined extends ArgsOf<C>
    ? (args?: ArgsOf<C>) => Promise<CallResult<ResultOf<C>>>
    : (args: ArgsOf<C>) => Promise<CallResult<ResultOf<C>>>;

type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never;
type VerbOf<C extends string> = C extends `${string}:${infer V}` ? KebabToCamel<V> : never;
type KebabToCamel<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<KebabToCamel<T>>}` : S;

/** window.unknot: `pain:add` becomes unknot.pain.add, `app:dismiss-notice` unknot.app.dismissNotice. */
export type UnknotApi = {
  [D in DomainOf<Channel>]: {
    [C in Extract<Channel, `${D}:${string}`> as VerbOf<C>]: Method<C>;
  };
};

/** window.unknotBridge: the same methods, each resolving with its CallResult (a failure is data, never thrown). */
export type UnknotBridge = {
  [D in DomainOf<Channel>]: {
    [C in Extract<Channel, `${D}:${string}`> as VerbOf<C>]: BridgeMethod<C>;
  };
};

export type Transport = (channel: Channel, args: unknown) => Promise<CallResult<unknown>>;

export function methodPath(channel: Channel): [domain: string, verb: string] {
  const [domain, verb] = channel.split(':') as [string, string];
  return [domain, verb.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())];
}

type Untyped = Record<string, Record<string, (args?: unknown) => Promise<unknown>>>;

/** The bridge over a transport: a transport that fails (no handler, a dead connection) is data too. */
export function createUnknotBridge(send: Transport): UnknotBridge {
  const bridge: Untyped = {};
  for (const channel of CHANNELS) {
    const [domain, verb] = methodPath(channel);
    bridge[domain] ??= {};
    bridge[domain][verb] = async (args?: unknown): Promise<CallResult<unknown>> => {
      try {
        return await send(channel, args);
      } catch (error) {
        return {
          ok: false,
          error: {
            code: 'internal',
            message: `Unknot could not be reached: ${error instanceof Error ? error.message : String(error)}`,
          },
        };
      }
    };
  }
  return bridge as unknown as UnknotBridge;
}

/** The API over a bridge, built in the caller's own world so what it throws is made there. */
export function createUnknotApi(bridge: UnknotBridge): UnknotApi {
  const api: Untyped = {};
  const calls = bridge as unknown as Record<string, Record<string, (args?: unknown) => Promise<CallResult<unknown>>>>;
  for (const channel of CHANNELS) {
    const [domain, verb] = methodPath(channel);
    api[domain] ??= {};
    api[domain][verb] = async (args?: unknown) => {
      const result = await calls[domain]![verb]!(args);
      if (!result.ok) throw new UnknotCallError(result.error.code, result.error.message, result.error.path);
      return result.value;
    };
  }
  return api as unknown as UnknotApi;
}
