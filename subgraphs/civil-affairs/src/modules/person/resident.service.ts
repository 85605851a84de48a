import { indexBy, groupBy } from '@hub/kit';
import type { PrismaClient, Resident } from '../../__generated__/prisma/client';

/** Batch reads of the resident registry; each call is one SQL statement. */
export class ResidentService {
  constructor(private readonly prisma: PrismaClient) {}

  async findByIdNumbers(idNumbers: readonly string[]): Promise<Map<string, Resident>> {
    const rows = await this.prisma.resident.findMany({ where: { idNumber: { in: [...idNumbers] } } });
    return indexBy(rows, (r) => r.idNumber);
  }

  async findByHouseholds(householdIds: readonly string[]): Promise<Map<string, Resident[]>> {
    const rows = await this.prisma.resident.findMany({
      where: { householdId: { in: [...householdIds] } },
      orderBy: [{ householdId: 'asc' }, { birthDate: 'asc' }],
    });
    return groupBy(rows, (r) => r.householdId);
  }
}
