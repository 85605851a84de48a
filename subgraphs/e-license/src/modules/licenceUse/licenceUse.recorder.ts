import DataLoader from 'dataloader';
import type { HubContext, PurposeGrant } from '@hub/kit';
import type { Prisma } from '../../__generated__/prisma/client';
import type { LicenceUseKind } from '../../enums';
import type { LicenceUseService } from './licenceUse.service';

export interface UsedLicence {
  id: string;
  typeCode: string;
  holderCode: string;
}

/**
 * Records the uses of one request (用证留痕), before their data leaves: every field that uses
 * a licence waits for its record, the records of one request are written together in one
 * statement, and a licence used twice the same way in one request is recorded once. If the
 * record cannot be written, the fields fail and nothing is served.
 */
export class LicenceUseRecorder {
  private readonly pending = new Map<string, Prisma.LicenceUseCreateManyInput>();
  private readonly loader = new DataLoader<string, true>(async (keys) => {
    await this.uses.record(keys.map((k) => this.pending.get(k)!));
    return keys.map(() => true as const);
  });

  constructor(
    private readonly uses: LicenceUseService,
    private readonly hub: HubContext,
  ) {}

  async record(licence: UsedLicence, kind: LicenceUseKind, grant: PurposeGrant): Promise<void> {
    const key = `${licence.id}|${kind}`;
    if (!this.pending.has(key)) this.pending.set(key, this.rowOf(licence, kind, grant));
    await this.loader.load(key);
  }

  private rowOf(licence: UsedLicence, kind: LicenceUseKind, grant: PurposeGrant): Prisma.LicenceUseCreateManyInput {
    const { caller, traceId } = this.hub;
    return {
      at: new Date(), licenceId: licence.id, typeCode: licence.typeCode, holderCode: licence.holderCode, kind,
      callerId: caller.id, callerRole: caller.role, callerName: caller.name ?? null, callerCentre: caller.centre ?? null,
      callerDivision: caller.division ?? null, callerDepartment: caller.department ?? null,
      basis: grant.basis, purposeId: grant.id, matter: grant.matter, matterName: grant.matterName, traceId,
    };
  }
}
