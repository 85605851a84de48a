import type { HubError } from '@hub/sdk';

/** What went wrong with a request, in the terms the clerk is told (messages in i18n, problem.*). */
export type ProblemKind =
  | 'network'
  | 'unauthenticated'
  | 'noPurpose'
  | 'caseClosed'
  | 'forbidden'
  | 'badInput'
  | 'rateLimited'
  | 'conflict'
  | 'illegalTransition'
  | 'resultNotIssued'
  | 'unavailable'
  | 'other';

export interface Problem {
  kind: ProblemKind;
  /** The hub's own words, shown small under the Chinese message. */
  detail: string;
  /** The department that answered or failed, when the gateway names it. */
  department?: string;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function problemOf(error: HubError): Problem {
  const code = error.extensions?.code;
  const department = text(error.extensions?.serviceName);
  const base = { detail: error.message, ...(department ? { department } : {}) };
  if (code === 'UNAUTHENTICATED') return { kind: 'unauthenticated', ...base };
  const reason = error.extensions?.reason;
  if (code === 'FORBIDDEN' && reason === 'NO_PURPOSE') return { kind: 'noPurpose', ...base };
  if (code === 'FORBIDDEN' && reason === 'CASE_CLOSED') return { kind: 'caseClosed', ...base };
  if (code === 'FORBIDDEN') return { kind: 'forbidden', ...base };
  // A case changed since it was read (optimistic locking), or a step its status does not allow.
  if (code === 'CONFLICT') return { kind: 'conflict', ...base };
  if (code === 'ILLEGAL_TRANSITION') return { kind: reason === 'RESULT_NOT_ISSUED' ? 'resultNotIssued' : 'illegalTransition', ...base };
  if (code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED') return { kind: 'badInput', ...base };
  if (code === 'RATE_LIMITED') return { kind: 'rateLimited', ...base };
  // A department that is down or slow: the gateway names it (SUBGRAPH_UNAVAILABLE, departmentSource.ts).
  if (department && (code === 'SUBGRAPH_UNAVAILABLE' || code === undefined || code === 'INTERNAL_SERVER_ERROR')) return { kind: 'unavailable', ...base };
  return { kind: 'other', ...base };
}

export function networkProblem(err: unknown): Problem {
  return { kind: 'network', detail: err instanceof Error ? err.message : String(err) };
}
