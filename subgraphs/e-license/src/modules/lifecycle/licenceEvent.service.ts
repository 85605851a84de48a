import { groupBy } from '@hub/kit';
import type { LicenceEvent as LicenceEventRow, PrismaClient } from '../../__generated__/prisma/client';

/** Licences' histories; one statement for any number of licences. */
export class LicenceEventService {
  constructor(private readonly prisma: PrismaClient) {}

  async findByLicences(ids: readonly string[]): Promise<Map<string, LicenceEventRow[]>> {
    const rows = await this.prisma.licenceEvent.findMany({ where: { licenceId: { in: [...ids] } }, orderBy: { id: 'asc' } });
    return groupBy(rows, (e) => e.licenceId);
  }
}
