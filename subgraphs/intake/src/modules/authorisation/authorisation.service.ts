import { badUserInput, forbidden, type Caller } from '@hub/kit';
import type { DataAuthorisation as Row } from '../../__generated__/prisma/client';
import type { IntakeContext } from '../../context';
import { SubjectKind } from '../../enums';
import { checkPrefillRequest } from '../prefill/prefill.request';
import { DataAuthorisation } from './authorisation.type';
import { isRecordId } from '../../recordIds';

/** Longest an authorisation may run: a matter's time limit with margin, not an open-ended consent. */
export const MAX_AUTHORISATION_DAYS = 90;

function requireCitizen(caller: Caller): string {
  if (caller.role !== 'CITIZEN' || !caller.idNumber) throw forbidden('only the subject, signed in as a citizen, authorises the use of their data (用数授权)', { reason: 'ROLE', role: caller.role });
  return caller.idNumber;
}

export interface AuthoriseArgs {
  centre: string;
  matterCode: string | null;
  bundleCode: string | null;
  expiresAt: Date;
}

/** A citizen authorises a centre to read their data for a matter or bundle, until `expiresAt`. */
export async function authoriseDataUse(ctx: IntakeContext, args: AuthoriseArgs, now = new Date()): Promise<DataAuthorisation> {
  const idNumber = requireCitizen(ctx.caller);
  const centre = args.centre.trim();
  if (!centre || centre.length > 64) throw badUserInput('centre', 'the service centre’s name, 1–64 characters');
  if (!(args.expiresAt instanceof Date) || Number.isNaN(args.expiresAt.getTime()) || args.expiresAt <= now) throw badUserInput('expiresAt', 'must be in the future');
  if (args.expiresAt.getTime() - now.getTime() > MAX_AUTHORISATION_DAYS * 86_400_000) throw badUserInput('expiresAt', `at most ${MAX_AUTHORISATION_DAYS} days ahead`);
  const snapshot = await ctx.catalogue();
  const request = checkPrefillRequest({ subject: { idNumber }, matterCode: args.matterCode, bundleCode: args.bundleCode }, snapshot.records);
  if (request.subject.kind !== SubjectKind.PERSON) throw badUserInput('matterCode', 'a person authorises matters applied for by a person');
  const row = await ctx.prisma.dataAuthorisation.create({
    data: {
      subjectIdNumber: idNumber,
      centre,
      matterCode: request.target.kind === 'MATTER' ? request.target.code : null,
      bundleCode: request.target.kind === 'BUNDLE' ? request.target.code : null,
      title: request.target.name,
      expiresAt: args.expiresAt,
    },
  });
  return authorisationFromRow(row);
}

/** The subject's own authorisation by id; anyone else gets the refusal an unknown id gets. */
export async function ownAuthorisation(ctx: IntakeContext, id: string): Promise<Row> {
  const idNumber = requireCitizen(ctx.caller);
  const row = isRecordId(id) ? await ctx.prisma.dataAuthorisation.findUnique({ where: { id } }) : null;
  if (!row || row.subjectIdNumber !== idNumber) throw forbidden(`No authorisation ${id} of the caller`, { reason: 'AUTHORISATION_NOT_VISIBLE' });
  return row;
}

/** An authorisation a clerk names to read under it; checked further when the grant is issued. */
export async function authorisationForClerk(ctx: IntakeContext, id: string): Promise<Row> {
  const row = isRecordId(id) ? await ctx.prisma.dataAuthorisation.findUnique({ where: { id } }) : null;
  if (!row || ctx.caller.role !== 'CLERK' || row.centre !== ctx.caller.centre) {
    throw forbidden(`No authorisation ${id} naming the caller’s centre`, { reason: 'AUTHORISATION_NOT_VISIBLE' });
  }
  return row;
}

export async function withdrawDataAuthorisation(ctx: IntakeContext, id: string): Promise<DataAuthorisation> {
  const row = await ownAuthorisation(ctx, id);
  if (row.revokedAt) return authorisationFromRow(row);
  return authorisationFromRow(await ctx.prisma.dataAuthorisation.update({ where: { id: row.id }, data: { revokedAt: new Date() } }));
}

export async function myDataAuthorisations(ctx: IntakeContext): Promise<DataAuthorisation[]> {
  const idNumber = requireCitizen(ctx.caller);
  const rows = await ctx.prisma.dataAuthorisation.findMany({ where: { subjectIdNumber: idNumber }, orderBy: { createdAt: 'desc' }, take: 200 });
  return rows.map(authorisationFromRow);
}

function authorisationFromRow(row: Row): DataAuthorisation {
  return Object.assign(new DataAuthorisation(), {
    id: row.id, centre: row.centre, matterCode: row.matterCode, bundleCode: row.bundleCode, title: row.title,
    createdAt: row.createdAt, expiresAt: row.expiresAt, revokedAt: row.revokedAt,
  });
}
