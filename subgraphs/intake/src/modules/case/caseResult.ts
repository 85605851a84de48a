import { badUserInput, countyName, forbidden, requireCreditCode } from '@hub/kit';
import { GraphQLError } from 'graphql';
import type { Case as CaseRow } from '../../__generated__/prisma/client';
import type { IntakeContext } from '../../context';
import { CaseStatus } from '../../enums';
import { callGateway, type GatewayOutcome } from '../prefill/gatewayClient';
import { grantForCase } from '../purpose/grantIssuer';
import { visibleCase } from './case.service';
import { illegal, transition } from './caseTransaction';

/** What the library and market access say about the holder and the issuer, read once. */
const READ = `query CaseResultHolder($c: String!) {
  marketEntity(creditCode: $c) { name registeredAddress legalRepresentativeName }
  licenceIssuerKeys { issuerCode issuerName retiredAt }
}`;

const ISSUE = `mutation IssueCaseResult($input: IssueLicenceInput!) { issueLicence(input: $input) { id } }`;

/** How long an industry comprehensive licence runs: the food business licence's five years. */
const VALID_YEARS = 5;

const chineseDate = (d: Date) => `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;

/**
 * 出件 of a bundle whose result is one e-licence (一业一证): the approver of the licence's
 * issuing department has the library issue it — one industry comprehensive licence carrying
 * the permits the bundle approved, sealed by the county's approval bureau — and the case
 * records it. The holder is the business the bundle registered (its unified social credit
 * code, from the registration system). Retried after success, it issues nothing more.
 */
export async function issueCaseResult(ctx: IntakeContext, caseId: string, holderCreditCode: string): Promise<CaseRow> {
  const row = await visibleCase(ctx, caseId);
  if (ctx.caller.role !== 'APPROVER') throw forbidden('a result licence is issued by an approver of its issuing department', { reason: 'ROLE' });
  const creditCode = requireCreditCode(holderCreditCode, 'holderCreditCode');
  if (row.resultLicenceIds.length) return row;
  if (row.status !== CaseStatus.APPROVED) throw illegal(`Case ${row.number ?? row.id} is ${row.status}: a result is issued once the case is approved`, { status: row.status });
  const snapshot = await ctx.catalogue();
  const bundle = row.bundleCode ? snapshot.records.bundles.get(row.bundleCode) : undefined;
  if (!bundle?.resultLicenceTypeCode) throw illegal(`Case ${row.number ?? row.id}'s result is not an e-licence issued through the library`, { reason: 'NO_LICENCE_RESULT' });

  const grant = await grantForCase(ctx, row);
  const call = (document: string, operationName: string, variables: Record<string, unknown>): Promise<GatewayOutcome> =>
    callGateway(ctx.gateway, { document, operationName, variables, matter: grant.matter, caseId: row.id, purposeToken: grant.token, authorization: ctx.authorization, traceId: ctx.traceId, sign: ctx.signOperation });
  const read = await call(READ, 'CaseResultHolder', { c: creditCode });
  const entity = read.data?.marketEntity as { name: string; registeredAddress: string; legalRepresentativeName: string } | null | undefined;
  if (!entity) throw badUserInput('holderCreditCode', `market access holds no entity ${creditCode}${read.failure ? ` (${read.failure})` : ''}`);
  const county = (row.division ?? '').slice(0, 6);
  const issuers = (read.data?.licenceIssuerKeys as Array<{ issuerCode: string; issuerName: string; retiredAt: string | null }> | undefined) ?? [];
  const countyLabel = countyName(county) ?? '';
  const issuer = issuers.find((i) => !i.retiredAt && i.issuerName.includes('行政审批服务局') && countyLabel && i.issuerName.includes(countyLabel));
  if (!issuer) throw illegal(`No approval bureau of ${countyLabel || county} holds a signing key in the licence library`, { reason: 'NO_ISSUER' });

  const issuedOn = new Date(`${new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)}T00:00:00Z`);
  const validUntil = new Date(Date.UTC(issuedOn.getUTCFullYear() + VALID_YEARS, issuedOn.getUTCMonth(), issuedOn.getUTCDate() - 1));
  const number = `ZH${(row.number ?? row.id).replace(/\D/g, '').slice(-16)}`;
  const matters = bundle.matterCodes.map((code) => snapshot.records.matters.get(code)!);
  const permits = matters.filter((m) => m.result.includes('许可证')).map((m) => ({ name: m.result.replace(/证$/, ''), validUntil: chineseDate(validUntil) }));
  const issued = await call(ISSUE, 'IssueCaseResult', {
    input: {
      typeCode: bundle.resultLicenceTypeCode,
      caseId: row.id,
      holderCode: creditCode,
      holderName: entity.name,
      issuerCode: issuer.issuerCode,
      issuerName: issuer.issuerName,
      number,
      validUntil: validUntil.toISOString().slice(0, 10),
      jurisdiction: county,
      surfaceData: {
        市场主体名称: entity.name,
        社会信用代码: creditCode,
        法定代表人: entity.legalRepresentativeName,
        经营场所: entity.registeredAddress,
        行业类别: `餐饮服务（${bundle.name}）`,
        许可证编号: number,
        有效期至: chineseDate(validUntil),
        发证机关: issuer.issuerName,
      },
      permits,
    },
  });
  const licenceId = (issued.data?.issueLicence as { id?: string } | null | undefined)?.id;
  const refusal = issued.errors.find((e) => e.extensions?.code === 'FORBIDDEN' || e.extensions?.code === 'BAD_USER_INPUT');
  if (!licenceId && refusal) {
    // The library's own refusal (not the issuing department, a surface item it rejects), passed on as it said it.
    throw new GraphQLError(`The licence library refused to issue the result: ${refusal.message}`, { extensions: { ...refusal.extensions, serviceName: undefined } });
  }
  if (!licenceId) throw illegal(`The licence library did not issue the result: ${issued.errors[0]?.message ?? issued.failure ?? 'no answer'}`, { reason: 'ISSUE_FAILED' });

  return transition(ctx.prisma, row.id, ctx.caller, null, async (_tx, current) => {
    if (current.resultLicenceIds.length) return null;
    return { action: 'ISSUE_RESULT', toStatus: current.status, detail: { licenceId, typeCode: bundle.resultLicenceTypeCode, holder: creditCode }, data: { resultLicenceIds: [licenceId] } };
  });
}
