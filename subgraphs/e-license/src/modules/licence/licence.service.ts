import { groupBy, indexBy } from '@hub/kit';
import type { HolderCodeType, Licence as LicenceRow, PrismaClient } from '../../__generated__/prisma/client';

/** Batch reads of issued licences; each call is one SQL statement. */
export class LicenceService {
  constructor(private readonly prisma: PrismaClient) {}

  async findByIds(ids: readonly string[]): Promise<Map<string, LicenceRow>> {
    const rows = await this.prisma.licence.findMany({ where: { id: { in: [...ids] } } });
    return indexBy(rows, (l) => l.id);
  }

  /** Licences by the SM3 digest their seal names (a shown licence's code carries the digest, not the identifier). */
  async findBySealDigests(digests: readonly string[]): Promise<Map<string, LicenceRow>> {
    const rows = await this.prisma.licence.findMany({ where: { sealDigest: { in: [...digests] } } });
    return indexBy(rows, (l) => l.sealDigest!);
  }

  /** Licences held by each holder code of one kind, oldest issue first. */
  async findByHolders(holderCodeType: HolderCodeType, holderCodes: readonly string[]): Promise<Map<string, LicenceRow[]>> {
    const rows = await this.prisma.licence.findMany({
      where: { holderCodeType, holderCode: { in: [...holderCodes] } },
      orderBy: [{ issuedOn: 'asc' }, { id: 'asc' }],
    });
    return groupBy(rows, (l) => l.holderCode);
  }
}
