/**
 * Owns the domain errors: what the core and the repositories throw when a
 * request cannot be carried out, and the dispatcher (main/ipc/dispatcher.ts)
 * turns into the contract's error codes ('not-found', 'conflict').
 */

/** The thing asked for is not there (deleted, or never was). */
export class NotFoundError extends Error {
  constructor(what: string) {
    super(what);
    this.name = 'NotFoundError';
  }
}

/** The request contradicts what is already stored, or what this copy of the app can do (the message says which, for the person). */
export class ConflictError extends Error {
  constructor(what: string) {
    super(what);
    this.name = 'ConflictError';
  }
}
