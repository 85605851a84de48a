import { badUserInput } from '@hub/kit';
import type { Case as CaseRow } from '../../__generated__/prisma/client';
import type { IntakeContext } from '../../context';
import { CaseStatus } from '../../enums';
import { visibleCase } from './case.service';
import { requireWindowClerk } from './caseRoles';
import { enqueue, illegal, transition } from './caseTransaction';

/** Ratings are given once the case has ended: with its result, or with written reasons. */
const RATEABLE: ReadonlySet<CaseStatus> = new Set([CaseStatus.DELIVERED, CaseStatus.REFUSED, CaseStatus.WITHDRAWN, CaseStatus.NOT_ACCEPTED]);
/** 差评: 1 (非常不满意) and 2 (不满意) open a follow-up the centre must close with a response. */
export const BAD_RATING = 2;

/**
 * 好差评: the applicant rates the service 1–5 with a comment — themselves, signed in as a
 * citizen, or on the window's rating device, recorded by the clerk. Once per case.
 */
export async function rateCase(ctx: IntakeContext, caseId: string, score: number, comment: string | null): Promise<CaseRow> {
  const row0 = await visibleCase(ctx, caseId);
  const { caller } = ctx;
  const applicant = caller.role === 'CITIZEN' && caller.idNumber === row0.subjectCode;
  if (!applicant) requireWindowClerk(caller, row0);
  if (!Number.isInteger(score) || score < 1 || score > 5) throw badUserInput('score', 'a whole number from 1 (非常不满意) to 5 (非常满意)');
  const text = comment?.trim() || null;
  if (text && text.length > 1000) throw badUserInput('comment', 'at most 1000 characters');
  return transition(ctx.prisma, row0.id, caller, null, async (tx, row) => {
    if (!RATEABLE.has(row.status)) throw illegal(`Case ${row.number ?? row.id} is ${row.status}: it is rated once it has ended (after the result)`, { status: row.status });
    if (await tx.caseRating.findUnique({ where: { caseId: row.id } })) throw illegal(`Case ${row.number ?? row.id} has been rated already`, { reason: 'ALREADY_RATED' });
    const bad = score <= BAD_RATING;
    await tx.caseRating.create({ data: { caseId: row.id, score, comment: text, ratedById: caller.id, followUpOpen: bad } });
    if (bad) await enqueue(tx, `hub.ratings.${row.division ?? 'unknown'}`, { event: 'BAD_RATING', caseId: row.id, score, comment: text });
    return { action: bad ? 'RATE_BAD' : 'RATE', toStatus: row.status, detail: { score, comment: text } };
  });
}

/** 差评整改: the centre answers a bad rating; the follow-up closes with the response. */
export async function closeRatingFollowUp(ctx: IntakeContext, caseId: string, response: string): Promise<CaseRow> {
  const row0 = await visibleCase(ctx, caseId);
  requireWindowClerk(ctx.caller, row0);
  const text = response?.trim() ?? '';
  if (!text) throw badUserInput('response', 'a follow-up is closed with the response given to the applicant');
  if (text.length > 2000) throw badUserInput('response', 'at most 2000 characters');
  return transition(ctx.prisma, row0.id, ctx.caller, null, async (tx, row) => {
    const rating = await tx.caseRating.findUnique({ where: { caseId: row.id } });
    if (!rating?.followUpOpen) throw illegal(`Case ${row.number ?? row.id} has no open follow-up of a bad rating`, { reason: 'NO_FOLLOW_UP' });
    await tx.caseRating.update({ where: { caseId: row.id }, data: { followUpOpen: false, followUpResponse: text, followUpClosedAt: new Date(), followUpClosedBy: ctx.caller.id } });
    return { action: 'CLOSE_FOLLOW_UP', toStatus: row.status, detail: { response: text } };
  });
}

