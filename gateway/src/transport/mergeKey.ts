import type { HubContext } from '@hub/kit';

/**
 * The key under which a department call may be merged with an identical one in flight:
 * the caller (account and role), the whole declared purpose (grant, matter, case) and the
 * exact request body. Two clerks of one centre, or one clerk on two cases, never share a
 * call. Null — never merged — for anything but a read, or without an authenticated caller.
 * A merged call is one read at the department, recorded once (with the first request's
 * trace id) — the same caller, the same purpose, the same data, at the same moment.
 */
export function mergeKey(hub: HubContext | undefined, body: string): string | null {
  if (!hub || !isQuery(body)) return null;
  const { caller, purpose } = hub;
  return JSON.stringify([caller.id, caller.role, purpose?.token ?? null, purpose?.matter ?? null, purpose?.caseId ?? null, body]);
}

/** The gateway's subgraph operations begin with their kind; only queries are merged. */
function isQuery(body: string): boolean {
  return body.startsWith('{"query":"query') || body.startsWith('{"query":"{');
}
