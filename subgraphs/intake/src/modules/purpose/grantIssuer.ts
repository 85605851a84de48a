import { forbidden, PURPOSE_TOKEN_SECONDS, type PurposeGrant } from '@hub/kit';
import type { Case as CaseRow, DataAuthorisation } from '../../__generated__/prisma/client';
import type { IntakeContext } from '../../context';
import { OPEN_STATUSES } from '../case/caseAccess';
import { declaredReads, mattersOf } from './declaredReads';
import { PurposeGrantTicket } from './purposeGrant.type';

/**
 * Issues purpose grants (用数凭证). Intake keeps the cases and the authorisations, so it is
 * the one to say "this clerk may read these items of these people, now": for an open case,
 * to the clerks of its centre and the approvers of its departments; for a subject's
 * authorisation, to the clerks of the centre it names, until it expires or is withdrawn.
 */
/** The parts of a case a grant is made from (a case about to be created has them too). */
export type GrantableCase = Pick<CaseRow, 'id' | 'status' | 'centre' | 'subjects' | 'matterCode' | 'bundleCode' | 'title'>;

export async function grantForCase(ctx: IntakeContext, row: GrantableCase): Promise<PurposeGrantTicket> {
  if (!OPEN_STATUSES.has(row.status)) {
    throw forbidden(`Case ${row.id} is closed (${row.status}): a closed case is no longer a purpose for reading data`, { reason: 'CASE_CLOSED' });
  }
  const snapshot = await ctx.catalogue();
  const reads = declaredReads(snapshot.records, mattersOf(snapshot.records, row));
  const { caller } = ctx;
  if (caller.role === 'CLERK' && caller.centre !== row.centre) throw forbidden(`Case ${row.id} is held by another centre`, { reason: 'OTHER_CENTRE' });
  if (caller.role === 'APPROVER' && !(caller.department && reads.departments.includes(caller.department))) {
    throw forbidden(`Case ${row.id} gives ${caller.department ?? 'the caller’s department'} no task`, { reason: 'OTHER_DEPARTMENT' });
  }
  if (caller.role !== 'CLERK' && caller.role !== 'APPROVER') throw forbidden('purpose grants are for clerks and approvers; citizens read their own data without one', { reason: 'ROLE' });
  return sign(ctx, {
    basis: 'CASE',
    id: row.id,
    matter: row.bundleCode ?? row.matterCode ?? '',
    matterName: row.title,
    centre: row.centre,
    departments: reads.departments,
    subjects: row.subjects,
    paths: reads.paths,
    licenceTypes: reads.licenceTypes,
  });
}

export async function grantForAuthorisation(ctx: IntakeContext, row: DataAuthorisation, now = new Date()): Promise<PurposeGrantTicket> {
  const { caller } = ctx;
  if (caller.role !== 'CLERK' || caller.centre !== row.centre) {
    throw forbidden(`Authorisation ${row.id} names ${row.centre}; only its clerks may use it`, { reason: 'OTHER_CENTRE' });
  }
  if (row.revokedAt) throw forbidden(`Authorisation ${row.id} was withdrawn by the subject at ${row.revokedAt.toISOString()}`, { reason: 'AUTHORISATION_WITHDRAWN' });
  if (row.expiresAt <= now) throw forbidden(`The subject's authorisation (用数授权) ${row.id} expired at ${row.expiresAt.toISOString()}`, { reason: 'AUTHORISATION_EXPIRED' });
  const snapshot = await ctx.catalogue();
  const reads = declaredReads(snapshot.records, mattersOf(snapshot.records, row));
  return sign(ctx, {
    basis: 'AUTHORISATION',
    id: row.id,
    matter: row.bundleCode ?? row.matterCode ?? '',
    matterName: row.title,
    centre: row.centre,
    subjects: [row.subjectIdNumber],
    paths: reads.paths,
    licenceTypes: reads.licenceTypes,
    authorisationExpiresAt: row.expiresAt.toISOString(),
  }, Math.floor(row.expiresAt.getTime() / 1000));
}

async function sign(ctx: IntakeContext, grant: PurposeGrant, until?: number): Promise<PurposeGrantTicket> {
  const issuedAt = Math.floor(Date.now() / 1000);
  const expires = Math.min(until ?? Number.POSITIVE_INFINITY, issuedAt + PURPOSE_TOKEN_SECONDS);
  const token = await ctx.purposes().sign(grant, expires, issuedAt);
  return Object.assign(new PurposeGrantTicket(), {
    token,
    basis: grant.basis,
    id: grant.id,
    matter: grant.matter,
    matterName: grant.matterName,
    subjects: grant.subjects,
    paths: grant.paths,
    licenceTypes: grant.licenceTypes,
    expiresAt: new Date(Math.max(expires, issuedAt + 1) * 1000),
  });
}
