import { randomBytes } from 'node:crypto';
import { publishedKeyOf, sealLicence, type HubContext, type IssuerSigningKey, type LicenceContent, type LicenceSeal } from '@hub/kit';
import type { Licence as LicenceRow, LicenceEventKind, LicenceStatus, Prisma, PrismaClient } from '../../__generated__/prisma/client';
import type { IssuerKeyService } from '../issuerKey/issuerKey.service';

type Tx = Prisma.TransactionClient;

/** The account that made a change, as the history records it. */
function actorOf(hub: HubContext) {
  return { actorId: hub.caller.id, actorRole: hub.caller.role, actorDepartment: hub.caller.department ?? null };
}

const date = (day: string): Date => new Date(`${day}T00:00:00Z`);

export interface LicenceChange {
  kind: LicenceEventKind;
  caseId: string | null;
  reason: string | null;
  relatedLicenceId: string | null;
}

/**
 * Writes the lifecycle (签发、换发、撤销、失效): every change of a licence and its event in one
 * transaction, so the history never misses a change and never records one that did not happen.
 */
export class LifecycleService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly issuerKeys: IssuerKeyService,
  ) {}

  async exists(id: string): Promise<boolean> {
    return (await this.prisma.licence.count({ where: { id } })) > 0;
  }

  /**
   * Seals a new licence with its issuer's key (hedged nonce: online signing), publishes the
   * key if it signs for the first time, and stores the licence with its event; `before`
   * runs in the same transaction (a renewal retires the old version there).
   */
  async issue(content: LicenceContent, signing: IssuerSigningKey, hub: HubContext, change: LicenceChange, before?: (tx: Tx, at: Date) => Promise<void>): Promise<{ row: LicenceRow; seal: LicenceSeal }> {
    const at = new Date();
    const seal = sealLicence(content, signing, at, { entropy: randomBytes(32) });
    await this.issuerKeys.publish(publishedKeyOf(signing, content.issuer.name, at.toISOString()));
    const row = await this.prisma.$transaction(async (tx) => {
      await before?.(tx, at);
      const created = await tx.licence.create({
        data: {
          id: content.id, typeCode: content.typeCode, number: content.number,
          holderName: content.holder.name, holderCode: content.holder.code, holderCodeType: content.holder.codeType === '111' ? 'CITIZEN_ID' : 'CREDIT_CODE',
          issuerName: content.issuer.name, issuerCode: content.issuer.code,
          issuedOn: date(content.issuedOn), validFrom: date(content.validFrom), validUntil: content.validUntil ? date(content.validUntil) : null,
          jurisdiction: content.jurisdiction, status: 'VALID', surfaceData: content.surfaceData as Prisma.InputJsonObject, asOf: at,
          sealKeyId: seal.keyId, sealSignedAt: at, sealDigest: seal.contentDigest, sealSignature: seal.signature,
        },
      });
      await tx.licenceEvent.create({ data: { licenceId: content.id, at, status: 'VALID', ...change, ...actorOf(hub) } });
      return created;
    });
    return { row, seal };
  }

  /** Ends a licence still in force (or expired): revoked, cancelled, withdrawn or superseded. False when it no longer could be. */
  async end(tx: Tx | PrismaClient, id: string, status: LicenceStatus, hub: HubContext, change: LicenceChange & { reason: string }, at: Date, supersededBy: string | null = null): Promise<boolean> {
    const { count } = await tx.licence.updateMany({
      where: { id, status: { in: ['VALID', 'EXPIRED'] }, supersededBy: null },
      data: { status, statusChangedAt: at, statusReason: change.reason, supersededBy, asOf: at },
    });
    if (count === 1) await tx.licenceEvent.create({ data: { licenceId: id, at, status, ...change, ...actorOf(hub) } });
    return count === 1;
  }

  async endNow(id: string, status: LicenceStatus, hub: HubContext, change: LicenceChange & { reason: string }): Promise<Date | null> {
    const at = new Date();
    return (await this.prisma.$transaction((tx) => this.end(tx, id, status, hub, change, at))) ? at : null;
  }

  /** Marks every licence past its last valid day EXPIRED (失效), with its event; one statement. */
  async expireDue(today: string, hub: HubContext): Promise<number> {
    const at = new Date();
    const reason = `past its last valid day (today ${today}, China Standard Time)`;
    const { actorId, actorRole, actorDepartment } = actorOf(hub);
    return this.prisma.$executeRaw`
      WITH expired AS (
        UPDATE "Licence" SET status = 'EXPIRED', "statusChangedAt" = ${at}, "statusReason" = ${reason}, "asOf" = ${at}, "updatedAt" = ${at}
         WHERE status = 'VALID' AND "validUntil" < ${today}::date
        RETURNING id)
      INSERT INTO "LicenceEvent" ("licenceId", kind, at, status, reason, "actorId", "actorRole", "actorDepartment")
      SELECT id, 'EXPIRED', ${at}, 'EXPIRED', ${reason}, ${actorId}, ${actorRole}, ${actorDepartment} FROM expired`;
  }
}
