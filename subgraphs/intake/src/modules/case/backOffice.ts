import { badUserInput, forbidden } from '@hub/kit';
import type { Case as CaseRow, CaseTask } from '../../__generated__/prisma/client';
import type { IntakeContext } from '../../context';
import { CaseStatus } from '../../enums';
import { announceTask } from './acceptance';
import { illegal, transition, type Tx } from './caseTransaction';
import { isRecordId } from '../../recordIds';

export type TaskDecision = 'APPROVE' | 'REFUSE' | 'REQUEST_CORRECTION';


/** A task of the caller's own department, or the refusal an unknown task gets. */
async function ownTask(ctx: IntakeContext, taskId: string): Promise<CaseTask> {
  const { caller } = ctx;
  if (caller.role !== 'APPROVER' || !caller.department) throw forbidden('back-office tasks are decided by department approvers', { reason: 'ROLE', role: caller.role });
  const task = isRecordId(taskId) ? await ctx.prisma.caseTask.findUnique({ where: { id: taskId } }) : null;
  if (!task || task.department !== caller.department) {
    throw forbidden(`No task ${taskId} of ${caller.department}: each department sees and acts on only its own tasks`, { reason: 'OTHER_DEPARTMENT' });
  }
  return task;
}

/**
 * A department approver decides one of its tasks (后台审批): approve — the next step of the
 * matter becomes due, and when every task is approved the case is approved; refuse with
 * written reasons — the case ends refused and the other tasks are cancelled; or ask for a
 * correction — the case goes back to the window for the applicant (补正).
 */
export async function decideTask(ctx: IntakeContext, taskId: string, decision: TaskDecision, reasons: string | null, expectedVersion?: number | null): Promise<CaseRow> {
  const task = await ownTask(ctx, taskId);
  const why = reasons?.trim() ?? '';
  if (decision !== 'APPROVE' && !why) throw badUserInput('reasons', decision === 'REFUSE' ? 'a refusal gives written reasons (不予许可理由)' : 'say what must be corrected (补正内容)');
  if (why.length > 2000) throw badUserInput('reasons', 'at most 2000 characters');
  const { caller } = ctx;
  return transition(ctx.prisma, task.caseId, caller, expectedVersion, async (tx, row) => {
    const current = await tx.caseTask.findUniqueOrThrow({ where: { id: taskId } });
    if (row.status !== CaseStatus.IN_PROGRESS || current.status !== 'PENDING') {
      throw illegal(`Task ${taskId} is ${current.status} in a case that is ${row.status}: only a pending task of a case in progress is decided`, { status: row.status, taskStatus: current.status });
    }
    const now = new Date();
    const decided = { decidedAt: now, decidedById: caller.id, decidedBy: caller.name ?? caller.id, reasons: why || null, version: { increment: 1 } };
    const detail = { taskId, department: current.department, step: current.step, matterCode: current.matterCode, ...(why ? { reasons: why } : {}) };
    if (decision === 'REFUSE') {
      await tx.caseTask.update({ where: { id: taskId }, data: { ...decided, status: 'REFUSED' } });
      await tx.caseTask.updateMany({ where: { caseId: row.id, status: { in: ['PENDING', 'WAITING', 'CORRECTION_REQUESTED'] } }, data: { status: 'CANCELLED' } });
      return { action: 'REFUSE', toStatus: CaseStatus.REFUSED, detail, data: { closingReasons: why, closedAt: now } };
    }
    if (decision === 'REQUEST_CORRECTION') {
      await tx.caseTask.update({ where: { id: taskId }, data: { ...decided, status: 'CORRECTION_REQUESTED' } });
      return { action: 'REQUEST_CORRECTION', toStatus: CaseStatus.CORRECTION_REQUESTED, detail };
    }
    await tx.caseTask.update({ where: { id: taskId }, data: { ...decided, status: 'APPROVED' } });
    await releaseNextSteps(tx, row, current);
    const open = await tx.caseTask.count({ where: { caseId: row.id, status: { not: 'APPROVED' } } });
    if (open > 0) return { action: 'APPROVE_TASK', toStatus: CaseStatus.IN_PROGRESS, detail };
    if (await tx.caseMandate.findUnique({ where: { caseId: row.id } })) await tx.caseMandate.update({ where: { caseId: row.id }, data: { handledAt: now } });
    return { action: 'APPROVE', toStatus: CaseStatus.APPROVED, detail };
  });
}

/** The matter's next step (乡镇初审 → 县级审批, 现场核查 → 审批) becomes pending once every step before it is approved. */
async function releaseNextSteps(tx: Tx, row: CaseRow, done: CaseTask): Promise<void> {
  const same = await tx.caseTask.findMany({ where: { caseId: row.id, matterCode: done.matterCode }, orderBy: { sequence: 'asc' } });
  const pendingBefore = (seq: number) => same.some((t) => t.sequence < seq && t.status !== 'APPROVED' && t.id !== done.id);
  for (const next of same.filter((t) => t.status === 'WAITING' && t.sequence > done.sequence)) {
    if (pendingBefore(next.sequence)) continue;
    await tx.caseTask.update({ where: { id: next.id }, data: { status: 'PENDING' } });
    await announceTask(tx, { id: next.id, caseId: row.id, department: next.department, matterCode: next.matterCode, step: next.step, dueDate: next.dueDate, title: row.title });
  }
}

/** The approver's own department's tasks, due first. */
const TASK_STATUSES: ReadonlyArray<CaseTask['status']> = ['WAITING', 'PENDING', 'CORRECTION_REQUESTED', 'APPROVED', 'REFUSED', 'CANCELLED'];

export async function departmentTasks(ctx: IntakeContext, status: string | null): Promise<CaseTask[]> {
  const { caller } = ctx;
  if (status !== null && status !== undefined && !TASK_STATUSES.includes(status as CaseTask['status'])) throw badUserInput('status', `one of ${TASK_STATUSES.join(', ')}`);
  if (caller.role !== 'APPROVER' || !caller.department) throw forbidden('back-office tasks are for department approvers', { reason: 'ROLE', role: caller.role });
  return ctx.prisma.caseTask.findMany({
    where: { department: caller.department, ...(status ? { status: status as CaseTask['status'] } : { status: { in: ['PENDING', 'CORRECTION_REQUESTED'] } }) },
    orderBy: [{ dueDate: 'asc' }, { createdAt: 'asc' }],
    take: 500,
  });
}
