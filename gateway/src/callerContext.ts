import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { isUnauthenticated, PURPOSE_HEADER, type Caller, type HubContext, type Logger, type Purpose } from '@hub/kit';
import type { CallerAuthenticator } from './auth/authenticator';
import { rateLimited, type RequestRateLimiter } from './limits/rateLimiter';

/** The gateway's per-request context: who asks and why, forwarded to every department. */
export interface GatewayContext {
  hub: HubContext;
}

const TRACEPARENT = /^[\da-f]{2}-([\da-f]{32})-[\da-f]{16}-[\da-f]{2}$/;

/** A W3C traceparent's trace id, a client's x-request-id, or a new id. */
export function traceIdOf(req: IncomingMessage): string {
  const traceparent = req.headers.traceparent;
  const match = typeof traceparent === 'string' ? TRACEPARENT.exec(traceparent) : null;
  if (match?.[1]) return match[1];
  const requestId = req.headers['x-request-id'];
  if (typeof requestId === 'string' && /^[\w-]{8,64}$/.test(requestId)) return requestId;
  return randomUUID();
}

/**
 * The declared purpose (申请事由): the matter or case the read serves, and intake's signed
 * purpose grant (x-hub-purpose), which departments verify themselves — the gateway only
 * carries it.
 */
export function purposeOf(req: IncomingMessage): Purpose | null {
  const matter = req.headers['x-hub-matter'];
  const caseId = req.headers['x-hub-case'];
  const token = req.headers[PURPOSE_HEADER];
  if (typeof matter !== 'string' && typeof caseId !== 'string' && typeof token !== 'string') return null;
  return {
    ...(typeof matter === 'string' ? { matter } : {}),
    ...(typeof caseId === 'string' ? { caseId } : {}),
    ...(typeof token === 'string' && token.length <= MAX_PURPOSE_TOKEN ? { token } : {}),
  };
}

/** A grant lists a matter's paths; far below this. A longer header is dropped, not forwarded. */
const MAX_PURPOSE_TOKEN = 16_384;

/** What the gateway checks before a request may reach the graph. */
export interface RequestGuard {
  authenticator: CallerAuthenticator;
  rateLimiter: RequestRateLimiter;
  log: Logger;
}

/**
 * Authenticates the caller, charges their rate limit, and builds the context forwarded to
 * every department. A refusal is thrown as a GraphQL error carrying its HTTP status (401,
 * or 429 once an address keeps failing), before any planning or execution.
 */
export async function createGatewayContext(req: IncomingMessage, guard: RequestGuard): Promise<GatewayContext> {
  const traceId = traceIdOf(req);
  let caller: Caller;
  try {
    caller = await guard.authenticator.authenticate(req.headers.authorization);
  } catch (err) {
    if (!isUnauthenticated(err)) throw err;
    const wait = await guard.rateLimiter.chargeAddress(req.socket.remoteAddress);
    guard.log.info({ traceId, reason: err.extensions.reason, address: req.socket.remoteAddress }, 'refused unauthenticated request');
    throw wait === null ? err : rateLimited(wait);
  }
  const wait = await guard.rateLimiter.chargeCaller(caller.id);
  if (wait !== null) throw rateLimited(wait);
  return { hub: { caller, purpose: purposeOf(req), traceId } };
}
