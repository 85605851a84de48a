import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { IntakeContext } from '../../context';
import { SubjectInput } from '../prefill/prefill.type';
import { grantForCase } from '../purpose/grantIssuer';
import { PurposeGrantTicket } from '../purpose/purposeGrant.type';
import { caseFromRow } from './case.mapper';
import { openCase, visibleCase } from './case.service';
import { Case } from './case.type';
import { MandateInput } from './case.inputs';

@Resolver(() => Case)
export class CaseResolver {
  @Mutation(() => Case, {
    description: 'Opens a case at the clerk’s window (登记) for an applicant and a matter or bundle; while open, it is the purpose under which the centre reads the applicant’s data',
  })
  async openCase(
    @Arg('subject', () => SubjectInput, { description: 'The applicant: idNumber for a person, creditCode for a market entity' }) subject: SubjectInput,
    @Arg('matterCode', () => String, { nullable: true, description: 'The matter (事项编码); give this or bundleCode' }) matterCode: string | null,
    @Arg('bundleCode', () => String, { nullable: true, description: 'The life-event bundle (一件事); give this or matterCode' }) bundleCode: string | null,
    @Arg('situations', () => [String], { nullable: true, description: 'Situations (情形) that apply' }) situations: string[] | null,
    @Arg('idempotencyKey', () => String, { nullable: true, description: 'A retry with the same key returns the same case' }) idempotencyKey: string | null,
    @Arg('mandate', () => MandateInput, { nullable: true, description: '帮办代办: the agent the applicant entrusted (委托)' }) mandate: MandateInput | null,
    @Ctx() ctx: IntakeContext,
  ): Promise<Case> {
    return caseFromRow(await openCase(ctx, { subject, matterCode, bundleCode, situations }, { idempotencyKey, mandate }));
  }

  @Query(() => Case, { description: 'A case the caller may see: its centre’s clerks, its departments’ approvers, its applicant' })
  async case(@Arg('id', () => String, { description: 'Case id' }) id: string, @Ctx() ctx: IntakeContext): Promise<Case> {
    return caseFromRow(await visibleCase(ctx, id));
  }

  @FieldResolver(() => PurposeGrantTicket, {
    description: 'A purpose grant (用数凭证) for reading the applicant’s data for this case, while it is open; for its centre’s clerks and its departments’ approvers',
  })
  async purposeGrant(@Root() root: Case, @Ctx() ctx: IntakeContext): Promise<PurposeGrantTicket> {
    return grantForCase(ctx, await visibleCase(ctx, root.id));
  }
}
