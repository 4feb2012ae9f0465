/**
 * Owns the DesktopBus port: the little of D-Bus the Linux desktop adapters use
 * (a method call, a property read, signals by match rule), so the logic that
 * reads idle, lock and do-not-disturb state (linux-idle.ts, linux-attention.ts)
 * is written and tested against this interface, and dbus-connection.ts is the
 * one thin piece that speaks the wire protocol. Pure: no imports.
 */

export interface BusCall {
  destination: string;
  path: string;
  interface: string;
  member: string;
  /** D-Bus type signature of `body` ('' when there are no arguments). */
  signature?: string;
  body?: unknown[];
}

/** A match rule for signals. The bus daemon resolves a well-known `sender` to its current owner. */
export interface SignalMatch {
  sender: string;
  path: string;
  interface: string;
  member: string;
  /** The first argument, when it must be this string (PropertiesChanged's interface name). */
  arg0?: string;
}

/** A failed call: the D-Bus error name (org.freedesktop.DBus.Error.ServiceUnknown, …) and its text. */
export class BusCallError extends Error {
  constructor(
    readonly errorName: string,
    message: string,
  ) {
    super(message);
    this.name = 'BusCallError';
  }
}

export interface DesktopBus {
  /** Calls a method and resolves with the reply's body; rejects with a BusCallError (or a lost connection). */
  call(call: BusCall): Promise<unknown[]>;
  /** Subscribes to matching signals; resolves once the bus has the rule, with the function that unsubscribes. */
  onSignal(match: SignalMatch, handler: (body: unknown[]) => void): Promise<() => void>;
  /** Called once if the connection ends (the bus went away). */
  onClose(listener: () => void): void;
  close(): void;
}

const PROPERTIES = 'org.freedesktop.DBus.Properties';

/** A D-Bus variant's value, whichever library wrapped it. */
export function unwrapVariant(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && 'signature' in value && 'value' in value) {
    return (value as { value: unknown }).value;
  }
  return value;
}

/** Reads one property through org.freedesktop.DBus.Properties.Get. */
export async function getProperty(
  bus: DesktopBus,
  at: { destination: string; path: string; interface: string },
  name: string,
): Promise<unknown> {
  const [value] = await bus.call({
    destination: at.destination,
    path: at.path,
    interface: PROPERTIES,
    member: 'Get',
    signature: 'ss',
    body: [at.interface, name],
  });
  return unwrapVariant(value);
}

/**
 * Calls `onValue` whenever the property changes (PropertiesChanged, with the new
 * value or only its name invalidated, then read again). Resolves with the unsubscribe.
 */
export function watchProperty(
  bus: DesktopBus,
  at: { destination: string; path: string; interface: string },
  name: string,
  onValue: (value: unknown) => void,
): Promise<() => void> {
  return bus.onSignal(
    { sender: at.destination, path: at.path, interface: PROPERTIES, member: 'PropertiesChanged', arg0: at.interface },
    (body) => {
      const changed = body[1];
      const invalidated = body[2];
      if (changed !== null && typeof changed === 'object' && name in changed) {
        onValue(unwrapVariant((changed as Record<string, unknown>)[name]));
      } else if (Array.isArray(invalidated) && invalidated.includes(name)) {
        getProperty(bus, at, name).then(onValue, () => undefined);
      }
    },
  );
}
