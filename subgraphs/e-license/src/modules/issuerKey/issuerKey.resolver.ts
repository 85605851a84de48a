import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { requireCreditCode } from '@hub/kit';
import type { ELicenseContext } from '../../context';
import { issuerKeyType, LicenceIssuerKey } from './issuerKey.type';

/** The published keys: public, no personal data, what an offline verifier downloads. */
@Resolver(() => LicenceIssuerKey)
export class IssuerKeyResolver {
  @Query(() => [LicenceIssuerKey], { description: 'Issuers’ published signing keys (发证机构签名公钥), for verifying licences offline; public' })
  async licenceIssuerKeys(
    @Arg('issuerCode', () => String, { nullable: true, description: 'Only this issuer’s keys (its credit code); all when omitted' }) issuerCode: string | null | undefined,
    @Ctx() ctx: ELicenseContext,
  ): Promise<LicenceIssuerKey[]> {
    const code = issuerCode ? requireCreditCode(issuerCode.trim().toUpperCase(), 'issuerCode') : null;
    return (await ctx.data.issuerKeys.list(code)).map(issuerKeyType);
  }
}
