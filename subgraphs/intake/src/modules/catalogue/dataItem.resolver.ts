import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { IntakeContext } from '../../context';
import { publishedDataItems } from './catalogue.published';
import { requireCode, requireDepartment } from './codes';
import { DataSharingItem } from './dataItem.type';

@Resolver(() => DataSharingItem)
export class DataSharingItemResolver {
  @Query(() => [DataSharingItem], { description: 'The data-sharing catalogue (数据共享清单): every shared item with provider, fields, purposes and method' })
  async dataSharingCatalogue(
    @Arg('provider', () => String, { nullable: true, description: 'Only items this department provides, e.g. social-security' }) provider: string | null,
    @Arg('matterCode', () => String, { nullable: true, description: 'Only items this matter may use (使用目的)' }) matterCode: string | null,
    @Ctx() ctx: IntakeContext,
  ): Promise<DataSharingItem[]> {
    const dept = provider ? requireDepartment(provider, 'provider') : null;
    const matter = matterCode ? requireCode(matterCode, 'matterCode') : null;
    return publishedDataItems(await ctx.catalogue()).filter((i) => (!dept || i.provider === dept) && (!matter || i.purposes.includes(matter)));
  }
}
