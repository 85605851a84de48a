import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** An error the gateway returned, with its code (BAD_USER_INPUT, FORBIDDEN, UNAUTHENTICATED …). */
export interface HubError {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface HubResult<T> {
  data: T | null;
  errors: HubError[];
  status: number;
}

export interface HubClientOptions {
  /** The gateway's GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql */
  url: string;
  /** A bearer token for the caller, when the gateway requires one. */
  token?: string;
  /** Extra headers, e.g. the declared purpose (x-hub-matter / x-hub-case). */
  headers?: Record<string, string>;
  fetch?: typeof fetch;
}

/**
 * A small typed client: pass a generated document and its variables, get its typed result.
 * Partial data comes back with its errors (a department being down degrades only its fields).
 */
export function createHubClient(options: HubClientOptions) {
  const doFetch = options.fetch ?? fetch;
  return async function request<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
  ): Promise<HubResult<TResult>> {
    const response = await doFetch(options.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const body = (await response.json()) as { data?: TResult | null; errors?: HubError[] };
    return { data: body.data ?? null, errors: body.errors ?? [], status: response.status };
  };
}
