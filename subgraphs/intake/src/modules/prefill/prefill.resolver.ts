import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { IntakeContext } from '../../context';
import { prefillForm } from './prefill.service';
import { PrefilledForm, SubjectInput } from './prefill.type';

@Resolver(() => PrefilledForm)
export class PrefillResolver {
  @Mutation(() => PrefilledForm, {
    description: 'Prefills the form of a matter or life-event bundle for an applicant (表单预填): one federated read of the declared items, under the caller’s identity, for the matter as purpose; recorded with its figures',
  })
  prefillForm(
    @Arg('subject', () => SubjectInput, { description: 'The applicant: idNumber for a person, creditCode for a market entity' }) subject: SubjectInput,
    @Arg('matterCode', () => String, { nullable: true, description: 'The matter (事项编码); give this or bundleCode' }) matterCode: string | null,
    @Arg('bundleCode', () => String, { nullable: true, description: 'The life-event bundle (一件事); give this or matterCode' }) bundleCode: string | null,
    @Arg('situations', () => [String], { nullable: true, description: 'Situations (情形) that apply, e.g. AGENT' }) situations: string[] | null,
    @Arg('caseId', () => String, { nullable: true, description: 'The case (办件编号) when one is open; passed to departments as the purpose' }) caseId: string | null,
    @Ctx() ctx: IntakeContext,
  ): Promise<PrefilledForm> {
    return prefillForm({ subject, matterCode, bundleCode, situations, caseId }, ctx);
  }
}
