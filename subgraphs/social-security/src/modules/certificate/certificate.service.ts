import { indexBy } from '@hub/kit';
import type { EmploymentCertificate, PrismaClient } from '../../__generated__/prisma/client';

/** Batch reads of employment-and-entrepreneurship certificates; a person holds at most one. */
export class CertificateService {
  constructor(private readonly prisma: PrismaClient) {}

  async findByIdNumbers(idNumbers: readonly string[]): Promise<Map<string, EmploymentCertificate>> {
    const rows = await this.prisma.employmentCertificate.findMany({ where: { idNumber: { in: [...idNumbers] } } });
    return indexBy(rows, (c) => c.idNumber);
  }
}
