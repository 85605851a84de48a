import type { ContextInput, SubgraphContext } from '@hub/kit';
import type { PrismaClient } from './__generated__/prisma/client';
import { issuerKeyring } from './config';
import { HolderCodeType } from './enums';
import { AccessLogService } from './modules/access/access.service';
import { IssuerKeyService } from './modules/issuerKey/issuerKey.service';
import { LicenceService } from './modules/licence/licence.service';
import { LicenceTypeService } from './modules/licenceType/licenceType.service';
import { LicenceUseRecorder } from './modules/licenceUse/licenceUse.recorder';
import { LicenceUseService } from './modules/licenceUse/licenceUse.service';
import { LicenceEventService } from './modules/lifecycle/licenceEvent.service';
import { LifecycleService } from './modules/lifecycle/lifecycle.service';

/** Per-request loaders over the library's batch-shaped services. */
export function eLicenseLoaders({ prisma, loaders, hub }: ContextInput<PrismaClient>) {
  const licences = new LicenceService(prisma);
  const types = new LicenceTypeService(prisma);
  const issuerKeys = new IssuerKeyService(prisma);
  const events = new LicenceEventService(prisma);
  const useLog = new LicenceUseService(prisma);
  return {
    licence: loaders.one('licence', (ids: readonly string[]) => licences.findByIds(ids)),
    licenceBySealDigest: loaders.one('licenceBySealDigest', (digests: readonly string[]) => licences.findBySealDigests(digests)),
    personLicences: loaders.many('personLicences', (ids: readonly string[]) => licences.findByHolders(HolderCodeType.CITIZEN_ID, ids)),
    entityLicences: loaders.many('entityLicences', (codes: readonly string[]) => licences.findByHolders(HolderCodeType.CREDIT_CODE, codes)),
    licenceType: loaders.one('licenceType', (codes: readonly string[]) => types.findByCodes(codes)),
    /** The whole catalogue: one statement, read once per request at most by the root field. */
    catalogue: () => types.findAll(),
    issuerKey: loaders.one('issuerKey', (keyIds: readonly string[]) => issuerKeys.findByIds(keyIds)),
    issuerKeys,
    licenceEvents: loaders.many('licenceEvents', (ids: readonly string[]) => events.findByLicences(ids)),
    /** This request's uses of licences (用证留痕), written together. */
    uses: new LicenceUseRecorder(useLog, hub),
    useLog,
    lifecycle: new LifecycleService(prisma, issuerKeys),
    /** The issuers' signing keys, read once per process. */
    keyring: issuerKeyring(),
    accessLog: new AccessLogService(prisma),
  };
}

export interface ELicenseContext extends SubgraphContext {
  data: ReturnType<typeof eLicenseLoaders>;
}

export function createContext(input: ContextInput<PrismaClient>): ELicenseContext {
  return { ...input.hub, loaders: input.loaders, log: input.log, access: input.access, data: eLicenseLoaders(input) };
}
