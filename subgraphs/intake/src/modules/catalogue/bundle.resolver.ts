import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { IntakeContext } from '../../context';
import { LifeEventBundle } from './bundle.type';
import { publishedBundles } from './catalogue.published';
import { requireCode } from './codes';

@Resolver(() => LifeEventBundle)
export class LifeEventBundleResolver {
  @Query(() => [LifeEventBundle], { description: 'Life-event bundles (一件事清单), by code' })
  async lifeEventBundles(@Ctx() ctx: IntakeContext): Promise<LifeEventBundle[]> {
    return publishedBundles(await ctx.catalogue());
  }

  @Query(() => LifeEventBundle, { nullable: true, description: 'One life-event bundle by code; null when the catalogue has none' })
  async lifeEventBundle(@Arg('code', () => String, { description: 'Bundle code, e.g. YJS-001' }) code: string, @Ctx() ctx: IntakeContext): Promise<LifeEventBundle | null> {
    const wanted = requireCode(code, 'code');
    return publishedBundles(await ctx.catalogue()).find((b) => b.code === wanted) ?? null;
  }
}
