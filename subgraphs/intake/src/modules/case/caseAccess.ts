import { forbidden, type Caller } from '@hub/kit';
import type { Case as CaseRow } from '../../__generated__/prisma/client';
import { CaseStatus } from '../../enums';

/** Statuses in which a case is still being worked on, and so still a purpose for reading data. */
export const OPEN_STATUSES: ReadonlySet<CaseStatus> = new Set([
  CaseStatus.DRAFT, CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS, CaseStatus.CORRECTION_REQUESTED, CaseStatus.APPROVED,
]);

/**
 * Who may see a case: the clerks of the centre that holds it, approvers of a department that
 * handles one of its matters, and the applicant. The refusal is the same as for a case that
 * does not exist, so case ids cannot be probed.
 */
export function mayOpenCase(caller: Caller, row: CaseRow, departments: readonly string[]): boolean {
  switch (caller.role) {
    case 'CLERK':
      return caller.centre === row.centre;
    case 'APPROVER':
      return !!caller.department && departments.includes(caller.department);
    case 'CITIZEN':
      return caller.idNumber === row.subjectCode;
    case 'DEPARTMENT_SYSTEM':
      return false;
  }
}

export function caseNotFound(id: string) {
  return forbidden(`No case ${id} that the caller may see: a case is seen by its centre’s clerks, the approvers of its departments and its applicant`, {
    reason: 'CASE_NOT_VISIBLE',
  });
}
