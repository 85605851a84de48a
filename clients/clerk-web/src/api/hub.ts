import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createHubClient, type HubResult } from '@hub/sdk';
import { networkProblem, problemOf, type Problem } from './problems';
import type { Session } from './session';

/**
 * Why the data is read (申请事由): the case it serves and the purpose grant (用数凭证) intake
 * issued for it, which the departments verify; the matter or bundle is declared as well.
 */
export interface Purpose {
  matter?: string;
  caseId?: string;
  /** The signed grant, sent as x-hub-purpose. */
  grant?: string;
}

export interface Answer<T> {
  data: T | null;
  problems: Problem[];
}

export type Ask = <TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables, purpose?: Purpose) => Promise<Answer<TResult>>;

/**
 * Requests through the typed SDK to the gateway on this page's own origin, as the signed-in
 * caller, with the purpose in x-hub-purpose (and x-hub-matter / x-hub-case). Never throws: a network failure or
 * a refusal comes back as problems; a lapsed token signs the clerk out.
 */
export function askAs(session: Session, onSignedOut: () => void): Ask {
  return async function ask<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables, purpose?: Purpose): Promise<Answer<TResult>> {
    const request = createHubClient({ url: '/graphql', token: session.token, headers: purposeHeaders(purpose) });
    let result: HubResult<TResult>;
    try {
      result = await request(document, variables);
    } catch (err) {
      return { data: null, problems: [networkProblem(err)] };
    }
    const problems = result.errors.map(problemOf);
    if (problems.some((p) => p.kind === 'unauthenticated')) onSignedOut();
    return { data: result.data, problems };
  };
}

function purposeHeaders(purpose: Purpose | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  if (purpose?.matter) headers['x-hub-matter'] = purpose.matter;
  if (purpose?.caseId) headers['x-hub-case'] = purpose.caseId;
  if (purpose?.grant) headers['x-hub-purpose'] = purpose.grant;
  return headers;
}
