/**
 * Owns the one validated handler table: every contract call, over IPC or HTTP,
 * goes through dispatch(), which checks the sender, checks the channel exists,
 * parses the argument with the channel's schema and only then runs the handler.
 * A rejected call returns a clear error and never reaches a handler, so it writes nothing.
 */
import { z } from 'zod';
import { CHANNELS, type Channel } from '../../common/ipc/channels';
import { contract, type ParsedArgsOf, type ResultOf } from '../../common/ipc/contract';
import type { CallError, CallResult } from '../../common/ipc/result';
import { isTrustedSender, type CallSender } from '../security/trusted-sender';
import { ConflictError, NotFoundError } from '../core/errors';
import { validatingAt } from '../../common/domain/dates';

/** A request that passed its schema but names something that does not exist (an unknown muscle…). */
export class BadRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BadRequestError';
  }
}

/** A handler gets the validated arguments and, when it needs to act on the asking window, who asked. */
export type Handlers = {
  [C in Channel]: (args: ParsedArgsOf<C>, caller: CallSender) => ResultOf<C> | Promise<ResultOf<C>>;
};

export interface DispatcherOptions {
  /** The one origin allowed to call (read per call: the web preview learns its port late). */
  trustedOrigin: () => string;
  /** Main's clock: logged times may be at most a day ahead of it (default: the system clock). */
  now?: () => number;
  /** Where unexpected errors go (the person sees a short message, the log gets the detail). */
  logError?: (channel: string, error: unknown) => void;
}

export type Dispatch = (sender: CallSender, channel: unknown, rawArgs: unknown) => Promise<CallResult<unknown>>;

const known = new Set<string>(CHANNELS);

export function createDispatcher(handlers: Handlers, options: DispatcherOptions): Dispatch {
  return async (sender, channel, rawArgs) => {
    if (!isTrustedSender(sender, options.trustedOrigin())) {
      return fail({ code: 'forbidden', message: 'This call did not come from the Unknot window and was refused.' });
    }
    if (typeof channel !== 'string' || !known.has(channel)) {
      return fail({ code: 'bad-request', message: `Unknown request "${String(channel).slice(0, 60)}".` });
    }
    const name = channel as Channel;
    const parsed = validatingAt(options.now?.() ?? Date.now(), () => contract[name].args.safeParse(rawArgs));
    if (!parsed.success) return fail(validationError(parsed.error));
    try {
      const handler = handlers[name] as (args: unknown, caller: CallSender) => unknown;
      const value = await handler(parsed.data, sender);
      // A result that breaks the contract is our bug; never hand it to the renderer.
      return { ok: true, value: contract[name].result.parse(value) };
    } catch (error) {
      return fail(toCallError(name, error, options.logError));
    }
  };
}

function fail(error: CallError): CallResult<never> {
  return { ok: false, error };
}

/** "regions › 0 › intensity: must be 10 or less" — names the field that was wrong. */
export function validationError(error: z.ZodError): CallError {
  const first = error.issues[0];
  const path = (first?.path ?? []).filter((p): p is string | number => typeof p !== 'symbol');
  const where = path.filter((p) => p !== 'entry' && p !== 'patch' && p !== 'args');
  const label = where.length ? `${where.join(' › ')}: ` : '';
  return { code: 'bad-request', message: `Not saved. ${label}${first?.message ?? 'invalid input'}`, path };
}

function toCallError(channel: string, error: unknown, log?: (channel: string, error: unknown) => void): CallError {
  if (error instanceof BadRequestError) return { code: 'bad-request', message: `Not saved. ${error.message}` };
  if (error instanceof NotFoundError) return { code: 'not-found', message: error.message };
  if (error instanceof ConflictError) return { code: 'conflict', message: error.message };
  if (error instanceof z.ZodError) return validationError(error);
  log?.(channel, error);
  return {
    code: 'internal',
    message: 'Something went wrong inside Unknot; nothing was changed. Details are in the log.',
  };
}
