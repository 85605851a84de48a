import { indexBy } from '@hub/kit';
import type { LicenceType as LicenceTypeRow, PrismaClient } from '../../__generated__/prisma/client';

/** Batch reads of the licence catalogue (证照目录); each call is one SQL statement. */
export class LicenceTypeService {
  constructor(private readonly prisma: PrismaClient) {}

  async findByCodes(codes: readonly string[]): Promise<Map<string, LicenceTypeRow>> {
    const rows = await this.prisma.licenceType.findMany({ where: { code: { in: [...codes] } } });
    return indexBy(rows, (t) => t.code);
  }

  findAll(): Promise<LicenceTypeRow[]> {
    return this.prisma.licenceType.findMany({ orderBy: { code: 'asc' } });
  }
}
