import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { badUserInput, forbidden } from '@hub/kit';
import type { IntakeContext } from '../../context';
import { CaseStatus } from '../../enums';
import { acceptCase } from './acceptance';
import { decideTask, departmentTasks, type TaskDecision } from './backOffice';
import { caseFromRow } from './case.mapper';
import { AcceptCaseInput } from './case.inputs';
import { Case } from './case.type';
import { OPEN_STATUSES } from './caseAccess';
import { taskView } from './caseDetails.resolver';
import { chinaDate } from './workingDays';
import { CaseTaskView, TimeLimitCountsView } from './caseParts.type';
import { issueCaseResult } from './caseResult';
import { closeRatingFollowUp, rateCase } from './rating';
import { timeLimitCounts } from './timeLimits';
import { deliverResult, DELIVERY_METHODS, fulfilCommitment, submitCorrection, withdrawCase, type DeliveryMethod } from './window';

const DECISIONS: readonly TaskDecision[] = ['APPROVE', 'REFUSE', 'REQUEST_CORRECTION'];

/** The case from acceptance to rating: the window's steps, the back office's decisions, the queues. */
@Resolver(() => Case)
export class CaseFlowResolver {
  @Mutation(() => Case, { description: '受理: accept a prefilled case — or, with materials missing, not accept it and issue a one-time notice (一次性告知单)' })
  async acceptCase(@Arg('input', () => AcceptCaseInput) input: AcceptCaseInput, @Ctx() ctx: IntakeContext): Promise<Case> {
    return caseFromRow(await acceptCase(ctx, input));
  }

  @Mutation(() => Case, { description: 'A department approver decides its task: APPROVE, REFUSE (with reasons) or REQUEST_CORRECTION (with what to correct)' })
  async decideTask(
    @Arg('taskId', () => String) taskId: string,
    @Arg('decision', () => String, { description: 'APPROVE, REFUSE or REQUEST_CORRECTION' }) decision: string,
    @Arg('reasons', () => String, { nullable: true }) reasons: string | null,
    @Arg('expectedVersion', () => Int, { nullable: true, description: 'The case version the approver saw' }) expectedVersion: number | null,
    @Ctx() ctx: IntakeContext,
  ): Promise<Case> {
    if (!DECISIONS.includes(decision as TaskDecision)) throw badUserInput('decision', `one of ${DECISIONS.join(', ')}`);
    return caseFromRow(await decideTask(ctx, taskId, decision as TaskDecision, reasons, expectedVersion));
  }

  @Mutation(() => Case, { description: '补正: the applicant’s correction, recorded at the window; the tasks that asked for it resume' })
  async submitCorrection(
    @Arg('caseId', () => String) caseId: string,
    @Arg('note', () => String, { description: 'What was corrected' }) note: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: IntakeContext,
  ): Promise<Case> {
    return caseFromRow(await submitCorrection(ctx, caseId, note, expectedVersion));
  }

  @Mutation(() => Case, { description: '退办: end the case at the window with written reasons' })
  async withdrawCase(
    @Arg('caseId', () => String) caseId: string,
    @Arg('reasons', () => String) reasons: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: IntakeContext,
  ): Promise<Case> {
    return caseFromRow(await withdrawCase(ctx, caseId, reasons, expectedVersion));
  }

  @Mutation(() => Case, { description: '出件: hand over the result of an approved case, saying how; the case is completed (办结)' })
  async deliverCaseResult(
    @Arg('caseId', () => String) caseId: string,
    @Arg('method', () => String, { description: 'WINDOW (窗口领取), MAIL (邮寄), ELECTRONIC (电子证照推送) or AGENT (代办员回交)' }) method: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: IntakeContext,
  ): Promise<Case> {
    if (!DELIVERY_METHODS.includes(method as DeliveryMethod)) throw badUserInput('method', `one of ${DELIVERY_METHODS.join(', ')}`);
    return caseFromRow(await deliverResult(ctx, caseId, method as DeliveryMethod, expectedVersion));
  }

  @Mutation(() => Case, { description: '出件 of a bundle whose result is one e-licence (一业一证): an approver of the issuing department has the library issue it to the business the bundle registered' })
  async issueCaseResult(
    @Arg('caseId', () => String) caseId: string,
    @Arg('holderCreditCode', () => String, { description: 'The registered business’s unified social credit code' }) holderCreditCode: string,
    @Ctx() ctx: IntakeContext,
  ): Promise<Case> {
    return caseFromRow(await issueCaseResult(ctx, caseId, holderCreditCode));
  }

  @Mutation(() => Case, { description: '容缺 follow-up: the committed material was brought' })
  async fulfilCommitment(@Arg('caseId', () => String) caseId: string, @Arg('materialCode', () => String) materialCode: string, @Ctx() ctx: IntakeContext): Promise<Case> {
    return caseFromRow(await fulfilCommitment(ctx, caseId, materialCode));
  }

  @Mutation(() => Case, { description: '好差评: rate an ended case 1–5 with a comment; 1–2 opens a follow-up' })
  async rateCase(
    @Arg('caseId', () => String) caseId: string,
    @Arg('score', () => Int) score: number,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: IntakeContext,
  ): Promise<Case> {
    return caseFromRow(await rateCase(ctx, caseId, score, comment));
  }

  @Mutation(() => Case, { description: '差评整改: close a bad rating’s follow-up with the response given to the applicant' })
  async closeRatingFollowUp(@Arg('caseId', () => String) caseId: string, @Arg('response', () => String) response: string, @Ctx() ctx: IntakeContext): Promise<Case> {
    return caseFromRow(await closeRatingFollowUp(ctx, caseId, response));
  }

  @Query(() => [Case], { description: 'The clerk’s centre’s cases (the queue), deadline first; open ones unless a status is given' })
  async centreCases(
    @Arg('status', () => CaseStatus, { nullable: true }) status: CaseStatus | null,
    @Arg('overdueOnly', () => Boolean, { defaultValue: false }) overdueOnly: boolean,
    @Ctx() ctx: IntakeContext,
  ): Promise<Case[]> {
    const { caller } = ctx;
    if (caller.role !== 'CLERK' || !caller.centre) throw forbidden('the case queue is a centre’s clerks’', { reason: 'ROLE' });
    const rows = await ctx.prisma.case.findMany({
      where: {
        centre: caller.centre,
        status: status ? status : { in: [...OPEN_STATUSES] },
        ...(overdueOnly ? { deadline: { lt: chinaDate(new Date()) } } : {}),
      },
      orderBy: [{ deadline: { sort: 'asc', nulls: 'last' } }, { openedAt: 'desc' }],
      take: 500,
    });
    return rows.map(caseFromRow);
  }

  @Query(() => [Case], { description: 'The signed-in citizen’s own cases, newest first' })
  async myCases(@Ctx() ctx: IntakeContext): Promise<Case[]> {
    const { caller } = ctx;
    if (caller.role !== 'CITIZEN' || !caller.idNumber) throw forbidden('a citizen’s own cases', { reason: 'ROLE' });
    const rows = await ctx.prisma.case.findMany({ where: { subjectCode: caller.idNumber }, orderBy: { openedAt: 'desc' }, take: 200 });
    return rows.map(caseFromRow);
  }

  @Query(() => [CaseTaskView], { description: 'The approver’s department’s tasks (pending and awaiting correction unless a status is given), due first' })
  async departmentTasks(@Arg('status', () => String, { nullable: true }) status: string | null, @Ctx() ctx: IntakeContext): Promise<CaseTaskView[]> {
    return (await departmentTasks(ctx, status)).map(taskView);
  }

  @Query(() => TimeLimitCountsView, { description: '限时办结: open, overdue and due-today counts for the caller’s centre or department' })
  async caseTimeLimits(@Ctx() ctx: IntakeContext): Promise<TimeLimitCountsView> {
    return Object.assign(new TimeLimitCountsView(), await timeLimitCounts(ctx));
  }
}
