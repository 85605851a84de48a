import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { IntakeContext } from '../../context';
import { publishedMatters } from './catalogue.published';
import { requireCode, requireDepartment } from './codes';
import { Matter } from './matter.type';

@Resolver(() => Matter)
export class MatterResolver {
  @Query(() => [Matter], { description: 'The matter catalogue (事项清单), by code; filtered by words in the code or name, and by department' })
  async matters(
    @Arg('search', () => String, { nullable: true, description: 'Words in the code, Chinese or English name, e.g. 低保 or pension' }) search: string | null,
    @Arg('department', () => String, { nullable: true, description: 'Only this department’s matters, e.g. civil-affairs' }) department: string | null,
    @Ctx() ctx: IntakeContext,
  ): Promise<Matter[]> {
    const dept = department ? requireDepartment(department, 'department') : null;
    const words = search?.trim().toLowerCase() ?? '';
    return publishedMatters(await ctx.catalogue()).filter((m) =>
      (!dept || m.department === dept) && (!words || [m.code, m.name, m.englishName].some((t) => t.toLowerCase().includes(words))));
  }

  @Query(() => Matter, { nullable: true, description: 'One matter by code (事项编码); null when the catalogue has none' })
  async matter(@Arg('code', () => String, { description: 'Matter code, e.g. MZ-JF-001' }) code: string, @Ctx() ctx: IntakeContext): Promise<Matter | null> {
    const wanted = requireCode(code, 'code');
    return publishedMatters(await ctx.catalogue()).find((m) => m.code === wanted) ?? null;
  }
}

export async function resolveMatterReference(reference: { code: string }, ctx: IntakeContext): Promise<Matter | null> {
  return publishedMatters(await ctx.catalogue()).find((m) => m.code === reference.code) ?? null;
}
