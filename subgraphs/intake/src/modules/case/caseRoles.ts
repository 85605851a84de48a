import { forbidden, type Caller } from '@hub/kit';
import type { Case as CaseRow } from '../../__generated__/prisma/client';

/** Window steps (受理、补正、退办、出件) are the clerks' of the centre that holds the case. */
export function requireWindowClerk(caller: Caller, row: CaseRow): void {
  if (caller.role !== 'CLERK' || caller.centre !== row.centre) {
    throw forbidden(`Only a clerk of ${row.centre} acts on this case at the window; the caller is ${caller.role === 'CLERK' ? `a clerk of ${caller.centre}` : `a ${caller.role}`}`, { reason: 'NOT_CASE_WINDOW' });
  }
}
