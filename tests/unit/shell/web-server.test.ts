import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices } from '../../../main/services';
import { memoryBacking } from '../../../main/settings/settings-store';
import { DEFAULT_SETTINGS } from '../../../common/domain/settings';
import { startWebPreview, type WebPreview } from '../../../main/web/server';
import { fakeBreakPorts, sampleEntry, tempDir } from '../helpers';
import { createWebTransferFiles } from '../../../main/web/transfer-files';
import { workerTransferRunner } from '../../../main/adapters/node/transfer-worker-runner';

let preview: WebPreview | undefined;
let closeServices: (() => void) | undefined;
afterEach(async () => {
  await preview?.close();
  closeServices?.();
});

async function start(withTransfers = false) {
  const dir = tempDir();
  const rendererDir = path.join(dir, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><html><head><title>t</title></head></html>');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'do not serve');
  fs.writeFileSync(path.join(dir, 'bridge.js'), '/* bridge */');
  let origin = '';
  const files = createWebTransferFiles();
  const services = createServices({
    dataDir: path.join(dir, 'data'),
    shell: 'web',
    trustedOrigin: () => origin,
    settingsFile: path.join(dir, 'data', 'settings.json'),
    openSettingsBacking: () => memoryBacking(DEFAULT_SETTINGS),
    ...fakeBreakPorts(),
    transferRunner: workerTransferRunner(path.resolve('main/db/transfer-worker.ts'), ['--import', 'tsx']),
    transferFiles: files,
  });
  closeServices = () => {
    services.close();
    files.close();
  };
  preview = await startWebPreview({
    dispatch: services.dispatch,
    rendererDir,
    bridgeFile: path.join(dir, 'bridge.js'),
    token: 'test-token-123',
    transfers: withTransfers
      ? {
          receiveUpload: (body, name) => files.receiveUpload(body, name),
          download: (job) => services.transferJobs.exportFile(job),
        }
      : undefined,
  });
  origin = preview.origin;
  return { services, port: new URL(preview.origin).port, rendererDir, bridgeFile: path.join(dir, 'bridge.js') };
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

const cookie = (port: string, token = 'test-token-123') => `unknot-token-${port}=${token}`;

const auth = (port: string) => ({
  Cookie: cookie(port),
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
    expect((await request(port, '/', { headers: { Cookie: cookie(port, 'guess') } })).status).toBe(401);
    // The old, port-less name is not this preview's cookie.
    expect((await request(port, '/', { headers: { Cookie: 'unknot-token=test-token-123' } })).status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const { port } = await start();
    const reply = await request(port, '/', {
      headers: { Host: `attacker.example:${port}`, Cookie: cookie(port) },
    });
    expect(reply.status).toBe(421);
  });

  it('serves the page with the bridge injected and the strict CSP', async () => {
    const { port } = await start();
    const page = await request(port, '/', { headers: { Cookie: cookie(port) } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<script src="/__unknot/bridge.js"></script>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const bridge = await request(port, '/__unknot/bridge.js', { headers: { Cookie: cookie(port) } });
    expect(bridge.body).toBe('/* bridge */');
  });

  it('never serves files outside the renderer folder', async () => {
    const { port } = await start();
    for (const p of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt']) {
      const reply = await request(port, p, { headers: { Cookie: cookie(port) } });
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
      [{ Cookie: cookie(port), 'Content-Type': 'application/json' }, body, 403],
      // The right origin for another Host: each page calls its own origin.
      [{ ...auth(port), Origin: `http://localhost:${port}` }, body, 403],
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

  it('works when opened at localhost:PORT: the Host and Origin of that page match', async () => {
    const { port, services } = await start();
    const link = await request(port, '/?token=test-token-123', { headers: { Host: `localhost:${port}` } });
    expect(link.status).toBe(302);
    const saved = await request(port, '/__unknot/call/pain:add', {
      method: 'POST',
      headers: { ...auth(port), Host: `localhost:${port}`, Origin: `http://localhost:${port}` },
      body: JSON.stringify({ args: { entry: sampleEntry() } }),
    });
    expect(saved.status).toBe(200);
    expect(JSON.parse(saved.body)).toMatchObject({ ok: true });
    // A localhost page on another port is another site.
    const other = await request(port, '/__unknot/call/pain:add', {
      method: 'POST',
      headers: { ...auth(port), Host: `localhost:${port}`, Origin: `http://localhost:1${port}` },
      body: JSON.stringify({ args: { entry: sampleEntry() } }),
    });
    expect(other.status).toBe(403);
    expect(services.db.prepare('SELECT count(*) AS n FROM pain_entries').get()).toEqual({ n: 1 });
  });

  it('names the cookie per port, so a second preview does not log the first tab out', async () => {
    const { port, services, rendererDir, bridgeFile } = await start();
    const second = await startWebPreview({
      dispatch: services.dispatch,
      rendererDir,
      bridgeFile,
      token: 'second-token-456',
    });
    try {
      const secondPort = new URL(second.origin).port;
      // A browser keeps cookies per host, not per port: both previews' cookies go to both.
      const jar = new Map<string, string>();
      for (const [p, token] of [
        [port, 'test-token-123'],
        [secondPort, 'second-token-456'],
      ] as const) {
        const reply = await request(p, `/?token=${token}`);
        const [pair, ...attributes] = reply.headers['set-cookie']![0]!.split('; ');
        expect(attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/']));
        const [name, value] = pair!.split('=');
        expect(name).toBe(`unknot-token-${p}`);
        jar.set(name!, value!);
      }
      const Cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
      expect((await request(port, '/', { headers: { Cookie } })).status).toBe(200);
      expect((await request(secondPort, '/', { headers: { Cookie } })).status).toBe(200);
      expect((await request(port, '/', { headers: { Cookie: cookie(port, 'second-token-456') } })).status).toBe(401);
    } finally {
      await second.close();
    }
  });

  it('answers a malformed % escape in a channel name with 400 and a clear message, not 500', async () => {
    const { port, services } = await start();
    for (const name of ['pain%3Aadd%', 'pain:add%E0%A4%A', '%ZZ']) {
      const reply = await request(port, `/__unknot/call/${name}`, {
        method: 'POST',
        headers: auth(port),
        body: JSON.stringify({ args: { entry: sampleEntry() } }),
      });
      expect(reply.status).toBe(400);
      expect(JSON.parse(reply.body)).toEqual({
        ok: false,
        error: { code: 'bad-request', message: 'Not saved: the request name is not valid (a malformed % escape).' },
      });
      expect(reply.body).not.toMatch(/\bat \S+ \(|URIError/);
    }
    expect(services.db.prepare('SELECT count(*) AS n FROM pain_entries').get()).toEqual({ n: 0 });
  });
});

describe('web preview uploads and downloads (export and import files)', () => {
  const callJson = async (port: string, channel: string, args: unknown) =>
    JSON.parse(
      (
        await request(port, `/__unknot/call/${channel}`, {
          method: 'POST',
          headers: auth(port),
          body: JSON.stringify({ args }),
        })
      ).body,
    ) as {
      ok: boolean;
      value: Record<string, unknown>;
      error?: { message: string };
    };

  async function finished(port: string, job: string) {
    for (;;) {
      const status = await callJson(port, 'data:job', { job });
      if (status.value.state !== 'running') return status.value;
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  it('an upload from the page imports; an export downloads as an attachment; other origins and types are refused', async () => {
    const { port, services } = await start(true);
    services.transfer.pain.add(sampleEntry());
    const exported = await callJson(port, 'data:export', { format: 'json' });
    const job = String(exported.value.job);
    expect(await finished(port, job)).toMatchObject({ state: 'done', downloadable: true, records: 1 });
    const download = await request(port, `/__unknot/download/${job}`, { headers: { Cookie: cookie(port) } });
    expect(download.status).toBe(200);
    expect(download.headers['content-disposition']).toMatch(
      /^attachment; filename="unknot-export-\d{4}-\d\d-\d\d\.json"$/,
    );
    expect(JSON.parse(download.body)).toMatchObject({ format: 'unknot-export', painEntries: [{}] });
    expect((await request(port, '/__unknot/download/not-a-job', { headers: { Cookie: cookie(port) } })).status).toBe(
      404,
    );
    // Without the cookie nothing is served, not even a finished export.
    expect((await request(port, `/__unknot/download/${job}`)).status).toBe(401);

    const put = (headers: Record<string, string>) =>
      request(port, '/__unknot/upload', {
        method: 'PUT',
        headers: { Cookie: cookie(port), ...headers },
        body: download.body,
      });
    const own = {
      Origin: `http://127.0.0.1:${port}`,
      'Content-Type': 'application/octet-stream',
      'X-File-Name': 'mine.json',
    };
    expect((await put({ ...own, Origin: 'http://evil.example' })).status).toBe(403);
    expect((await put({ ...own, 'Content-Type': 'text/plain' })).status).toBe(415);
    const uploaded = JSON.parse((await put(own)).body) as { ok: boolean; value: { upload: string } };
    expect(uploaded.ok).toBe(true);
    const started = await callJson(port, 'data:import', { upload: uploaded.value.upload });
    expect(started.value.fileName).toBe('mine.json');
    expect(await finished(port, String(started.value.job))).toMatchObject({
      state: 'done',
      summary: { added: { painEntries: 0 }, alreadyThere: { painEntries: 1 } },
    });
    // An upload is used once: the same id again is refused in words.
    const again = await callJson(port, 'data:import', { upload: uploaded.value.upload });
    expect(again).toMatchObject({ ok: false, error: { message: 'That file is no longer here. Pick it again.' } });
  }, 30_000);
});
