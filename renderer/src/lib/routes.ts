/**
 * Owns the app's sections and hash routing (the renderer is one page in both
 * shells). ROUTES are the sidebar's sections; HIDDEN_ROUTES are pages other
 * windows open directly (the small break window loads #/break) and never
 * appear in the navigation.
 */
import { useCallback, useEffect, useState } from 'react';

export const ROUTES = [
  { id: 'today', label: 'Today' },
  { id: 'routines', label: 'Routines' },
  { id: 'pain', label: 'Pain log' },
  { id: 'report', label: 'Report' },
  { id: 'settings', label: 'Settings' },
] as const;

export const HIDDEN_ROUTES = [{ id: 'break', label: 'Break' }] as const;

export type RouteId = (typeof ROUTES)[number]['id'] | (typeof HIDDEN_ROUTES)[number]['id'];

const KNOWN: readonly string[] = [...ROUTES, ...HIDDEN_ROUTES].map((r) => r.id);

function routeFromHash(hash: string): RouteId {
  const id = hash.replace(/^#\/?/, '');
  return KNOWN.includes(id) ? (id as RouteId) : 'today';
}

export function useRoute(): [RouteId, (id: RouteId) => void] {
  const [route, setRoute] = useState<RouteId>(() => routeFromHash(window.location.hash));
  useEffect(() => {
    const onHash = () => setRoute(routeFromHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const go = useCallback((id: RouteId) => {
    window.location.hash = `#/${id}`;
  }, []);
  return [route, go];
}
