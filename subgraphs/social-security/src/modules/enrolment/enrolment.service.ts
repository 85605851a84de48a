import { groupBy } from '@hub/kit';
import type { InsuranceEnrolment, PrismaClient } from '../../__generated__/prisma/client';

/** Batch reads of insurance enrolments; each call is one SQL statement. */
export class EnrolmentService {
  constructor(private readonly prisma: PrismaClient) {}

  /** Enrolments of each person, by scheme, then oldest first. */
  async findByIdNumbers(idNumbers: readonly string[]): Promise<Map<string, InsuranceEnrolment[]>> {
    const rows = await this.prisma.insuranceEnrolment.findMany({
      where: { idNumber: { in: [...idNumbers] } },
      orderBy: [{ scheme: 'asc' }, { startDate: 'asc' }, { id: 'asc' }],
    });
    return groupBy(rows, (e) => e.idNumber);
  }

  /**
   * Distinct persons with an ACTIVE enrolment paid by each employer. A person is usually
   * enrolled in several schemes by the same employer, hence COUNT(DISTINCT); Prisma's
   * groupBy cannot count distinct values, so this is the department's one raw statement.
   */
  async countInsuredByEmployers(creditCodes: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.prisma.$queryRaw<Array<{ creditCode: string; insured: number }>>`
      SELECT "employerCreditCode" AS "creditCode", COUNT(DISTINCT "idNumber")::int AS "insured"
      FROM "InsuranceEnrolment"
      WHERE "status" = 'ACTIVE' AND "employerCreditCode" = ANY(${[...creditCodes]}::char(18)[])
      GROUP BY "employerCreditCode"`;
    return new Map(rows.map((row) => [row.creditCode, row.insured]));
  }
}
