import { badUserInput } from '@hub/kit';
import type { IntakeContext } from '../../context';
import { openCaseFor, visibleCase } from '../case/case.service';
import { grantForCase } from '../purpose/grantIssuer';
import type { PrefillRequest } from './prefill.request';

/**
 * The purpose a prefill reads under. A clerk always reads for a case: the one named, if it is
 * this applicant's and this form's, or one opened now at their window. A citizen reads their
 * own data and needs no grant.
 */
export async function prefillPurpose(ctx: IntakeContext, request: PrefillRequest): Promise<{ caseId: string | null; token: string | null }> {
  if (ctx.caller.role === 'CITIZEN') return { caseId: request.caseId, token: null };
  const row = request.caseId ? await visibleCase(ctx, request.caseId) : await openCaseFor(ctx, request);
  if (row.subjectCode !== request.subject.code) throw badUserInput('caseId', `case ${row.id} is another applicant’s`);
  const target = request.target.kind === 'MATTER' ? row.matterCode : row.bundleCode;
  if (target !== request.target.code) throw badUserInput('caseId', `case ${row.id} is for ${row.title}, not ${request.target.name}`);
  const grant = await grantForCase(ctx, row);
  return { caseId: row.id, token: grant.token };
}
