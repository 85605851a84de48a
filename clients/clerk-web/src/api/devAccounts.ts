import type { Claims, Session } from './session';

/**
 * The gateway's development issuer (not in production): GET /auth/dev-token lists the demo
 * accounts, POST {"account": …} returns a token for one.
 */
const DEV_TOKEN_PATH = '/auth/dev-token';

export interface DemoAccount {
  account: string;
  description: string;
}

export type AccountsResult = { ok: true; accounts: DemoAccount[] } | { ok: false; reason: 'noDevIssuer' | 'unreachable' | 'refused'; detail?: string };

export async function listDemoAccounts(): Promise<AccountsResult> {
  let response: Response;
  try {
    response = await fetch(DEV_TOKEN_PATH, { headers: { accept: 'application/json' } });
  } catch (err) {
    return { ok: false, reason: 'unreachable', detail: String(err) };
  }
  if (response.status === 404) return { ok: false, reason: 'noDevIssuer' };
  if (!response.ok) return { ok: false, reason: 'refused', detail: `HTTP ${response.status}` };
  const body = (await response.json()) as { accounts?: DemoAccount[] };
  return { ok: true, accounts: body.accounts ?? [] };
}

interface TokenResponse {
  token?: string;
  expiresIn?: number;
  account?: string;
  claims?: Claims;
  errors?: Array<{ message: string }>;
}

export async function signInAs(account: string): Promise<Session> {
  const response = await fetch(DEV_TOKEN_PATH, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ account }),
  });
  const body = (await response.json()) as TokenResponse;
  if (!response.ok || !body.token || !body.claims) throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.status}`);
  // A minute's margin, so a request is not sent with a token about to lapse.
  const expiresAt = Date.now() + ((body.expiresIn ?? 0) - 60) * 1000;
  return { token: body.token, account: body.account ?? account, claims: body.claims, expiresAt };
}
