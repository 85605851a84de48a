import type { Tx } from './caseTransaction';
import { chinaDate } from './workingDays';

/**
 * 受理编号: <town division>-<yyyymmdd>-<4-digit sequence of that centre's day>. Numbers are
 * given under an advisory lock per division and day, so two clerks accepting at once never
 * get the same number (the unique index would refuse it anyway).
 */
export async function caseNumberFor(tx: Tx, division: string | null, now: Date): Promise<string> {
  const day = chinaDate(now).toISOString().slice(0, 10).replace(/-/g, '');
  const prefix = `${division ?? '000000000'}-${day}-`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${prefix}))`;
  const rows = await tx.$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM "Case" WHERE "number" LIKE ${`${prefix}%`}`;
  return `${prefix}${String((rows[0]?.n ?? 0) + 1).padStart(4, '0')}`;
}
