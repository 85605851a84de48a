import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { IntakeContext } from '../../context';
import { correctField, correctionFrom, requireClerk, requirePrefillId } from './correction.service';
import { FieldCorrection } from './correction.type';

@Resolver(() => FieldCorrection)
export class CorrectionResolver {
  @Mutation(() => FieldCorrection, { description: 'Corrects a prefilled value at the window (更正预填值), with a reason; the original value and its source are kept' })
  async correctPrefilledField(
    @Arg('prefillId', () => String, { description: 'The prefill (PrefilledForm.id)' }) prefillId: string,
    @Arg('key', () => String, { description: 'Field key, e.g. applicant.phone' }) key: string,
    @Arg('value', () => String, { description: 'The corrected value' }) value: string,
    @Arg('reason', () => String, { description: 'Why, e.g. 申请人出示新户口簿，地址已变更' }) reason: string,
    @Ctx() ctx: IntakeContext,
  ): Promise<FieldCorrection> {
    const { row, original } = await correctField(ctx.prisma, ctx.caller, { prefillId, key, value, reason });
    return correctionFrom(row, original, (await ctx.catalogue()).records);
  }

  @Query(() => [FieldCorrection], { description: 'Corrections made to one prefill, oldest first' })
  async prefillCorrections(@Arg('prefillId', () => String, { description: 'The prefill (PrefilledForm.id)' }) prefillId: string, @Ctx() ctx: IntakeContext): Promise<FieldCorrection[]> {
    requireClerk(ctx.caller, 'read corrections');
    const id = requirePrefillId(prefillId);
    const rows = await ctx.prisma.fieldCorrection.findMany({ where: { prefillId: id }, orderBy: { correctedAt: 'asc' }, include: { field: true } });
    const records = (await ctx.catalogue()).records;
    return rows.map(({ field, ...row }) => correctionFrom(row, field, records));
  }
}
