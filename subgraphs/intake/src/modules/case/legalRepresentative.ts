import type { IntakeContext } from '../../context';
import { callGateway } from '../prefill/gatewayClient';
import { grantForCase, type GrantableCase } from '../purpose/grantIssuer';

const QUERY = 'query LegalRepresentativeOfApplicant($c: String!) { marketEntity(creditCode: $c) { legalRepresentative { idNumber } } }';

/**
 * The legal representative (法定代表人/经营者) of an entity applicant, read once when its case
 * opens, so the case also covers the representative's items the matter declares. Null when
 * market access cannot say (the case then reads only the entity's own data).
 */
export async function legalRepresentativeOf(ctx: IntakeContext, row: GrantableCase & { subjectCode: string }): Promise<string | null> {
  const grant = await grantForCase(ctx, row);
  const outcome = await callGateway(ctx.gateway, {
    document: QUERY,
    operationName: 'LegalRepresentativeOfApplicant',
    variables: { c: row.subjectCode },
    matter: grant.matter,
    caseId: row.id,
    purposeToken: grant.token,
    authorization: ctx.authorization,
    sign: ctx.signOperation,
    traceId: ctx.traceId,
  });
  const entity = outcome.data?.marketEntity as { legalRepresentative?: { idNumber?: string } | null } | null | undefined;
  const idNumber = entity?.legalRepresentative?.idNumber ?? null;
  if (!idNumber) ctx.log.warn({ caseId: row.id, failure: outcome.failure, errors: outcome.errors.length }, 'legal representative not found for entity case');
  return idNumber;
}
