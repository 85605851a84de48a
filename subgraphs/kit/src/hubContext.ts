/**
 * Who asks and why: what the gateway establishes for every request and forwards to every
 * department, signed (see trust/contextToken.ts). Never read from an unsigned header.
 */
export const CALLER_ROLES = ['CLERK', 'APPROVER', 'DEPARTMENT_SYSTEM', 'CITIZEN'] as const;

/**
 * CLERK: a window clerk (窗口人员), bound to a service centre (便民服务中心) and its division.
 * APPROVER: a department's back-office approver (后台审批人员), bound to a department.
 * DEPARTMENT_SYSTEM: a department's own system (service account) with a list of grants.
 * CITIZEN: a person acting for themselves, bound to their own ID number.
 */
export type CallerRole = (typeof CALLER_ROLES)[number];

export interface Caller {
  /** Stable identifier of the account (the token's `sub`). */
  id: string;
  role: CallerRole;
  /** Display name, for records and screens. */
  name?: string;
  /** A clerk's service centre, e.g. 博山区城东街道便民服务中心. */
  centre?: string;
  /** A clerk's 9-digit town division code (乡镇/街道), e.g. 370304001. */
  division?: string;
  /** An approver's or department system's department, e.g. social-security. */
  department?: string;
  /** A citizen's own ID number. */
  idNumber?: string;
  /** What a department system may read (opaque until the data-sharing catalogue arrives). */
  grants?: string[];
}

/** Why the data is read: the matter (事项) or case (办件) it serves. */
export interface Purpose {
  matter?: string;
  caseId?: string;
  description?: string;
  /** Intake's signed purpose grant (用数凭证, purpose/purposeToken.ts) that the client sent; departments verify it. */
  token?: string;
}

/** What the gateway passes to every subgraph with each request. */
export interface HubContext {
  caller: Caller;
  purpose: Purpose | null;
  traceId: string;
}

/** The header that carries the signed context from the gateway to a department. */
export const HUB_CONTEXT_HEADER = 'x-hub-context';
