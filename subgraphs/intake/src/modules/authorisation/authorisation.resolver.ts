import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { DateTimeISO, badUserInput } from '@hub/kit';
import type { IntakeContext } from '../../context';
import { visibleCase } from '../case/case.service';
import { grantForAuthorisation, grantForCase } from '../purpose/grantIssuer';
import { PurposeGrantTicket } from '../purpose/purposeGrant.type';
import { authorisationForClerk, authoriseDataUse, myDataAuthorisations, withdrawDataAuthorisation } from './authorisation.service';
import { DataAuthorisation } from './authorisation.type';

@Resolver(() => DataAuthorisation)
export class DataAuthorisationResolver {
  @Mutation(() => DataAuthorisation, { description: 'A citizen authorises a service centre to read their data for a matter or bundle until a time (用数授权)' })
  authoriseDataUse(
    @Arg('centre', () => String, { description: 'The service centre, e.g. 博山区城东街道便民服务中心' }) centre: string,
    @Arg('matterCode', () => String, { nullable: true }) matterCode: string | null,
    @Arg('bundleCode', () => String, { nullable: true }) bundleCode: string | null,
    @Arg('expiresAt', () => DateTimeISO, { description: 'When it ends, at most 90 days ahead' }) expiresAt: Date,
    @Ctx() ctx: IntakeContext,
  ): Promise<DataAuthorisation> {
    return authoriseDataUse(ctx, { centre, matterCode, bundleCode, expiresAt });
  }

  @Mutation(() => DataAuthorisation, { description: 'The citizen withdraws an authorisation; no grant is issued under it after this' })
  withdrawDataAuthorisation(@Arg('id', () => String) id: string, @Ctx() ctx: IntakeContext): Promise<DataAuthorisation> {
    return withdrawDataAuthorisation(ctx, id);
  }

  @Query(() => [DataAuthorisation], { description: 'The signed-in citizen’s authorisations, newest first' })
  myDataAuthorisations(@Ctx() ctx: IntakeContext): Promise<DataAuthorisation[]> {
    return myDataAuthorisations(ctx);
  }

  @Query(() => PurposeGrantTicket, {
    description: 'A purpose grant (用数凭证) for an open case (caseId) or a subject’s authorisation (authorisationId): send its token as x-hub-purpose with reads of the subject’s data',
  })
  async purposeGrant(
    @Arg('caseId', () => String, { nullable: true }) caseId: string | null,
    @Arg('authorisationId', () => String, { nullable: true }) authorisationId: string | null,
    @Ctx() ctx: IntakeContext,
  ): Promise<PurposeGrantTicket> {
    if (!caseId === !authorisationId) throw badUserInput('caseId', 'give exactly one of caseId and authorisationId');
    if (caseId) return grantForCase(ctx, await visibleCase(ctx, caseId));
    return grantForAuthorisation(ctx, await authorisationForClerk(ctx, authorisationId!));
  }
}
