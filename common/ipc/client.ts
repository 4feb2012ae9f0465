/**
 * Owns the shape of window.unknot and builds it from a transport. The preload
 * (IPC) and the web preview bridge (HTTP) both call createUnknotApi, so the
 * renderer sees one identical API whichever shell it runs in.
 * Imports only channel names and types: no zod reaches the sandboxed preload.
 */
import { CHANNELS, type Channel } from './channels';
import type { ArgsOf, ResultOf } from './contract';
import { UnknotCallError, type CallResult } from './result';

type Method<C extends Channel> =
  undefined extends ArgsOf<C> ? (args?: ArgsOf<C>) => Promise<ResultOf<C>> : (args: ArgsOf<C>) => Promise<ResultOf<C>>;

type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never;
type VerbOf<C extends string> = C extends `${string}:${infer V}` ? KebabToCamel<V> : never;
type KebabToCamel<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<KebabToCamel<T>>}` : S;

/** window.unknot: `pain:add` becomes unknot.pain.add, `app:dismiss-notice` unknot.app.dismissNotice. */
export type UnknotApi = {
  [D in DomainOf<Channel>]: {
    [C in Extract<Channel, `${D}:${string}`> as VerbOf<C>]: Method<C>;
  };
};

export type Transport = (channel: Channel, args: unknown) => Promise<CallResult<unknown>>;

export function methodPath(channel: Channel): [domain: string, verb: string] {
  const [domain, verb] = channel.split(':') as [string, string];
  return [domain, verb.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())];
}

export function createUnknotApi(send: Transport): UnknotApi {
  const api: Record<string, Record<string, (args?: unknown) => Promise<unknown>>> = {};
  for (const channel of CHANNELS) {
    const [domain, verb] = methodPath(channel);
    api[domain] ??= {};
    api[domain][verb] = async (args?: unknown) => {
      const result = await send(channel, args);
      if (!result.ok) throw new UnknotCallError(result.error.code, result.error.message, result.error.path);
      return result.value;
    };
  }
  return api as unknown as UnknotApi;
}
