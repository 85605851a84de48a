import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { CaseTask, MaterialCommitment } from '../../__generated__/prisma/client';
import { groupBy } from '@hub/kit';
import type { IntakeContext } from '../../context';
import { Case } from './case.type';
import {
  CaseEventView, CaseMandateView, CaseRatingView, CaseTaskView, CLOSED_STATUSES, MaterialCommitmentView, OneTimeNoticeView,
} from './caseParts.type';
import { chinaDate, workingDaysLeft } from './workingDays';

const today = () => chinaDate(new Date());

export function taskView(task: CaseTask): CaseTaskView {
  const open = task.status === 'PENDING' || task.status === 'CORRECTION_REQUESTED' || task.status === 'WAITING';
  return Object.assign(new CaseTaskView(), { ...task, overdue: open && task.dueDate < today() });
}

function commitmentView(c: MaterialCommitment): MaterialCommitmentView {
  return Object.assign(new MaterialCommitmentView(), { ...c, overdue: !c.fulfilledAt && c.dueDate < today() });
}

/** A case's parts, read when asked: tasks and commitments by batch (a queue of cases costs one statement each). */
@Resolver(() => Case)
export class CaseDetailsResolver {
  @FieldResolver(() => Int, { nullable: true, description: 'Working days left until the deadline (negative: days overdue); null before acceptance and after the case ended' })
  remainingWorkingDays(@Root() root: Case): number | null {
    if (!root.deadline || CLOSED_STATUSES.has(root.status)) return null;
    return workingDaysLeft(new Date(), root.deadline);
  }

  @FieldResolver(() => Boolean, { description: 'Open and past its deadline (超期)' })
  overdue(@Root() root: Case): boolean {
    return !!root.deadline && !CLOSED_STATUSES.has(root.status) && root.deadline < today();
  }

  @FieldResolver(() => [CaseTaskView], { description: 'Back-office tasks, in order' })
  async tasks(@Root() root: Case, @Ctx() ctx: IntakeContext): Promise<CaseTaskView[]> {
    const rows = await ctx.loaders.many('caseTasks', async (ids: readonly string[]) => {
      const found = await ctx.prisma.caseTask.findMany({ where: { caseId: { in: [...ids] } }, orderBy: [{ matterCode: 'asc' }, { sequence: 'asc' }] });
      return groupBy(found, (t) => t.caseId);
    }).load(root.id);
    return rows.map(taskView);
  }

  @FieldResolver(() => [MaterialCommitmentView], { description: '容缺 commitments and whether they are overdue' })
  async commitments(@Root() root: Case, @Ctx() ctx: IntakeContext): Promise<MaterialCommitmentView[]> {
    const rows = await ctx.loaders.many('caseCommitments', async (ids: readonly string[]) => {
      const found = await ctx.prisma.materialCommitment.findMany({ where: { caseId: { in: [...ids] } }, orderBy: { dueDate: 'asc' } });
      return groupBy(found, (c) => c.caseId);
    }).load(root.id);
    return rows.map(commitmentView);
  }

  @FieldResolver(() => [CaseEventView], { description: 'Every step, oldest first (全程留痕)' })
  async events(@Root() root: Case, @Ctx() ctx: IntakeContext): Promise<CaseEventView[]> {
    const rows = await ctx.prisma.caseEvent.findMany({ where: { caseId: root.id }, orderBy: { seq: 'asc' } });
    return rows.map((e) => Object.assign(new CaseEventView(), { ...e, seq: e.seq.toString(), detail: (e.detail as Record<string, unknown> | null) ?? null }));
  }

  @FieldResolver(() => CaseMandateView, { nullable: true, description: '帮办代办 mandate, when an agent handles the case' })
  async mandate(@Root() root: Case, @Ctx() ctx: IntakeContext): Promise<CaseMandateView | null> {
    const row = await ctx.prisma.caseMandate.findUnique({ where: { caseId: root.id } });
    return row ? Object.assign(new CaseMandateView(), row) : null;
  }

  @FieldResolver(() => CaseRatingView, { nullable: true, description: '好差评, once given' })
  async rating(@Root() root: Case, @Ctx() ctx: IntakeContext): Promise<CaseRatingView | null> {
    const row = await ctx.prisma.caseRating.findUnique({ where: { caseId: root.id } });
    return row ? Object.assign(new CaseRatingView(), row) : null;
  }

  @FieldResolver(() => OneTimeNoticeView, { nullable: true, description: '一次性告知单, when the case was not accepted' })
  async notice(@Root() root: Case, @Ctx() ctx: IntakeContext): Promise<OneTimeNoticeView | null> {
    const row = await ctx.prisma.case.findUnique({ where: { id: root.id }, select: { notice: true } });
    const notice = row?.notice as { issuedAt: string; items: Array<{ code: string; name: string; requirement: string }>; printable: string } | null | undefined;
    return notice ? Object.assign(new OneTimeNoticeView(), { issuedAt: new Date(notice.issuedAt), items: notice.items, printable: notice.printable }) : null;
  }
}
