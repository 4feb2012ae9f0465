/**
 * Owns the app's sections and hash routing (the renderer is one page in both
 * shells). ROUTES are the sidebar's sections; HIDDEN_ROUTES are pages with a
 * layout of their own that never appear in the navigation (the small break
 * window loads #/break, the tray's quick-log window #/quick-log, the first run
 * is #/welcome) or sub-pages of a section (#/sources belongs to the Pain log).
 */
import { startTransition, useCallback, useEffect, useState } from 'react';
import { installLeaveGuard } from './leave-guard';

// Before any router below listens: a page that asks before it is left must hear of a hash change first.
installLeaveGuard();

export const ROUTES = [
  { id: 'today', label: 'Today' },
  { id: 'routines', label: 'Routines' },
  { id: 'pain', label: 'Pain log' },
  { id: 'report', label: 'Report' },
  { id: 'learn', label: 'Learn' },
  { id: 'settings', label: 'Settings' },
] as const;

export const HIDDEN_ROUTES = [
  { id: 'break', label: 'Break' },
  { id: 'quick-log', label: 'Log pain' },
  // #/sources/entry/<id> or #/sources/<region>[~rating]/…: opened from the pain log.
  { id: 'sources', label: 'Possible sources' },
  { id: 'welcome', label: 'Setup' },
] as const;

export type RouteId = (typeof ROUTES)[number]['id'] | (typeof HIDDEN_ROUTES)[number]['id'];

/** The sidebar section a hidden page belongs to, so the sidebar still shows where the person is. */
export function navSection(route: RouteId): RouteId {
  return route === 'sources' ? 'pain' : route;
}

const KNOWN: readonly string[] = [...ROUTES, ...HIDDEN_ROUTES].map((r) => r.id);

/** "#/routines/play/release-upper-trapezius" → ["routines", "play", "release-upper-trapezius"]. */
function segments(hash: string): string[] {
  return hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return part;
      }
    });
}

function routeFromHash(hash: string): RouteId {
  const id = segments(hash)[0] ?? '';
  return KNOWN.includes(id) ? (id as RouteId) : 'today';
}

/** The parts of the address after the section, e.g. ["play", "release-upper-trapezius"] on a Routines sub-page. */
export function useRouteParams(): string[] {
  const [params, setParams] = useState<string[]>(() => segments(window.location.hash).slice(1));
  useEffect(() => {
    const onHash = () => setParams(segments(window.location.hash).slice(1));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return params;
}

/** Goes to a section's sub-page: navigate('routines', 'play', id). */
export function navigate(id: RouteId, ...params: string[]): void {
  window.location.hash = `#/${[id, ...params].map(encodeURIComponent).join('/')}`;
}

export function useRoute(): [RouteId, (id: RouteId) => void] {
  const [route, setRoute] = useState<RouteId>(() => routeFromHash(window.location.hash));
  useEffect(() => {
    // A transition: while a section's code loads (each is its own chunk) the current one stays up.
    const onHash = () => startTransition(() => setRoute(routeFromHash(window.location.hash)));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const go = useCallback((id: RouteId) => {
    window.location.hash = `#/${id}`;
  }, []);
  return [route, go];
}
