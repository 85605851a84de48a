import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { PURPOSE_HEADER } from '@hub/kit';
import { createHubClient, type HubError } from '@hub/sdk';

/**
 * The workstation's way of calling the gateway, with what a browser adds to it: a timeout
 * after which the client gives up on an answer (the request may still be carried out), and
 * the purpose grant (用数凭证) as a header. Answers are sorted into data, a refusal the
 * client must not retry, and a failure it should retry with the same idempotency key.
 */
export type Answer<T> =
  | { kind: 'data'; data: T }
  | { kind: 'refused'; message: string }
  | { kind: 'failed'; message: string };

export interface SendOptions {
  /** The case's purpose grant, sent as x-hub-purpose. */
  purpose?: string;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;
/** Refusals a retry cannot change: the request itself is wrong or not allowed. */
const FINAL = new Set(['BAD_USER_INPUT', 'FORBIDDEN', 'UNAUTHENTICATED', 'ILLEGAL_TRANSITION', 'CONFLICT', 'NOT_FOUND', 'GRAPHQL_VALIDATION_FAILED']);

export class WindowClient {
  constructor(private readonly graphqlUrl: string, private readonly token: string) {}

  async send<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables, options: SendOptions = {}): Promise<Answer<TResult>> {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const request = createHubClient({
      url: this.graphqlUrl,
      token: this.token,
      headers: options.purpose ? { [PURPOSE_HEADER]: options.purpose } : {},
      fetch: (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) }),
    });
    try {
      const result = await request(document, variables);
      if (result.data && result.errors.length === 0) return { kind: 'data', data: result.data };
      const message = `${result.status} ${describe(result.errors)}`;
      return result.errors.some((e) => FINAL.has(e.extensions?.code ?? '')) ? { kind: 'refused', message } : { kind: 'failed', message };
    } catch (err) {
      const name = (err as Error).name;
      return { kind: 'failed', message: name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : `no answer: ${(err as Error).message}` };
    }
  }
}

function describe(errors: HubError[]): string {
  if (errors.length === 0) return 'no data';
  return errors.slice(0, 2).map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; ');
}

/** A bearer token for a demo account from the gateway's development issuer. */
export async function devToken(gatewayBase: string, account: string): Promise<{ token: string; idNumber?: string }> {
  const response = await fetch(`${gatewayBase}/auth/dev-token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ account }),
  });
  const body = (await response.json()) as { token?: string; claims?: { idNumber?: string } };
  if (!response.ok || !body.token) throw new Error(`no development token for ${account}: ${response.status} ${JSON.stringify(body)}`);
  return { token: body.token, ...(body.claims?.idNumber ? { idNumber: body.claims.idNumber } : {}) };
}
