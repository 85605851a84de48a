import { indexBy } from '@hub/kit';
import type { Household as HouseholdRow, PrismaClient } from '../../__generated__/prisma/client';

export class HouseholdService {
  constructor(private readonly prisma: PrismaClient) {}

  async findByIds(ids: readonly string[]): Promise<Map<string, HouseholdRow>> {
    const rows = await this.prisma.household.findMany({ where: { id: { in: [...ids] } } });
    return indexBy(rows, (h) => h.id);
  }
}
