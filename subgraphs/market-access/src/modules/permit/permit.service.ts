import { groupBy } from '@hub/kit';
import type { Permit as PermitRow, PrismaClient } from '../../__generated__/prisma/client';

/** Batch reads of administrative permits; each call is one SQL statement. */
export class PermitService {
  constructor(private readonly prisma: PrismaClient) {}

  /** Permits of each market entity, oldest first. */
  async findByCreditCodes(creditCodes: readonly string[]): Promise<Map<string, PermitRow[]>> {
    const rows = await this.prisma.permit.findMany({
      where: { creditCode: { in: [...creditCodes] } },
      orderBy: [{ issuedOn: 'asc' }, { number: 'asc' }],
    });
    return groupBy(rows, (p) => p.creditCode);
  }
}
