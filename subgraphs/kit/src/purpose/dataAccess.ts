import type { Caller, HubContext } from '../hubContext';
import { PathSet } from './paths';
import type { PurposeGrant } from './purposeGrant';
import { PurposeRefused, type PurposeVerifier } from './purposeToken';

/** What one caller may read about one subject in this request, or why nothing. */
export type SubjectScope = { paths: PathSet; licenceTypes: ReadonlySet<string> | 'ALL' } | { refusal: string; reason: RefusalReason };

export type RefusalReason =
  | 'NO_PURPOSE'
  | 'PURPOSE_INVALID'
  | 'AUTHORISATION_EXPIRED'
  | 'OTHER_CENTRE'
  | 'OTHER_DEPARTMENT'
  | 'SUBJECT_NOT_COVERED'
  | 'NOT_OWN_DATA'
  | 'NO_GRANT';

const EVERYTHING = new PathSet(['*']);

/**
 * The access rules of one request, decided from who asks (the gateway's signed context)
 * and why (intake's signed purpose grant):
 * - a citizen reads their own data, all of it;
 * - a department system reads what its service account is granted in this department;
 * - a clerk reads a subject's data only under a grant for a case at their own centre, or
 *   the subject's authorisation of that centre; an approver only under a grant naming their
 *   department; in both cases only the paths and licence types the grant lists.
 * The refusal for a subject the grant does not cover is the same whether or not the
 * department holds that subject, so a refusal tells nothing about existence.
 */
export class DataAccess {
  private constructor(
    private readonly caller: Caller,
    private readonly department: string,
    readonly grant: PurposeGrant | null,
    private readonly grantProblem: { refusal: string; reason: RefusalReason } | null,
  ) {}

  static async of(hub: HubContext, department: string, verifier: PurposeVerifier | null, now = Date.now()): Promise<DataAccess> {
    const token = hub.purpose?.token;
    if (!token || (hub.caller.role !== 'CLERK' && hub.caller.role !== 'APPROVER')) return new DataAccess(hub.caller, department, null, null);
    if (!verifier) return new DataAccess(hub.caller, department, null, { refusal: 'this department has no key to check purpose grants', reason: 'PURPOSE_INVALID' });
    try {
      const grant = await verifier.verify(token, now);
      return new DataAccess(hub.caller, department, grant, grantProblem(grant, hub.caller, now));
    } catch (err) {
      if (!(err instanceof PurposeRefused)) throw err;
      return new DataAccess(hub.caller, department, null, { refusal: err.message, reason: 'PURPOSE_INVALID' });
    }
  }

  /** What may be read about `subject` (a citizen ID number or credit code). */
  scopeFor(subject: string): SubjectScope {
    const { caller } = this;
    switch (caller.role) {
      case 'CITIZEN':
        return caller.idNumber === subject
          ? { paths: EVERYTHING, licenceTypes: 'ALL' }
          : { refusal: 'a citizen reads only their own data', reason: 'NOT_OWN_DATA' };
      case 'DEPARTMENT_SYSTEM': {
        const granted = (caller.grants ?? []).flatMap((g) => (g === '*' ? ['*'] : g.startsWith(`${this.department}:`) ? [g.slice(this.department.length + 1)] : []));
        return granted.length
          ? { paths: new PathSet(granted), licenceTypes: 'ALL' }
          : { refusal: `service account ${caller.id} is granted none of ${this.department}'s personal data`, reason: 'NO_GRANT' };
      }
      case 'CLERK':
      case 'APPROVER': {
        if (this.grantProblem) return this.grantProblem;
        const grant = this.grant;
        if (!grant) {
          return {
            refusal: `no purpose: ${caller.role === 'CLERK' ? 'a clerk' : 'an approver'} reads personal data only for an open case or the subject's authorisation (用数授权); send the purpose grant intake issues for it`,
            reason: 'NO_PURPOSE',
          };
        }
        if (!grant.subjects.includes(subject)) return { refusal: `${describeGrant(grant)} does not cover this subject`, reason: 'SUBJECT_NOT_COVERED' };
        return grantScope(grant);
      }
    }
  }

  /** The purpose in words, for error messages. */
  describe(): string {
    return this.grant ? describeGrant(this.grant) : 'no purpose';
  }
}

/**
 * A grant's paths and licence types as sets, built once per verified grant (the verifier
 * hands out the same grant object while its token is cached), not once per object read.
 */
const grantScopes = new WeakMap<PurposeGrant, { paths: PathSet; licenceTypes: ReadonlySet<string> }>();

function grantScope(grant: PurposeGrant): { paths: PathSet; licenceTypes: ReadonlySet<string> } {
  let scope = grantScopes.get(grant);
  if (!scope) {
    scope = { paths: new PathSet(grant.paths), licenceTypes: new Set(grant.licenceTypes) };
    grantScopes.set(grant, scope);
  }
  return scope;
}

export function describeGrant(grant: PurposeGrant): string {
  return grant.basis === 'CASE'
    ? `case ${grant.id} (${grant.matterName})`
    : `the subject's authorisation ${grant.id} (${grant.matterName})`;
}

/** A verified grant the caller still may not use. */
function grantProblem(grant: PurposeGrant, caller: Caller, now: number): { refusal: string; reason: RefusalReason } | null {
  if (grant.authorisationExpiresAt && Date.parse(grant.authorisationExpiresAt) <= now) {
    return { refusal: `the subject's authorisation (用数授权) ${grant.id} expired at ${grant.authorisationExpiresAt}`, reason: 'AUTHORISATION_EXPIRED' };
  }
  if (caller.role === 'CLERK' && grant.centre !== caller.centre) {
    return { refusal: `${describeGrant(grant)} is for ${grant.centre ?? 'no centre'}, not the caller's centre ${caller.centre ?? '(none)'}`, reason: 'OTHER_CENTRE' };
  }
  if (caller.role === 'APPROVER' && !(caller.department && grant.departments?.includes(caller.department))) {
    return { refusal: `${describeGrant(grant)} gives the back office of ${caller.department ?? '(no department)'} no task`, reason: 'OTHER_DEPARTMENT' };
  }
  return null;
}
