import { groupBy, indexBy } from '@hub/kit';
import type { MarketEntity as MarketEntityRow, PrismaClient } from '../../__generated__/prisma/client';

/** Batch reads of the market-entity register; each call is one SQL statement. */
export class MarketEntityService {
  constructor(private readonly prisma: PrismaClient) {}

  async findByCreditCodes(creditCodes: readonly string[]): Promise<Map<string, MarketEntityRow>> {
    const rows = await this.prisma.marketEntity.findMany({ where: { creditCode: { in: [...creditCodes] } } });
    return indexBy(rows, (e) => e.creditCode);
  }

  /** Entities each person represents or operates, oldest first. */
  async findByLegalRepresentatives(idNumbers: readonly string[]): Promise<Map<string, MarketEntityRow[]>> {
    const rows = await this.prisma.marketEntity.findMany({
      where: { legalRepresentativeIdNumber: { in: [...idNumbers] } },
      orderBy: [{ establishedOn: 'asc' }, { creditCode: 'asc' }],
    });
    return groupBy(rows, (e) => e.legalRepresentativeIdNumber);
  }
}
