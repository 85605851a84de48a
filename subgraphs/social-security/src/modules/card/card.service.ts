import { indexBy } from '@hub/kit';
import type { PrismaClient, SocialSecurityCard } from '../../__generated__/prisma/client';

/** Batch reads of social security cards; a person holds at most one. */
export class CardService {
  constructor(private readonly prisma: PrismaClient) {}

  async findByIdNumbers(idNumbers: readonly string[]): Promise<Map<string, SocialSecurityCard>> {
    const rows = await this.prisma.socialSecurityCard.findMany({ where: { idNumber: { in: [...idNumbers] } } });
    return indexBy(rows, (c) => c.idNumber);
  }
}
