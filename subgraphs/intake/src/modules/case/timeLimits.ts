import { forbidden } from '@hub/kit';
import type { IntakeContext } from '../../context';
import { chinaDate } from './workingDays';

/** 限时办结 counts of one centre or one department: open cases, the overdue, those due within two working days. */
export interface TimeLimitCount {
  key: string;
  open: number;
  overdue: number;
  dueToday: number;
}

const OPEN = `('ACCEPTED','IN_PROGRESS','CORRECTION_REQUESTED','APPROVED')`;

/**
 * Per centre (cases not yet delivered) and per department (tasks not yet decided): how many
 * are open and how many have passed their deadline. A clerk sees their centre, an approver
 * their department; a department system sees all.
 */
export async function timeLimitCounts(ctx: IntakeContext): Promise<{ centres: TimeLimitCount[]; departments: TimeLimitCount[] }> {
  const { caller } = ctx;
  if (caller.role === 'CITIZEN') throw forbidden('time-limit counts are for centres and departments', { reason: 'ROLE' });
  const today = chinaDate(new Date()).toISOString().slice(0, 10);
  const centre = caller.role === 'CLERK' ? caller.centre ?? '' : null;
  const department = caller.role === 'APPROVER' ? caller.department ?? '' : null;
  const centres = caller.role === 'APPROVER' ? [] : await ctx.prisma.$queryRawUnsafe<TimeLimitCount[]>(
    `SELECT "centre" AS key, count(*)::int AS open,
            count(*) FILTER (WHERE "deadline" < $1::date)::int AS overdue,
            count(*) FILTER (WHERE "deadline" = $1::date)::int AS "dueToday"
       FROM "Case" WHERE "status" IN ${OPEN} AND ($2::text IS NULL OR "centre" = $2) GROUP BY "centre" ORDER BY "centre"`, today, centre);
  const departments = caller.role === 'CLERK' ? [] : await ctx.prisma.$queryRawUnsafe<TimeLimitCount[]>(
    `SELECT "department" AS key, count(*)::int AS open,
            count(*) FILTER (WHERE "dueDate" < $1::date)::int AS overdue,
            count(*) FILTER (WHERE "dueDate" = $1::date)::int AS "dueToday"
       FROM "CaseTask" WHERE "status" IN ('PENDING','CORRECTION_REQUESTED') AND ($2::text IS NULL OR "department" = $2) GROUP BY "department" ORDER BY "department"`, today, department);
  return { centres, departments };
}
