/**
 * A private D-Bus for the tests: a real dbus-daemon (Debian's `dbus` package) on
 * a socket in a temporary folder, and a way to serve fake desktop services on it
 * with dbus-next's low-level API. Nothing here touches the machine's own buses.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Message, MessageType, Variant, sessionBus, type MessageBus } from '@jellybrick/dbus-next';

export interface PrivateBus {
  address: string;
  stop(): Promise<void>;
}

/** Why a private bus cannot start here (one line), or null when it can. */
export function privateBusUnavailable(): string | null {
  const found = spawnSync('dbus-daemon', ['--version'], { encoding: 'utf8' });
  if (found.error || found.status !== 0) return 'dbus-daemon is not installed (Debian: apt-get install dbus)';
  return null;
}

export async function startPrivateBus(): Promise<PrivateBus> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unknot-dbus-'));
  const socket = path.join(dir, 'bus');
  const config = path.join(dir, 'bus.conf');
  fs.writeFileSync(
    config,
    `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=${socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`,
  );
  const daemon: ChildProcess = spawn('dbus-daemon', [`--config-file=${config}`, '--print-address', '--nofork'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const address = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`dbus-daemon did not start: ${err.trim()}`)), 10_000);
    daemon.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) {
        clearTimeout(timer);
        resolve(line.trim());
      }
    });
    daemon.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    daemon.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`dbus-daemon exited (${code}): ${err.trim()}`));
    });
  });
  return {
    address,
    async stop() {
      const exited = new Promise((resolve) => daemon.once('exit', resolve));
      daemon.kill('SIGTERM');
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** One method of a fake service: gets the call's body, returns [signature, body] of the reply, or throws [errorName, text]. */
export type FakeMethod = (body: unknown[]) => [string, unknown[]] | undefined;

/** A connection that owns `name` and answers `methods` ("path interface.Member"). */
export interface FakeService {
  bus: MessageBus;
  signal(path: string, iface: string, member: string, signature: string, body: unknown[]): void;
  /** Releases the name (the service "leaves"); the connection stays. */
  release(): Promise<void>;
  close(): void;
}

export async function serveFake(
  address: string,
  name: string,
  methods: Record<string, FakeMethod>,
): Promise<FakeService> {
  const bus = sessionBus({ busAddress: address });
  let closed = false;
  await new Promise<void>((resolve) => bus.once('connect', () => resolve()));
  bus.addMethodHandler((msg: Message) => {
    if (msg.type !== MessageType.METHOD_CALL) return false;
    const method = methods[`${msg.path} ${msg.interface}.${msg.member}`];
    if (!method) return false;
    let reply: Message;
    try {
      const [signature, body] = method(msg.body) ?? ['', []];
      reply = Message.newMethodReturn(msg, signature, body);
    } catch (error) {
      const [errorName, text] = Array.isArray(error) ? (error as [string, string]) : ['org.test.Failed', String(error)];
      reply = Message.newError(msg, errorName, text);
    }
    // A call that arrives as the test closes the service goes unanswered.
    if (!closed) bus.send(reply);
    return true;
  });
  await bus.requestName(name, 0);
  return {
    bus,
    signal: (p, iface, member, signature, body) => bus.send(Message.newSignal(p, iface, member, signature, body)),
    release: async () => void (await bus.releaseName(name)),
    close: () => {
      closed = true;
      bus.disconnect();
    },
  };
}

export { Variant };

/** Waits (real time) until `check` holds; fails with `what` after `ms`. */
export async function eventually(check: () => boolean, what: string, ms = 5_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
