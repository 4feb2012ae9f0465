/** Owns the app's sections and hash routing (the renderer is one page in both shells). */
import { useEffect, useState } from 'react';

export const ROUTES = [
  { id: 'today', label: 'Today' },
  { id: 'routines', label: 'Routines' },
  { id: 'pain', label: 'Pain log' },
  { id: 'report', label: 'Report' },
  { id: 'settings', label: 'Settings' },
] as const;
export type RouteId = (typeof ROUTES)[number]['id'];

function routeFromHash(hash: string): RouteId {
  const id = hash.replace(/^#\/?/, '');
  return ROUTES.some((r) => r.id === id) ? (id as RouteId) : 'today';
}

export function useRoute(): [RouteId, (id: RouteId) => void] {
  const [route, setRoute] = useState<RouteId>(() => routeFromHash(window.location.hash));
  useEffect(() => {
    const onHash = () => setRoute(routeFromHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const go = (id: RouteId) => {
    window.location.hash = `#/${id}`;
  };
  return [route, go];
}
