import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices } from '../../../main/services';
import { memoryBacking } from '../../../main/settings/settings-store';
import { DEFAULT_SETTINGS } from '../../../common/domain/settings';
import { startWebPreview, type WebPreview } from '../../../main/web/server';
import { fakeBreakPorts, sampleEntry, tempDir } from '../helpers';

let preview: WebPreview | undefined;
let closeServices: (() => void) | undefined;
afterEach(async () => {
  await preview?.close();
  closeServices?.();
});

async function start() {
  const dir = tempDir();
  const rendererDir = path.join(dir, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><html><head><title>t</title></head></html>');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'do not serve');
  fs.writeFileSync(path.join(dir, 'bridge.js'), '/* bridge */');
  let origin = '';
  const services = createServices({
    dataDir: path.join(dir, 'data'),
    shell: 'web',
    trustedOrigin: () => origin,
    settingsFile: path.join(dir, 'data', 'settings.json'),
    openSettingsBacking: () => memoryBacking(DEFAULT_SETTINGS),
    ...fakeBreakPorts(),
  });
  closeServices = () => services.close();
  preview = await startWebPreview({
    dispatch: services.dispatch,
    rendererDir,
    bridgeFile: path.join(dir, 'bridge.js'),
    token: 'test-token-123',
  });
  origin = preview.origin;
  return { services, port: new URL(preview.origin).port };
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(
  port: string,
  rawPath: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: rawPath, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const auth = (port: string) => ({
  Cookie: 'unknot-token=test-token-123',
  Origin: `http://127.0.0.1:${port}`,
  'Content-Type': 'application/json',
});

describe('web preview server', () => {
  it('listens on loopback only and prints a token link', async () => {
    await start();
    expect(preview!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=test-token-123$/);
  });

  it('swaps the token for a strict cookie, refuses wrong tokens and token-less visits', async () => {
    const { port } = await start();
    const ok = await request(port, '/?token=test-token-123');
    expect(ok.status).toBe(302);
    expect(ok.headers['set-cookie']?.[0]).toMatch(/HttpOnly; SameSite=Strict/);
    expect((await request(port, '/?token=guess')).status).toBe(403);
    expect((await request(port, '/')).status).toBe(401);
    expect((await request(port, '/', { headers: { Cookie: 'unknot-token=guess' } })).status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const { port } = await start();
    const reply = await request(port, '/', {
      headers: { Host: `attacker.example:${port}`, Cookie: 'unknot-token=test-token-123' },
    });
    expect(reply.status).toBe(421);
  });

  it('serves the page with the bridge injected and the strict CSP', async () => {
    const { port } = await start();
    const page = await request(port, '/', { headers: { Cookie: 'unknot-token=test-token-123' } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<script src="/__unknot/bridge.js"></script>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const bridge = await request(port, '/__unknot/bridge.js', { headers: { Cookie: 'unknot-token=test-token-123' } });
    expect(bridge.body).toBe('/* bridge */');
  });

  it('never serves files outside the renderer folder', async () => {
    const { port } = await start();
    for (const p of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt']) {
      const reply = await request(port, p, { headers: { Cookie: 'unknot-token=test-token-123' } });
      expect(reply.body).not.toContain('do not serve');
    }
  });

  it('routes calls through the validated dispatcher', async () => {
    const { port, services } = await start();
    const body = JSON.stringify({ args: { entry: sampleEntry() } });
    const saved = await request(port, '/__unknot/call/pain:add', { method: 'POST', headers: auth(port), body });
    expect(JSON.parse(saved.body)).toMatchObject({ ok: true, value: { note: 'after a long call' } });

    const bad = JSON.stringify({
      args: { entry: sampleEntry({ regions: [{ region: 'temple-right', intensity: 11, qualities: [] }] }) },
    });
    const rejected = await request(port, '/__unknot/call/pain:add', { method: 'POST', headers: auth(port), body: bad });
    expect(JSON.parse(rejected.body)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(services.db.prepare('SELECT count(*) AS n FROM pain_entries').get()).toEqual({ n: 1 });
  });

  it('refuses calls from other origins, without JSON, or too large — and writes nothing', async () => {
    const { port, services } = await start();
    const body = JSON.stringify({ args: { entry: sampleEntry() } });
    const cases: [Record<string, string>, string, number][] = [
      [{ ...auth(port), Origin: 'https://evil.example' }, body, 403],
      [{ Cookie: 'unknot-token=test-token-123', 'Content-Type': 'application/json' }, body, 403],
      [{ ...auth(port), 'Content-Type': 'text/plain' }, body, 415],
      [auth(port), '{not json', 400],
      [auth(port), JSON.stringify({ args: { text: 'x'.repeat(25 * 1024 * 1024) } }), 413],
    ];
    for (const [headers, payload, status] of cases) {
      const reply = await request(port, '/__unknot/call/pain:add', { method: 'POST', headers, body: payload });
      expect(reply.status).toBe(status);
    }
    expect((await request(port, '/__unknot/call/pain:add', { headers: auth(port) })).status).toBe(405);
    expect(services.db.prepare('SELECT count(*) AS n FROM pain_entries').get()).toEqual({ n: 0 });
  });
});
