import { badUserInput, forbidden, licenceToday } from '@hub/kit';
import type { ELicenseContext } from '../../context';
import type { LicenceEnding } from '../../enums';
import { requireLicenceType, requireText } from './draftChecks';
import { LicenceStatusChange } from './issuedLicence.type';
import { isIssuingSystem, ISSUE_GRANT, requireCaseId, requireMayIssue } from './issuingRights';
import { heldLicenceRow } from './renewLicence';

/** Revokes (撤销), cancels (注销) or withdraws (吊销) a licence, with the reason, in its history. */
export async function endLicence(id: string, ending: LicenceEnding, reason: string, caseId: string | null | undefined, ctx: ELicenseContext): Promise<LicenceStatusChange> {
  const row = await heldLicenceRow(id, ctx);
  const type = await requireLicenceType(row.typeCode, ctx, 'id');
  const theCase = caseId ? requireCaseId(caseId) : null;
  requireMayIssue(ctx, type, theCase);
  const why = requireText(reason, 'reason', 500);
  const at = await ctx.data.lifecycle.endNow(row.id, ending, ctx, { kind: ending, caseId: theCase, reason: why, relatedLicenceId: null });
  if (!at) throw badUserInput('id', `the licence is ${row.supersededBy ? `replaced by ${row.supersededBy}` : row.status} already`);
  return Object.assign(new LicenceStatusChange(), { id: row.id, status: ending, at, reason: why });
}

/** The daily job (失效处理): every licence past its last valid day becomes EXPIRED, with its event. */
export async function expireLicences(today: Date | null | undefined, ctx: ELicenseContext): Promise<number> {
  if (!isIssuingSystem(ctx.caller)) throw forbidden(`Only a department system granted ${ISSUE_GRANT} runs expiry`, { reason: 'NOT_ISSUING_SYSTEM' });
  return ctx.data.lifecycle.expireDue(today ? today.toISOString().slice(0, 10) : licenceToday(), ctx);
}
