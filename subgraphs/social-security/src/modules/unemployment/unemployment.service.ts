import { groupBy } from '@hub/kit';
import type { PrismaClient, UnemploymentRegistration } from '../../__generated__/prisma/client';

/** Batch reads of unemployment registrations; each call is one SQL statement. */
export class UnemploymentService {
  constructor(private readonly prisma: PrismaClient) {}

  /** Registrations of each person, most recent first. */
  async findByIdNumbers(idNumbers: readonly string[]): Promise<Map<string, UnemploymentRegistration[]>> {
    const rows = await this.prisma.unemploymentRegistration.findMany({
      where: { idNumber: { in: [...idNumbers] } },
      orderBy: [{ registeredOn: 'desc' }, { id: 'asc' }],
    });
    return groupBy(rows, (r) => r.idNumber);
  }
}
