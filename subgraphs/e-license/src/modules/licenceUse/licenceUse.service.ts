import type { LicenceUse as LicenceUseRow, Prisma, PrismaClient } from '../../__generated__/prisma/client';

/** The uses of licences (用证记录): written in batches, read for their holder. */
export class LicenceUseService {
  constructor(private readonly prisma: PrismaClient) {}

  /** One statement for all the uses a request made. */
  async record(uses: Prisma.LicenceUseCreateManyInput[]): Promise<void> {
    await this.prisma.licenceUse.createMany({ data: uses });
  }

  /** Uses of one holder's licences, newest first; one statement. */
  latestFor(holderCode: string, since: Date | null, limit: number): Promise<LicenceUseRow[]> {
    return this.prisma.licenceUse.findMany({
      where: { holderCode, ...(since ? { at: { gte: since } } : {}) },
      orderBy: { id: 'desc' },
      take: limit,
    });
  }
}
