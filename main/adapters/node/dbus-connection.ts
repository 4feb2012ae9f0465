/**
 * Owns the one real D-Bus connection type: a DesktopBus (desktop-bus.ts) over
 * @jellybrick/dbus-next, the maintained fork of the pure-JavaScript dbus-next
 * client (no native code, nothing to compile). Only the low-level message API
 * is used (a call, AddMatch, signals), never proxy objects: those introspect
 * every object first, which costs round trips and fails on services that do
 * not introspect. Thin on purpose; what the messages mean is linux-idle.ts's.
 *
 * Also finds the bus addresses the way libdbus does, without spawning anything:
 * the session bus from DBUS_SESSION_BUS_ADDRESS or $XDG_RUNTIME_DIR/bus, the
 * system bus from DBUS_SYSTEM_BUS_ADDRESS or /run/dbus/system_bus_socket.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { EventEmitter } from 'node:events';
import { Message, MessageType, sessionBus, type MessageBus } from '@jellybrick/dbus-next';
import { BusCallError, type BusCall, type DesktopBus, type SignalMatch } from './desktop-bus';

/** A call the desktop does not answer within this long is treated as failed (a hung service must not hang us). */
const CALL_TIMEOUT_MS = 5_000;
/** How long connecting (socket, authentication, Hello) may take. */
const CONNECT_TIMEOUT_MS = 5_000;

export interface BusEnv {
  DBUS_SESSION_BUS_ADDRESS?: string | undefined;
  DBUS_SYSTEM_BUS_ADDRESS?: string | undefined;
  XDG_RUNTIME_DIR?: string | undefined;
}

const exists = (file: string) => {
  try {
    return fs.statSync(file).isSocket();
  } catch {
    return false;
  }
};

/** The session bus's address, or null when this session has none. */
export function sessionBusAddress(env: BusEnv, socketExists: (file: string) => boolean = exists): string | null {
  const fromEnv = env.DBUS_SESSION_BUS_ADDRESS?.trim();
  if (fromEnv) return fromEnv;
  const runtime = env.XDG_RUNTIME_DIR?.trim();
  if (runtime && socketExists(path.join(runtime, 'bus'))) return `unix:path=${path.join(runtime, 'bus')}`;
  return null;
}

/** The system bus's address, or null when there is none. */
export function systemBusAddress(env: BusEnv, socketExists: (file: string) => boolean = exists): string | null {
  const fromEnv = env.DBUS_SYSTEM_BUS_ADDRESS?.trim();
  if (fromEnv) return fromEnv;
  const socket = '/run/dbus/system_bus_socket';
  return socketExists(socket) ? `unix:path=${socket}` : null;
}

function matchRule(match: SignalMatch): string {
  const parts = [
    `type='signal'`,
    `sender='${match.sender}'`,
    `path='${match.path}'`,
    `interface='${match.interface}'`,
    `member='${match.member}'`,
  ];
  if (match.arg0 !== undefined) parts.push(`arg0='${match.arg0}'`);
  return parts.join(',');
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
    timer.unref();
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** Connects to the bus at `address`; rejects when it cannot (no socket, refused, no Hello reply). */
export async function connectDesktopBus(address: string): Promise<DesktopBus> {
  const bus: MessageBus = sessionBus({ busAddress: address });
  const closeListeners: (() => void)[] = [];
  let closed = false;
  const onClosed = () => {
    if (closed) return;
    closed = true;
    for (const listener of closeListeners.splice(0)) listener();
  };
  // An 'error' with no listener would throw out of the socket's callback and take the app down.
  // (MessageBus emits 'error' though its event map does not list it.)
  (bus as unknown as EventEmitter).on('error', onClosed);
  // MessageBus does not forward the socket's end; its connection object does.
  (bus as unknown as { _connection: EventEmitter })._connection.on('end', onClosed);

  await withTimeout(
    new Promise<void>((resolve, reject) => {
      bus.once('connect', () => resolve());
      closeListeners.push(() => reject(new Error(`cannot connect to the D-Bus bus at ${address}`)));
    }),
    CONNECT_TIMEOUT_MS,
    'connecting to D-Bus',
  ).catch((error: unknown) => {
    bus.disconnect();
    throw error;
  });

  const handlers = new Map<string, Set<(msg: Message) => void>>();
  bus.on('message', (msg) => {
    if (msg.type !== MessageType.SIGNAL) return;
    for (const handler of handlers.get(`${msg.path}\n${msg.interface}\n${msg.member}`) ?? []) handler(msg);
  });

  const daemon = (member: 'AddMatch' | 'RemoveMatch', rule: string) =>
    bus.call(
      new Message({
        destination: 'org.freedesktop.DBus',
        path: '/org/freedesktop/DBus',
        interface: 'org.freedesktop.DBus',
        member,
        signature: 's',
        body: [rule],
      }),
    );

  return {
    async call(call: BusCall) {
      if (closed) throw new Error('the D-Bus connection is closed');
      const reply = await withTimeout(
        bus.call(new Message({ ...call, signature: call.signature ?? '', body: call.body ?? [] })),
        CALL_TIMEOUT_MS,
        `${call.interface}.${call.member}`,
      ).catch((error: unknown) => {
        const name = (error as { type?: unknown }).type;
        if (typeof name === 'string') throw new BusCallError(name, (error as Error).message);
        throw error;
      });
      return reply?.body ?? [];
    },
    async onSignal(match, handler) {
      const rule = matchRule(match);
      await withTimeout(daemon('AddMatch', rule), CALL_TIMEOUT_MS, 'AddMatch');
      const key = `${match.path}\n${match.interface}\n${match.member}`;
      const wrapped = (msg: Message) => {
        if (match.arg0 !== undefined && msg.body[0] !== match.arg0) return;
        handler(msg.body);
      };
      const set = handlers.get(key) ?? new Set();
      set.add(wrapped);
      handlers.set(key, set);
      return () => {
        set.delete(wrapped);
        if (!closed) daemon('RemoveMatch', rule).catch(() => undefined);
      };
    },
    onClose(listener) {
      if (closed) queueMicrotask(listener);
      else closeListeners.push(listener);
    },
    close() {
      closed = true;
      closeListeners.length = 0;
      handlers.clear();
      // Nothing read after this is handled: dbus-next answers a stray incoming call even on a
      // closing socket, and its failure to send would be thrown from the socket's callback.
      (bus as unknown as { _connection: EventEmitter })._connection.removeAllListeners('message');
      bus.disconnect();
    },
  };
}
