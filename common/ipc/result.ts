/**
 * Owns the envelope every contract call answers with, over IPC and over HTTP alike.
 * Errors travel as data (never as thrown IPC errors) so the renderer gets the
 * exact message main wrote, without Electron's "Error invoking remote method" prefix.
 */

export type ErrorCode = 'bad-request' | 'forbidden' | 'not-found' | 'conflict' | 'internal';

export interface CallError {
  code: ErrorCode;
  message: string;
  /** Where validation failed, e.g. ["entry", "regions", 0, "intensity"]. */
  path?: (string | number)[];
}

export type CallResult<T> = { ok: true; value: T } | { ok: false; error: CallError };

/** What the renderer sees when a call fails: a plain Error carrying the code. */
export class UnknotCallError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly path?: (string | number)[],
  ) {
    super(message);
    this.name = 'UnknotCallError';
  }
}
