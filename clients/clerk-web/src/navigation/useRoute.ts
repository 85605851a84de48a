import { useCallback, useEffect, useState } from 'react';
import type { Role } from '../api/session';
import { routeById, routeOfHash, routesFor, type RouteEntry, type RouteId } from './routes';

/**
 * Hash routing (#/form): the gateway serves one page, the browser's back button works,
 * and a reload stays on the screen. A route the caller's role does not have falls back to
 * the role's first screen.
 */
export function useRoute(role: Role): { route: RouteEntry; navigate(id: RouteId): void } {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const allowed = routesFor(role);
  const named = routeOfHash(hash);
  const route = named && allowed.includes(named) ? named : allowed[0]!;
  const navigate = useCallback((id: RouteId) => {
    window.location.hash = routeById(id).path;
  }, []);
  return { route, navigate };
}
