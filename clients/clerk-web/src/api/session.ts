/**
 * Who is signed in: the bearer token the gateway issued and the claims it vouches for.
 * Kept in sessionStorage: it lasts as long as the browser tab, never beyond it.
 */
export type Role = 'CLERK' | 'APPROVER' | 'DEPARTMENT_SYSTEM' | 'CITIZEN';

export interface Claims {
  sub: string;
  role: Role;
  name?: string;
  centre?: string;
  division?: string;
  department?: string;
  idNumber?: string;
}

export interface Session {
  token: string;
  account: string;
  claims: Claims;
  /** Epoch milliseconds after which the gateway refuses the token. */
  expiresAt: number;
}

const KEY = 'clerk-web.session';

export function loadSession(now = Date.now()): Session | null {
  try {
    const stored = sessionStorage.getItem(KEY);
    const session = stored ? (JSON.parse(stored) as Session) : null;
    return session && session.expiresAt > now ? session : null;
  } catch {
    return null; // storage refused (privacy mode) or not JSON: sign in again
  }
}

export function saveSession(session: Session | null): void {
  try {
    if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
    else sessionStorage.removeItem(KEY);
  } catch {
    // the session then lasts until the page is reloaded
  }
}
