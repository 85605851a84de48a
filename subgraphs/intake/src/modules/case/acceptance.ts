import { randomUUID } from 'node:crypto';
import { badUserInput } from '@hub/kit';
import type { Case as CaseRow, Prisma } from '../../__generated__/prisma/client';
import type { IntakeContext } from '../../context';
import { CaseStatus, CaseType, MaterialStatus } from '../../enums';
import { mattersOf } from '../purpose/declaredReads';
import { caseNumberFor } from './caseNumber';
import { submissionKey, submittedCase } from './idempotency';
import { enqueue, illegal, taskSubject, transition, type Tx } from './caseTransaction';
import { requireWindowClerk } from './caseRoles';
import { printableNotice, type NoticeItem, type OneTimeNotice } from './oneTimeNotice';
import { caseTypeOf, planTasks } from './taskPlan';
import { addWorkingDays, chinaDate } from './workingDays';
import { visibleCase } from './case.service';

export interface AcceptArgs {
  caseId: string;
  expectedVersion?: number | null;
  prefillId?: string | null;
  /** Paper materials the applicant handed in at the window. */
  broughtMaterials?: string[] | null;
  /** 容缺: missing materials accepted on the applicant's commitment to bring them by a date. */
  tolerated?: Array<{ materialCode: string; dueDate: Date }> | null;
  /** 承诺书: the applicant's written commitment, where it replaces the on-site inspection. */
  commitment?: string | null;
  idempotencyKey?: string | null;
}

const MISSING: ReadonlySet<MaterialStatus> = new Set([MaterialStatus.TO_SUBMIT, MaterialStatus.PROVIDER_UNAVAILABLE]);
const MAX_TOLERANCE_DAYS = 60;

/**
 * 受理: the clerk confirms the prefilled form. Every required material is satisfied by data,
 * an e-licence, a material produced in the bundle, a paper the applicant brought, or — where
 * the catalogue allows 容缺 — a commitment with a due date. If anything else is missing, the
 * case is not accepted and a one-time notice lists all of it. Otherwise the case gets its
 * number, type, working-day deadline and back-office tasks, in one transaction.
 */
export async function acceptCase(ctx: IntakeContext, args: AcceptArgs): Promise<CaseRow> {
  const visible = await visibleCase(ctx, args.caseId);
  requireWindowClerk(ctx.caller, visible);
  const snapshot = await ctx.catalogue();
  const records = snapshot.records;
  const matters = mattersOf(records, visible).map((code) => records.matters.get(code)!);
  const now = new Date();
  const today = chinaDate(now);
  const tolerated = new Map<string, Date>();
  for (const [i, t] of (args.tolerated ?? []).entries()) {
    const due = chinaDate(t.dueDate);
    if (Number.isNaN(due.getTime()) || due <= today) throw badUserInput(`tolerated[${i}].dueDate`, 'the commitment is to bring the material on a later day');
    if (due.getTime() - today.getTime() > MAX_TOLERANCE_DAYS * 86_400_000) throw badUserInput(`tolerated[${i}].dueDate`, `at most ${MAX_TOLERANCE_DAYS} days ahead`);
    tolerated.set(t.materialCode, due);
  }
  const commitment = args.commitment?.trim() || null;
  if (commitment && commitment.length > 2000) throw badUserInput('commitment', 'at most 2000 characters');

  const key = submissionKey(ctx.caller, args.idempotencyKey);
  return transition(ctx.prisma, visible.id, ctx.caller, args.expectedVersion, async (tx, row) => {
    if (key) await tx.caseSubmission.create({ data: { key, callerId: ctx.caller.id, operation: 'acceptCase', caseId: row.id } });
    if (row.status !== CaseStatus.DRAFT) throw illegal(`Case ${row.number ?? row.id} is ${row.status}: only a case being registered (DRAFT) is accepted`, { status: row.status });
    const prefill = await tx.prefill.findFirst({
      where: { caseId: row.id, ...(args.prefillId ? { id: args.prefillId } : {}) },
      orderBy: { createdAt: 'desc' },
      include: { materials: true },
    });
    if (!prefill) throw illegal(`Case ${row.id} has no prefilled form${args.prefillId ? ` ${args.prefillId}` : ''}: prefill it first`, { reason: 'NOT_PREFILLED' });
    const brought = new Set(args.broughtMaterials ?? []);
    const missing = prefill.materials.filter((m) => m.required && MISSING.has(m.status) && !brought.has(m.code));
    for (const code of tolerated.keys()) {
      const material = prefill.materials.find((m) => m.code === code);
      if (!material) throw badUserInput('tolerated', `${code} is not a material of this form`);
      if (!material.tolerable) throw badUserInput('tolerated', `${records.materials.get(code)?.name ?? code} may not be missing at acceptance (不可容缺)`);
    }
    const unmet = missing.filter((m) => !tolerated.has(m.code));
    const name = (code: string) => records.materials.get(code)?.name ?? code;
    if (unmet.length) {
      const items: NoticeItem[] = missing.map((m) => ({ code: m.code, name: name(m.code), requirement: m.tolerable ? 'MAY_BE_TOLERATED' : 'MUST_SUBMIT' }));
      const notice: OneTimeNotice = { caseTitle: row.title, applicant: row.subjectCode, centre: row.centre, issuedAt: now.toISOString(), items };
      return {
        action: 'NOT_ACCEPTED',
        toStatus: CaseStatus.NOT_ACCEPTED,
        detail: { missing: items.map((i) => i.code) },
        data: { notice: { ...notice, printable: printableNotice(notice, row.id) } as unknown as Prisma.InputJsonValue, closingReasons: `材料不全：${items.map((i) => i.name).join('、')}`, closedAt: now },
      };
    }
    const caseType = caseTypeOf(matters, !!row.bundleCode);
    const commitmentUsed = !!commitment && matters.some((m) => m.commitmentReplacesInspection);
    const limit = row.bundleCode ? records.bundles.get(row.bundleCode)!.promisedTimeLimitDays : matters[0]!.promisedTimeLimitDays;
    const deadline = addWorkingDays(now, limit);
    const tasks = planTasks(caseType, matters, commitmentUsed);
    await createTasks(tx, row, tasks, deadline);
    for (const [materialCode, dueDate] of tolerated) {
      if (missing.some((m) => m.code === materialCode)) await tx.materialCommitment.create({ data: { caseId: row.id, materialCode, name: name(materialCode), dueDate } });
    }
    if (await tx.caseMandate.findUnique({ where: { caseId: row.id } })) await tx.caseMandate.update({ where: { caseId: row.id }, data: { acceptedAt: now } });
    const done = caseType === CaseType.IMMEDIATE;
    return {
      action: 'ACCEPT',
      toStatus: done ? CaseStatus.APPROVED : CaseStatus.IN_PROGRESS,
      detail: { caseType, tasks: tasks.length, tolerated: [...tolerated.keys()], brought: [...brought], commitmentReplacesInspection: commitmentUsed },
      data: {
        number: await caseNumberFor(tx, row.division, now),
        caseType,
        prefillId: prefill.id,
        acceptedAt: now,
        acceptedById: ctx.caller.id,
        deadline,
        commitmentText: commitmentUsed ? commitment : null,
      },
    };
    // The row is locked: a retry racing the first submission waits, then finds its key.
  }, key ? async (tx) => (await submittedCase(tx, key, 'acceptCase')) !== null : undefined);
}

async function createTasks(tx: Tx, row: CaseRow, tasks: ReturnType<typeof planTasks>, deadline: Date): Promise<void> {
  for (const task of tasks) {
    const id = randomUUID();
    const status = task.sequence === 0 ? 'PENDING' : 'WAITING';
    await tx.caseTask.create({ data: { id, caseId: row.id, department: task.department, matterCode: task.matterCode, step: task.step, sequence: task.sequence, status, dueDate: deadline } });
    if (status === 'PENDING') await announceTask(tx, { id, caseId: row.id, department: task.department, matterCode: task.matterCode, step: task.step, dueDate: deadline, title: row.title });
  }
}

/** Tells the department's system of a task that is now its to do. */
export async function announceTask(tx: Tx, task: { id: string; caseId: string; department: string; matterCode: string; step: string; dueDate: Date; title: string }): Promise<void> {
  await enqueue(tx, taskSubject(task.department), {
    event: 'TASK_PENDING', taskId: task.id, caseId: task.caseId, department: task.department, matterCode: task.matterCode,
    step: task.step, dueDate: task.dueDate.toISOString().slice(0, 10), title: task.title,
  });
}

