import { randomUUID } from 'node:crypto';

/** Who is asking. Clerks are bound to a service centre (便民服务中心) and its division. */
export type CallerRole = 'CLERK' | 'APPROVER' | 'DEPARTMENT_SYSTEM' | 'CITIZEN' | 'ANONYMOUS';

export interface Caller {
  id: string;
  role: CallerRole;
  centre?: string;
  division?: string;
  department?: string;
  /** A citizen's own ID number. */
  idNumber?: string;
}

/** Why the data is read: the matter (事项) or case (办件) it serves. */
export interface Purpose {
  matter?: string;
  caseId?: string;
  description?: string;
}

/** What the gateway passes to every subgraph with each request. */
export interface HubContext {
  caller: Caller;
  purpose: Purpose | null;
  traceId: string;
}

export const HUB_CONTEXT_HEADER = 'x-hub-context';
export const ANONYMOUS: Caller = { id: 'anonymous', role: 'ANONYMOUS' };

export function encodeHubContext(context: HubContext): string {
  return Buffer.from(JSON.stringify(context), 'utf8').toString('base64url');
}

/** Reads the forwarded context; a missing or unreadable header yields an anonymous caller. */
export function decodeHubContext(header: string | undefined): HubContext {
  if (!header) return { caller: ANONYMOUS, purpose: null, traceId: randomUUID() };
  try {
    const parsed = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as Partial<HubContext>;
    return {
      caller: parsed.caller ?? ANONYMOUS,
      purpose: parsed.purpose ?? null,
      traceId: typeof parsed.traceId === 'string' ? parsed.traceId : randomUUID(),
    };
  } catch {
    return { caller: ANONYMOUS, purpose: null, traceId: randomUUID() };
  }
}
