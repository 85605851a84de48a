import { badUserInput } from '@hub/kit';
import type { Case as CaseRow } from '../../__generated__/prisma/client';
import type { IntakeContext } from '../../context';
import { CaseStatus } from '../../enums';
import { announceTask } from './acceptance';
import { visibleCase } from './case.service';
import { OPEN_STATUSES } from './caseAccess';
import { requireWindowClerk } from './caseRoles';
import { illegal, transition } from './caseTransaction';

function text(value: string | null | undefined, field: string, required: boolean, max = 2000): string | null {
  const trimmed = value?.trim() ?? '';
  if (required && !trimmed) throw badUserInput(field, 'must not be empty');
  if (trimmed.length > max) throw badUserInput(field, `at most ${max} characters`);
  return trimmed || null;
}

/** 补正: the applicant corrected what the back office asked for; the tasks that asked resume. */
export async function submitCorrection(ctx: IntakeContext, caseId: string, note: string, expectedVersion?: number | null): Promise<CaseRow> {
  const row0 = await visibleCase(ctx, caseId);
  requireWindowClerk(ctx.caller, row0);
  const what = text(note, 'note', true);
  return transition(ctx.prisma, row0.id, ctx.caller, expectedVersion, async (tx, row) => {
    if (row.status !== CaseStatus.CORRECTION_REQUESTED) throw illegal(`Case ${row.number ?? row.id} is ${row.status}: no correction was asked for`, { status: row.status });
    const asked = await tx.caseTask.findMany({ where: { caseId: row.id, status: 'CORRECTION_REQUESTED' } });
    for (const task of asked) {
      await tx.caseTask.update({ where: { id: task.id }, data: { status: 'PENDING', version: { increment: 1 } } });
      await announceTask(tx, { id: task.id, caseId: row.id, department: task.department, matterCode: task.matterCode, step: task.step, dueDate: task.dueDate, title: row.title });
    }
    return { action: 'SUBMIT_CORRECTION', toStatus: CaseStatus.IN_PROGRESS, detail: { note: what, tasks: asked.map((t) => t.id) } };
  });
}

/** 退办: the case ends at the window with written reasons; open tasks are cancelled. */
export async function withdrawCase(ctx: IntakeContext, caseId: string, reasons: string, expectedVersion?: number | null): Promise<CaseRow> {
  const row0 = await visibleCase(ctx, caseId);
  requireWindowClerk(ctx.caller, row0);
  const why = text(reasons, 'reasons', true)!;
  return transition(ctx.prisma, row0.id, ctx.caller, expectedVersion, async (tx, row) => {
    if (!OPEN_STATUSES.has(row.status) || row.status === CaseStatus.APPROVED) {
      throw illegal(`Case ${row.number ?? row.id} is ${row.status}: only a case not yet decided can be withdrawn (退办)`, { status: row.status });
    }
    await tx.caseTask.updateMany({ where: { caseId: row.id, status: { in: ['PENDING', 'WAITING', 'CORRECTION_REQUESTED'] } }, data: { status: 'CANCELLED' } });
    return { action: 'WITHDRAW', toStatus: CaseStatus.WITHDRAWN, detail: { reasons: why }, data: { closingReasons: why, closedAt: new Date() } };
  });
}

export const DELIVERY_METHODS = ['WINDOW', 'MAIL', 'ELECTRONIC', 'AGENT'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

/** 出件: the result is handed over, and how; the case is done (办结). A result that is an e-licence must have been issued. */
export async function deliverResult(ctx: IntakeContext, caseId: string, method: DeliveryMethod, expectedVersion?: number | null): Promise<CaseRow> {
  const row0 = await visibleCase(ctx, caseId);
  requireWindowClerk(ctx.caller, row0);
  if (!DELIVERY_METHODS.includes(method)) throw badUserInput('method', `one of ${DELIVERY_METHODS.join(', ')}`);
  const snapshot = await ctx.catalogue();
  const licenceType = row0.bundleCode ? snapshot.records.bundles.get(row0.bundleCode)?.resultLicenceTypeCode ?? null : null;
  return transition(ctx.prisma, row0.id, ctx.caller, expectedVersion, async (tx, row) => {
    if (row.status !== CaseStatus.APPROVED) throw illegal(`Case ${row.number ?? row.id} is ${row.status}: only an approved case has a result to hand over`, { status: row.status });
    if (licenceType && row.resultLicenceIds.length === 0) throw illegal(`Case ${row.number ?? row.id}'s result is an e-licence not yet issued: the issuing department issues it first`, { reason: 'RESULT_NOT_ISSUED' });
    const mandate = await tx.caseMandate.findUnique({ where: { caseId: row.id } });
    if (method === 'AGENT' && !mandate) throw badUserInput('method', 'AGENT hands the result to the mandated agent, and this case has none');
    const now = new Date();
    if (mandate && method === 'AGENT') await tx.caseMandate.update({ where: { caseId: row.id }, data: { returnedAt: now } });
    return { action: 'DELIVER', toStatus: CaseStatus.DELIVERED, detail: { method }, data: { deliveryMethod: method, deliveredAt: now, closedAt: now } };
  });
}

/** 容缺 follow-up: the committed material was brought. */
export async function fulfilCommitment(ctx: IntakeContext, caseId: string, materialCode: string, expectedVersion?: number | null): Promise<CaseRow> {
  const row0 = await visibleCase(ctx, caseId);
  requireWindowClerk(ctx.caller, row0);
  return transition(ctx.prisma, row0.id, ctx.caller, expectedVersion, async (tx, row) => {
    const commitment = await tx.materialCommitment.findUnique({ where: { caseId_materialCode: { caseId: row.id, materialCode } } });
    if (!commitment) throw badUserInput('materialCode', `no 容缺 commitment for ${materialCode} in this case`);
    if (commitment.fulfilledAt) throw illegal(`${commitment.name} was already brought on ${commitment.fulfilledAt.toISOString()}`);
    await tx.materialCommitment.update({ where: { caseId_materialCode: { caseId: row.id, materialCode } }, data: { fulfilledAt: new Date() } });
    return { action: 'FULFIL_COMMITMENT', toStatus: row.status, detail: { materialCode } };
  });
}
