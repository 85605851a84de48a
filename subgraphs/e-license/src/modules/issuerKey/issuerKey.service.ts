import { indexBy, type PublishedIssuerKey } from '@hub/kit';
import type { IssuerKey as IssuerKeyRow, PrismaClient } from '../../__generated__/prisma/client';

export function publishedKeyFromRow(row: IssuerKeyRow): PublishedIssuerKey {
  return {
    keyId: row.keyId,
    issuerCode: row.issuerCode,
    issuerName: row.issuerName,
    algorithm: 'SM2-SM3',
    signerId: row.signerId,
    publicKey: row.publicKey,
    activatedAt: row.activatedAt.toISOString(),
    retiredAt: row.retiredAt ? row.retiredAt.toISOString() : null,
  };
}

/** The issuers' published keys; each call is one SQL statement. */
export class IssuerKeyService {
  constructor(private readonly prisma: PrismaClient) {}

  async findByIds(keyIds: readonly string[]): Promise<Map<string, PublishedIssuerKey>> {
    const rows = await this.prisma.issuerKey.findMany({ where: { keyId: { in: [...keyIds] } } });
    return indexBy(rows.map(publishedKeyFromRow), (k) => k.keyId);
  }

  async list(issuerCode: string | null): Promise<PublishedIssuerKey[]> {
    const rows = await this.prisma.issuerKey.findMany({ where: issuerCode ? { issuerCode } : {}, orderBy: [{ issuerCode: 'asc' }, { activatedAt: 'asc' }] });
    return rows.map(publishedKeyFromRow);
  }

  /** Publishes a key the first time it signs (a key already published is left as it is). */
  async publish(key: PublishedIssuerKey): Promise<void> {
    await this.prisma.issuerKey.upsert({
      where: { keyId: key.keyId },
      update: {},
      create: {
        keyId: key.keyId, issuerCode: key.issuerCode, issuerName: key.issuerName, algorithm: key.algorithm,
        signerId: key.signerId, publicKey: key.publicKey, activatedAt: new Date(key.activatedAt),
      },
    });
  }
}
