import { groupBy } from '@hub/kit';
import type { Employment, PrismaClient } from '../../__generated__/prisma/client';

/** Batch reads of employment registrations; each call is one SQL statement. */
export class EmploymentService {
  constructor(private readonly prisma: PrismaClient) {}

  /** Employments of each person: open ones first (latest start first), then the most recently ended. */
  async findByIdNumbers(idNumbers: readonly string[]): Promise<Map<string, Employment[]>> {
    const rows = await this.prisma.employment.findMany({
      where: { idNumber: { in: [...idNumbers] } },
      orderBy: [{ endDate: { sort: 'desc', nulls: 'first' } }, { startDate: 'desc' }, { id: 'asc' }],
    });
    return groupBy(rows, (e) => e.idNumber);
  }

  /** Open employments at each employer, longest-serving first. */
  async findCurrentByEmployers(creditCodes: readonly string[]): Promise<Map<string, Employment[]>> {
    const rows = await this.prisma.employment.findMany({
      where: { employerCreditCode: { in: [...creditCodes] }, endDate: null },
      orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
    });
    return groupBy(rows, (e) => e.employerCreditCode);
  }
}
