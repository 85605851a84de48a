import { OPERATION_SIGNATURE_HEADER, PURPOSE_HEADER } from '@hub/kit';
import type { GatewayTarget } from '../../config';

/**
 * Intake reads department data the way any client does: through the gateway, on behalf of
 * the caller (their bearer token passes through) and for a declared purpose (x-hub-matter,
 * x-hub-case), so each department checks and records the read as the caller's, for the
 * matter. Never throws: a gateway that is down, slow or refusing yields a failure the
 * prefill reports field by field.
 */
export interface GatewayCall {
  document: string;
  operationName: string;
  variables: Record<string, unknown>;
  /** The matter or bundle code the read serves (申请事由). */
  matter: string;
  caseId?: string | null;
  /** Intake's signed purpose grant for the read (用数凭证), sent as x-hub-purpose. */
  purposeToken?: string | null;
  /** Signs the document for the gateway's safelist (intake's plans are not among the SDK's operations). */
  sign?: (document: string) => Promise<string>;
  /** The caller's `Authorization` header, passed on unchanged. */
  authorization?: string;
  traceId: string;
}

export interface GatewayError {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
}

export interface GatewayOutcome {
  data: Record<string, unknown> | null;
  errors: GatewayError[];
  /** Why nothing came back at all (timeout, refused connection, an HTTP error without data). */
  failure: string | null;
  ms: number;
}

export const PURPOSE_MATTER_HEADER = 'x-hub-matter';
export const PURPOSE_CASE_HEADER = 'x-hub-case';

export async function callGateway(target: GatewayTarget, call: GatewayCall): Promise<GatewayOutcome> {
  const started = Date.now();
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    [PURPOSE_MATTER_HEADER]: call.matter,
    'x-request-id': call.traceId,
  };
  if (call.caseId) headers[PURPOSE_CASE_HEADER] = call.caseId;
  if (call.purposeToken) headers[PURPOSE_HEADER] = call.purposeToken;
  if (call.sign) headers[OPERATION_SIGNATURE_HEADER] = await call.sign(call.document);
  if (call.authorization) headers.authorization = call.authorization;
  try {
    const response = await fetch(target.url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: call.document, operationName: call.operationName, variables: call.variables }),
      signal: AbortSignal.timeout(target.timeoutMs),
    });
    const body = (await response.json()) as { data?: Record<string, unknown> | null; errors?: GatewayError[] };
    const data = body.data ?? null;
    const errors = body.errors ?? [];
    const failure = data ? null : `gateway answered ${response.status}: ${errors[0]?.message ?? 'no data'}`;
    return { data, errors, failure, ms: Date.now() - started };
  } catch (err) {
    const timedOut = err instanceof Error && err.name === 'TimeoutError';
    const failure = timedOut ? `gateway did not answer within ${target.timeoutMs} ms` : `gateway unreachable: ${(err as Error).message}`;
    return { data: null, errors: [], failure, ms: Date.now() - started };
  }
}
