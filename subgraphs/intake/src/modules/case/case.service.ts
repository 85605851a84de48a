import { randomUUID } from 'node:crypto';
import { badUserInput, forbidden } from '@hub/kit';
import type { Case as CaseRow } from '../../__generated__/prisma/client';
import type { IntakeContext } from '../../context';
import { CaseStatus, SubjectKind } from '../../enums';
import { checkPrefillRequest, type PrefillArgs, type PrefillRequest } from '../prefill/prefill.request';
import { declaredReads, mattersOf } from '../purpose/declaredReads';
import { caseNotFound, mayOpenCase } from './caseAccess';
import { recordEvent } from './caseTransaction';
import { isDuplicateKey, submissionKey, submittedCase } from './idempotency';
import { legalRepresentativeOf } from './legalRepresentative';
import { checkMandate, type MandateInput } from './mandate';
import { isRecordId } from '../../recordIds';


/**
 * Opens a case at the clerk's window (登记): the applicant is present, the matter or bundle
 * chosen. From now on the case is the purpose under which the centre reads the applicant's
 * data. An entity's case also covers its legal representative.
 */
export interface OpenCaseOptions {
  idempotencyKey?: string | null;
  /** 帮办代办: the applicant entrusted a village-station agent with the case. */
  mandate?: MandateInput | null;
}

export async function openCase(ctx: IntakeContext, args: PrefillArgs, options: OpenCaseOptions = {}): Promise<CaseRow> {
  const { caller } = ctx;
  if (caller.role !== 'CLERK' || !caller.centre) throw forbidden('only a window clerk of a service centre opens cases', { reason: 'ROLE', role: caller.role });
  const snapshot = await ctx.catalogue();
  const request = checkPrefillRequest(args, snapshot.records);
  const mandate = options.mandate ? checkMandate(options.mandate) : null;
  if (mandate && request.subject.kind !== SubjectKind.PERSON) throw badUserInput('mandate', 'an agent is entrusted by a person (帮办代办)');
  return openCaseFor(ctx, request, submissionKey(caller, options.idempotencyKey), mandate);
}

/**
 * Creates the case with its submission key and first event in one transaction; a retry
 * with the same key, even one racing the first, gets the first one's case.
 */
export async function openCaseFor(ctx: IntakeContext, request: PrefillRequest, key: string | null = null, mandate: MandateInput | null = null): Promise<CaseRow> {
  const { caller } = ctx;
  if (key) {
    const existing = await submittedCase(ctx.prisma, key, 'openCase');
    if (existing) return ctx.prisma.case.findUniqueOrThrow({ where: { id: existing } });
  }
  const id = randomUUID();
  const data = {
    id,
    subjectKind: request.subject.kind,
    subjectCode: request.subject.code,
    subjects: [request.subject.code],
    matterCode: request.target.kind === 'MATTER' ? request.target.code : null,
    bundleCode: request.target.kind === 'BUNDLE' ? request.target.code : null,
    title: request.target.name,
    situations: request.situations,
    centre: caller.centre!,
    division: caller.division ?? null,
    openedById: caller.id,
    openedByName: caller.name ?? null,
  };
  // An entity's case also covers its legal representative: read before the case is written,
  // so a case is never stored without them (a crash in between would leave it so for good).
  if (request.subject.kind === SubjectKind.MARKET_ENTITY) {
    const representative = await legalRepresentativeOf(ctx, { ...data, status: CaseStatus.DRAFT });
    if (representative) data.subjects = [request.subject.code, representative];
  }
  let row: CaseRow;
  try {
    row = await ctx.prisma.$transaction(async (tx) => {
      if (key) await tx.caseSubmission.create({ data: { key, callerId: caller.id, operation: 'openCase', caseId: id } });
      const created = await tx.case.create({ data });
      if (mandate) await tx.caseMandate.create({ data: { caseId: id, ...mandate, entrustedAt: new Date() } });
      await recordEvent(tx, id, caller, 'OPEN', null, created.status, mandate ? { mandate: { agentName: mandate.agentName, station: mandate.station } } : undefined);
      return created;
    });
  } catch (err) {
    if (!key || !isDuplicateKey(err)) throw err;
    const existing = await submittedCase(ctx.prisma, key, 'openCase');
    if (!existing) throw err;
    return ctx.prisma.case.findUniqueOrThrow({ where: { id: existing } });
  }
  ctx.log.info({ caseId: row.id, title: row.title, centre: row.centre }, 'case opened');
  return row;
}

/** A case the caller may see, or the same refusal whether it exists or not. */
export async function visibleCase(ctx: IntakeContext, id: string): Promise<CaseRow> {
  if (!isRecordId(id)) throw badUserInput('caseId', 'a case id is a UUID');
  const row = await ctx.prisma.case.findUnique({ where: { id } });
  if (!row) throw caseNotFound(id);
  const snapshot = await ctx.catalogue();
  const departments = declaredReads(snapshot.records, mattersOf(snapshot.records, row)).departments;
  if (!mayOpenCase(ctx.caller, row, departments)) throw caseNotFound(id);
  return row;
}
