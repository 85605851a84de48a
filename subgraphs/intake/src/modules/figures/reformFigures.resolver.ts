import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { badUserInput } from '@hub/kit';
import type { IntakeContext } from '../../context';
import { requireCode } from '../catalogue/codes';
import { ReformFigures } from './reformFigures.type';

const share = (part: number, whole: number): number | null => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);

@Resolver(() => ReformFigures)
export class ReformFiguresResolver {
  @Query(() => ReformFigures, { description: 'Reform figures summed over every recorded prefill, or those of one matter or bundle' })
  async reformFigures(
    @Arg('matterCode', () => String, { nullable: true, description: 'Only this matter' }) matterCode: string | null,
    @Arg('bundleCode', () => String, { nullable: true, description: 'Only this life-event bundle' }) bundleCode: string | null,
    @Ctx() ctx: IntakeContext,
  ): Promise<ReformFigures> {
    const { records } = await ctx.catalogue();
    const matter = matterCode ? requireCode(matterCode, 'matterCode') : null;
    const bundle = bundleCode ? requireCode(bundleCode, 'bundleCode') : null;
    if (matter && !records.matters.has(matter)) throw badUserInput('matterCode', `no matter ${matter} in the matter catalogue (事项清单)`);
    if (bundle && !records.bundles.has(bundle)) throw badUserInput('bundleCode', `no life-event bundle ${bundle} in the catalogue`);
    const where = { ...(matter ? { matterCode: matter } : {}), ...(bundle ? { bundleCode: bundle } : {}) };
    const [sums, corrections] = await Promise.all([
      ctx.prisma.prefill.aggregate({ where, _count: { _all: true }, _sum: { fieldsTotal: true, fieldsPrefilled: true, materialsRequired: true, materialsSatisfied: true } }),
      ctx.prisma.fieldCorrection.count({ where: { field: { prefill: where } } }),
    ]);
    const s = { fields: sums._sum.fieldsTotal ?? 0, prefilled: sums._sum.fieldsPrefilled ?? 0, required: sums._sum.materialsRequired ?? 0, satisfied: sums._sum.materialsSatisfied ?? 0 };
    return {
      matterCode: matter, bundleCode: bundle, prefills: sums._count._all, fieldsInForms: s.fields, fieldsPrefilled: s.prefilled,
      materialsRequired: s.required, materialsSatisfied: s.satisfied, prefilledShare: share(s.prefilled, s.fields), paperlessShare: share(s.satisfied, s.required), corrections,
    };
  }
}
