import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendJson } from '@hub/kit';
import type { RequestRateLimiter } from '../limits/rateLimiter';
import { demoAccounts, findDemoAccount } from './demoAccounts';
import { DEV_TOKEN_SECONDS, type DevIssuer } from './devIssuer';

export const DEV_TOKEN_PATH = '/auth/dev-token';

/**
 * POST /auth/dev-token {"account": "clerk-boshan"} → a bearer token for that demo account;
 * GET lists the accounts. Only mounted when not in production. Counted against the client
 * address like any request without a token.
 */
export function devTokenRoute(issuer: DevIssuer, rateLimiter: RequestRateLimiter) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const wait = await rateLimiter.chargeAddress(req.socket.remoteAddress);
    if (wait !== null) {
      res.setHeader('retry-after', String(wait));
      return sendJson(res, 429, refusal(`Too many requests: try again in ${wait} s`, 'RATE_LIMITED'));
    }
    if (req.method === 'GET') return sendJson(res, 200, { accounts: demoAccounts().map(({ account, description }) => ({ account, description })) });
    if (req.method !== 'POST') {
      res.setHeader('allow', 'GET, POST');
      return sendJson(res, 405, refusal(`${DEV_TOKEN_PATH} takes POST {"account": "<name>"}`, 'METHOD_NOT_ALLOWED'));
    }
    const name = accountName(await readBody(req));
    const account = name === null ? undefined : findDemoAccount(name);
    if (!account) {
      const known = demoAccounts().map((a) => a.account).join(', ');
      return sendJson(res, 400, refusal(`send {"account": "<name>"} with one of: ${known}`, 'BAD_REQUEST'));
    }
    const token = await issuer.issue(account.claims);
    sendJson(res, 200, { token, tokenType: 'Bearer', expiresIn: DEV_TOKEN_SECONDS, account: account.account, claims: account.claims });
  };
}

/** The account named in a JSON body, whatever content type curl sent it with. */
function accountName(body: unknown): string | null {
  let parsed = body;
  if (typeof body === 'string') {
    try {
      parsed = JSON.parse(body) as unknown;
    } catch {
      return null;
    }
  }
  const account = (parsed as { account?: unknown } | null)?.account;
  return typeof account === 'string' ? account : null;
}

function refusal(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}
