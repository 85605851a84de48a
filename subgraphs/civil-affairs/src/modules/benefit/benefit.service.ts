import { groupBy } from '@hub/kit';
import type { Benefit, PrismaClient } from '../../__generated__/prisma/client';

export class BenefitService {
  constructor(private readonly prisma: PrismaClient) {}

  async findByBeneficiaries(idNumbers: readonly string[]): Promise<Map<string, Benefit[]>> {
    const rows = await this.prisma.benefit.findMany({
      where: { beneficiaryIdNumber: { in: [...idNumbers] } },
      orderBy: { startDate: 'asc' },
    });
    return groupBy(rows, (b) => b.beneficiaryIdNumber);
  }

  async findByHouseholds(householdIds: readonly string[]): Promise<Map<string, Benefit[]>> {
    const rows = await this.prisma.benefit.findMany({
      where: { householdId: { in: [...householdIds] } },
      orderBy: { startDate: 'asc' },
    });
    return groupBy(rows, (b) => b.householdId ?? '');
  }
}
