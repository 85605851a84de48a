import { GraphQLError } from 'graphql';
import type { Caller } from '@hub/kit';
import type { Case as CaseRow, Prisma, PrismaClient } from '../../__generated__/prisma/client';
import type { CaseStatus } from '../../enums';

export type Tx = Prisma.TransactionClient;

/** What a transition changes, and what it tells department systems. */
export interface TransitionEffect {
  action: string;
  toStatus: CaseStatus;
  detail?: Record<string, unknown>;
  data?: Prisma.CaseUpdateInput;
}

export function conflict(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT' } });
}

export function illegal(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'ILLEGAL_TRANSITION', ...extensions } });
}

/**
 * Every change to a case is one transaction: the case row is locked (concurrent actions on
 * the same case run one after the other), the version the caller saw is checked (a stale
 * screen gets CONFLICT instead of overwriting), the step is applied, the version bumped and
 * an event written with who, where and when. `step` returns the effect, null when there is
 * nothing to do (a retry of a step already taken), or throws, and then nothing is written.
 */
export async function transition(
  prisma: PrismaClient,
  caseId: string,
  caller: Caller,
  expectedVersion: number | null | undefined,
  step: (tx: Tx, row: CaseRow) => Promise<TransitionEffect | null>,
  /** True when this exact submission already took effect (its idempotency key is recorded): nothing is done. */
  alreadyDone?: (tx: Tx) => Promise<boolean>,
): Promise<CaseRow> {
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Case" WHERE "id" = ${caseId}::uuid FOR UPDATE`;
    const row = await tx.case.findUniqueOrThrow({ where: { id: caseId } });
    if (alreadyDone && (await alreadyDone(tx))) return row;
    if (expectedVersion !== null && expectedVersion !== undefined && expectedVersion !== row.version) {
      throw conflict(`Case ${row.number ?? row.id} changed since version ${expectedVersion} (now ${row.version}): reload it and try again`);
    }
    const effect = await step(tx, row);
    // Nothing to do: a retried submission that already took effect.
    if (!effect) return row;
    const updated = await tx.case.update({
      where: { id: caseId },
      data: { ...effect.data, status: effect.toStatus, version: { increment: 1 } },
    });
    await recordEvent(tx, caseId, caller, effect.action, row.status, effect.toStatus, effect.detail);
    return updated;
  });
}

export async function recordEvent(tx: Tx, caseId: string, caller: Caller, action: string, from: CaseStatus | null, to: CaseStatus, detail?: Record<string, unknown>): Promise<void> {
  await tx.caseEvent.create({
    data: {
      caseId, action, fromStatus: from, toStatus: to,
      actorId: caller.id, actorRole: caller.role, actorName: caller.name ?? null,
      centre: caller.centre ?? null, department: caller.department ?? null,
      ...(detail ? { detail: detail as Prisma.InputJsonValue } : {}),
    },
  });
}

/** A message for department systems, written in the same transaction as the change it reports (transactional outbox). */
export async function enqueue(tx: Tx, subject: string, payload: Record<string, unknown>): Promise<void> {
  await tx.outboxMessage.create({ data: { subject, payload: payload as Prisma.InputJsonValue } });
}

/** The NATS subject a department's system listens on for new tasks. */
export const taskSubject = (department: string) => `hub.tasks.${department}`;
