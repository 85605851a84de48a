import { badUserInput, forbidden } from '../errors';
import type { HubContext } from '../hubContext';

/**
 * Only the person themself reads who read their data: a citizen caller whose authenticated
 * ID number is the subject's. Anyone else — a clerk, an approver, a department system,
 * another citizen — is refused, with the reason.
 */
export function requireDataSubject(hub: HubContext, idNumber: string): void {
  const { caller } = hub;
  if (caller.role !== 'CITIZEN') {
    throw forbidden(`Only the person themself may see who read their data (用数留痕): the caller is a ${caller.role}, not the data subject`, {
      reason: 'NOT_DATA_SUBJECT',
    });
  }
  if (caller.idNumber !== idNumber) {
    throw forbidden('Only the person themself may see who read their data (用数留痕): the caller is a different citizen', {
      reason: 'NOT_DATA_SUBJECT',
    });
  }
}

/** Most records a department returns per page of a person's access log. */
export const ACCESS_LOG_MAX_PAGE = 500;

export function requireAccessLogLimit(limit: number): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > ACCESS_LOG_MAX_PAGE) throw badUserInput('limit', `between 1 and ${ACCESS_LOG_MAX_PAGE}`);
  return limit;
}
