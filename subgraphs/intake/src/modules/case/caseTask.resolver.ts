import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { IntakeContext } from '../../context';
import { caseFromRow } from './case.mapper';
import { Case } from './case.type';
import { CaseTaskView } from './caseParts.type';

@Resolver(() => CaseTaskView)
export class CaseTaskResolver {
  @FieldResolver(() => Case, { description: 'The case the task belongs to' })
  async case(@Root() task: CaseTaskView, @Ctx() ctx: IntakeContext): Promise<Case> {
    const row = await ctx.loaders.one('caseById', async (ids: readonly string[]) => {
      const rows = await ctx.prisma.case.findMany({ where: { id: { in: [...ids] } } });
      return new Map(rows.map((r) => [r.id, r]));
    }).load(task.caseId);
    if (!row) throw new Error(`task ${task.id} has no case`);
    return caseFromRow(row);
  }
}
