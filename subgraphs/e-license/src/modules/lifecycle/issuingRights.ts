import { badUserInput, forbidden, type Caller } from '@hub/kit';
import type { LicenceType as LicenceTypeRow } from '../../__generated__/prisma/client';
import type { ELicenseContext } from '../../context';

/** The grant a department system needs to issue, renew, revoke and expire licences. */
export const ISSUE_GRANT = 'e-license:issue';

const CASE_ID = /^[\w-]{1,64}$/;

export function requireCaseId(value: string, field = 'caseId'): string {
  const caseId = value.trim();
  if (!CASE_ID.test(caseId)) throw badUserInput(field, 'a case number is 1–64 letters, digits, dashes or underscores');
  return caseId;
}

export function isIssuingSystem(caller: Caller): boolean {
  return caller.role === 'DEPARTMENT_SYSTEM' && (caller.grants ?? []).some((g) => g === '*' || g === ISSUE_GRANT);
}

/**
 * Who may change a licence of a type: an approver of the type's issuing department in the
 * hub (its hubDepartment), or a department system granted e-license:issue. When the
 * request carries a purpose grant it must be the case named, so a licence is never issued
 * under another case's purpose.
 */
export function requireMayIssue(ctx: ELicenseContext, type: LicenceTypeRow, caseId: string | null): void {
  const { caller } = ctx;
  const approver = caller.role === 'APPROVER' && type.hubDepartment !== null && caller.department === type.hubDepartment;
  if (!approver && !isIssuingSystem(caller)) {
    const who = type.hubDepartment ? `an approver of ${type.hubDepartment} (the department that issues ${type.name})` : `no approver: ${type.name} is issued outside the hub`;
    throw forbidden(`Only ${who}, or a department system granted ${ISSUE_GRANT}, may issue, renew or end a ${type.name}`, {
      reason: 'NOT_ISSUING_DEPARTMENT',
      licenceType: type.code,
    });
  }
  const grant = ctx.access.grant;
  if (grant && caseId && (grant.basis !== 'CASE' || grant.id !== caseId)) {
    throw forbidden(`The request’s purpose is ${grant.basis === 'CASE' ? `case ${grant.id}` : `authorisation ${grant.id}`}, not case ${caseId}`, { reason: 'CASE_MISMATCH' });
  }
}
