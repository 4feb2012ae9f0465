/**
 * Owns the app:// scheme that serves the built renderer in Electron (never
 * file://): registered as standard and secure before ready, answered from the
 * renderer folder through the shared path-traversal guard, with the strict CSP on every response.
 */
import { protocol } from 'electron';
import fs from 'node:fs/promises';
import { SECURITY_HEADERS } from '../../security/csp';
import { mimeTypeOf, resolveInside } from '../../security/static-files';

export const APP_SCHEME = 'app';
export const APP_HOST = 'unknot';

/** Must run before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || request.method !== 'GET') return new Response('Not found', { status: 404 });
    const file = resolveInside(rendererDir, url.pathname);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await fs.readFile(file);
      return new Response(body, { headers: { ...SECURITY_HEADERS, 'Content-Type': mimeTypeOf(file) } });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
