import { badUserInput, forbidden } from '@hub/kit';
import type { Case as CaseRow } from '../../__generated__/prisma/client';
import type { IntakeContext } from '../../context';
import { SubjectKind } from '../../enums';
import { checkPrefillRequest, type PrefillArgs, type PrefillRequest } from '../prefill/prefill.request';
import { declaredReads, mattersOf } from '../purpose/declaredReads';
import { caseNotFound, mayOpenCase } from './caseAccess';
import { legalRepresentativeOf } from './legalRepresentative';

const UUID = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i;

/**
 * Opens a case at the clerk's window (登记): the applicant is present, the matter or bundle
 * chosen. From now on the case is the purpose under which the centre reads the applicant's
 * data. An entity's case also covers its legal representative.
 */
export async function openCase(ctx: IntakeContext, args: PrefillArgs): Promise<CaseRow> {
  const { caller } = ctx;
  if (caller.role !== 'CLERK' || !caller.centre) throw forbidden('only a window clerk of a service centre opens cases', { reason: 'ROLE', role: caller.role });
  const snapshot = await ctx.catalogue();
  const request = checkPrefillRequest(args, snapshot.records);
  return openCaseFor(ctx, request);
}

export async function openCaseFor(ctx: IntakeContext, request: PrefillRequest): Promise<CaseRow> {
  const { caller } = ctx;
  let row = await ctx.prisma.case.create({
    data: {
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
    },
  });
  if (request.subject.kind === SubjectKind.MARKET_ENTITY) {
    const representative = await legalRepresentativeOf(ctx, row);
    if (representative) row = await ctx.prisma.case.update({ where: { id: row.id }, data: { subjects: [row.subjectCode, representative] } });
  }
  ctx.log.info({ caseId: row.id, title: row.title, centre: row.centre }, 'case opened');
  return row;
}

/** A case the caller may see, or the same refusal whether it exists or not. */
export async function visibleCase(ctx: IntakeContext, id: string): Promise<CaseRow> {
  if (!UUID.test(id)) throw badUserInput('caseId', 'a case id is a UUID');
  const row = await ctx.prisma.case.findUnique({ where: { id } });
  if (!row) throw caseNotFound(id);
  const snapshot = await ctx.catalogue();
  const departments = declaredReads(snapshot.records, mattersOf(snapshot.records, row)).departments;
  if (!mayOpenCase(ctx.caller, row, departments)) throw caseNotFound(id);
  return row;
}
