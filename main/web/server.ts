/**
 * Owns the web preview's HTTP server: the built renderer plus a transport that
 * implements window.unknot over HTTP, routed through the same validated
 * dispatcher as Electron's IPC. Loopback only; a per-launch random token
 * (exchanged once for an HttpOnly, SameSite=Strict cookie named after the port,
 * because browsers keep cookies per host, not per port); Host checked on every
 * request and Origin on every call, so other sites and DNS-rebinding pages
 * cannot reach it. 127.0.0.1:PORT and localhost:PORT both work; each page calls
 * its own origin.
 */
import http from 'node:http';
import fs from 'node:fs';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../ipc/dispatcher';
import { SECURITY_HEADERS } from '../security/csp';
import { mimeTypeOf, resolveInside } from '../security/static-files';
import { tooLarge } from '../db/data-transfer';

export const CALL_PREFIX = '/__unknot/call/';
export const BRIDGE_PATH = '/__unknot/bridge.js';
/** PUT a file to import here (streamed to disk); the answer names it for data:import. */
export const UPLOAD_PATH = '/__unknot/upload';
/** GET a finished export's file here: /__unknot/download/<job id>. */
export const DOWNLOAD_PREFIX = '/__unknot/download/';
/** A call's arguments are small (an import's file comes by UPLOAD_PATH, not as a call). */
const MAX_BODY_BYTES = 1024 * 1024;

export interface WebPreviewOptions {
  dispatch: Dispatch;
  rendererDir: string;
  bridgeFile: string;
  port?: number;
  /** Fixed token for tests; a fresh random one otherwise. */
  token?: string;
  /** Export and import files (see main/web/transfer-files.ts). */
  transfers?: {
    receiveUpload(body: http.IncomingMessage, name: string): Promise<string | null>;
    download(job: string): { path: string; fileName: string } | undefined;
  };
}

export interface WebPreview {
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

export async function startWebPreview(options: WebPreviewOptions): Promise<WebPreview> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let origin = '';
  let allowedHosts = new Set<string>();
  let cookieName = '';

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[web] request failed', error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error');
      else res.destroy();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!allowedHosts.has(req.headers.host ?? '')) {
      return send(res, 421, 'text/plain; charset=utf-8', 'Unknot web preview: wrong Host header.');
    }
    let url: URL;
    try {
      url = new URL(req.url ?? '/', origin);
    } catch {
      return send(res, 400, 'text/plain; charset=utf-8', 'Unknot web preview: that address is not valid.');
    }

    if (url.searchParams.has('token')) {
      if (!sameSecret(url.searchParams.get('token') ?? '', token)) {
        return send(
          res,
          403,
          'text/plain; charset=utf-8',
          'This link has expired. Use the link printed by npm run web.',
        );
      }
      url.searchParams.delete('token');
      res.writeHead(302, {
        'Set-Cookie': `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: url.pathname + url.search + url.hash,
        'Cache-Control': 'no-store',
      });
      res.end();
      return;
    }

    if (!sameSecret(readCookie(req.headers.cookie, cookieName) ?? '', token)) {
      return send(
        res,
        401,
        'text/plain; charset=utf-8',
        'Unknot web preview: open the full link (with ?token=…) printed by npm run web.',
      );
    }

    if (url.pathname.startsWith(CALL_PREFIX)) return handleCall(req, res, url);
    if (url.pathname === UPLOAD_PATH) return handleUpload(req, res);
    if (url.pathname.startsWith(DOWNLOAD_PREFIX) && req.method === 'GET')
      return handleDownload(res, url.pathname.slice(DOWNLOAD_PREFIX.length));
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    if (url.pathname === BRIDGE_PATH) return sendFile(res, options.bridgeFile);
    return serveRenderer(res, url.pathname);
  }

  async function handleCall(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    // Browsers always send Origin on POST; requiring it (and a JSON content type,
    // which forces a CORS preflight from any other site) closes cross-site calls.
    if (req.method !== 'POST') return sendJson(res, 405, transportError('Use POST.'));
    // The page's own origin: the Host (already one of ours) it was loaded from, so a tab opened at
    // localhost:PORT works as well as one at 127.0.0.1:PORT, and neither can call for the other.
    if (req.headers.origin !== `http://${req.headers.host}`)
      return sendJson(res, 403, transportError('Calls must come from the Unknot page.'));
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(res, 415, transportError('Send JSON.'));
    }
    const body = await readBody(req);
    if (body === null) {
      return sendJson(res, 413, transportError('Not saved: the request is too large.'));
    }
    let payload: unknown;
    try {
      payload = body.length ? JSON.parse(body) : {};
    } catch {
      return sendJson(res, 400, transportError('Not saved: the request is not valid JSON.'));
    }
    let channel: string;
    try {
      channel = decodeURIComponent(url.pathname.slice(CALL_PREFIX.length));
    } catch {
      return sendJson(res, 400, transportError('Not saved: the request name is not valid (a malformed % escape).'));
    }
    const args = typeof payload === 'object' && payload !== null ? (payload as { args?: unknown }).args : undefined;
    const result = await options.dispatch({ url: `${origin}/`, isMainFrame: true }, channel, args);
    sendJson(res, 200, result);
  }

  // Same rules as a call: the page's own origin, and a body that marks it as ours.
  async function handleUpload(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.method !== 'PUT' || !options.transfers) return sendJson(res, 405, transportError('Use PUT.'));
    if (req.headers.origin !== `http://${req.headers.host}`)
      return sendJson(res, 403, transportError('Uploads must come from the Unknot page.'));
    if (req.headers['content-type'] !== 'application/octet-stream') {
      return sendJson(res, 415, transportError('Send the file as application/octet-stream.'));
    }
    let name: string;
    try {
      name = decodeURIComponent(String(req.headers['x-file-name'] ?? 'upload.json'));
    } catch {
      return sendJson(res, 400, transportError('The file name is not valid.'));
    }
    const upload = await options.transfers.receiveUpload(req, name);
    if (upload === null) return sendJson(res, 413, transportError(tooLarge().message));
    sendJson(res, 200, { ok: true, value: { upload } });
  }

  function handleDownload(res: http.ServerResponse, job: string): void {
    const file = options.transfers?.download(job);
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'That export is not ready or no longer here.');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': file.fileName.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${file.fileName.replace(/[^\w.-]/g, '_')}"`,
      'Cache-Control': 'no-store',
    });
    fs.createReadStream(file.path).pipe(res);
  }

  function serveRenderer(res: http.ServerResponse, pathname: string): void {
    const file = resolveInside(options.rendererDir, pathname);
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    if (file.endsWith('index.html') || !fs.existsSync(file)) {
      // Single-page app: unknown paths get the shell; the bridge script goes in first.
      const html = fs
        .readFileSync(resolveInside(options.rendererDir, '/index.html')!, 'utf8')
        .replace('<head>', `<head>\n    <script src="${BRIDGE_PATH}"></script>`);
      return send(res, 200, 'text/html; charset=utf-8', html);
    }
    sendFile(res, file);
  }

  function sendFile(res: http.ServerResponse, file: string): void {
    fs.readFile(file, (error, data) => {
      if (error) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
      send(res, 200, mimeTypeOf(file), data);
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  // Per port: a second preview (another port, same host) must not overwrite this one's cookie.
  cookieName = `unknot-token-${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

function transportError(message: string) {
  return { ok: false, error: { code: 'bad-request', message } };
}

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
