import { useCallback, useEffect, useState } from 'react';
import type { Role } from '../api/session';
import { hashOf, parseHash, routesFor, type RouteEntry, type RouteId } from './routes';

export type Navigate = (id: RouteId, params?: Record<string, string>) => void;

/**
 * Hash routing (#/form, #/queue/case?id=…): the gateway serves one page, the browser's back
 * button works, and a reload stays on the screen. A route the caller's role does not have
 * falls back to the role's first screen.
 */
export function useRoute(role: Role): { route: RouteEntry; params: URLSearchParams; navigate: Navigate } {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const allowed = routesFor(role);
  const { route: named, params } = parseHash(hash);
  const route = named && allowed.includes(named) ? named : allowed[0]!;
  const navigate = useCallback<Navigate>((id, next) => {
    window.location.hash = hashOf(id, next);
  }, []);
  return { route, params, navigate };
}
