import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { ANONYMOUS, type HubContext, type Purpose } from '@hub/kit';

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

/** The declared purpose (申请事由): the matter or case the read serves. */
export function purposeOf(req: IncomingMessage): Purpose | null {
  const matter = req.headers['x-hub-matter'];
  const caseId = req.headers['x-hub-case'];
  if (typeof matter !== 'string' && typeof caseId !== 'string') return null;
  return {
    ...(typeof matter === 'string' ? { matter } : {}),
    ...(typeof caseId === 'string' ? { caseId } : {}),
  };
}

/** Authentication arrives with the trust work; until then every caller is anonymous. */
export async function createGatewayContext(req: IncomingMessage): Promise<GatewayContext> {
  return { hub: { caller: ANONYMOUS, purpose: purposeOf(req), traceId: traceIdOf(req) } };
}
