/**
 * Owns which browser permissions a page may have: notifications, and only for
 * our own app:// pages. Everything else (camera, geolocation, clipboard read…) is denied.
 */
import { APP_ORIGIN } from './trusted-sender';

export function isPermissionAllowed(permission: string, requestingUrl: string | undefined): boolean {
  if (permission !== 'notifications' || !requestingUrl) return false;
  return requestingUrl === APP_ORIGIN || requestingUrl.startsWith(`${APP_ORIGIN}/`);
}

/** Navigation is only ever allowed within our own app:// pages (hash routes). */
export function isNavigationAllowed(targetUrl: string): boolean {
  return targetUrl.startsWith(`${APP_ORIGIN}/`);
}
