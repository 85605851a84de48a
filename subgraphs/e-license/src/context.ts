import type { ContextInput, SubgraphContext } from '@hub/kit';
import type { PrismaClient } from './__generated__/prisma/client';
import { HolderCodeType } from './enums';
import { LicenceService } from './modules/licence/licence.service';
import { LicenceTypeService } from './modules/licenceType/licenceType.service';
import { AccessLogService } from './modules/access/access.service';

/** Per-request loaders over the library's batch-shaped services. */
export function eLicenseLoaders({ prisma, loaders }: ContextInput<PrismaClient>) {
  const licences = new LicenceService(prisma);
  const types = new LicenceTypeService(prisma);
  return {
    licence: loaders.one('licence', (ids: readonly string[]) => licences.findByIds(ids)),
    personLicences: loaders.many('personLicences', (ids: readonly string[]) => licences.findByHolders(HolderCodeType.CITIZEN_ID, ids)),
    entityLicences: loaders.many('entityLicences', (codes: readonly string[]) => licences.findByHolders(HolderCodeType.CREDIT_CODE, codes)),
    licenceType: loaders.one('licenceType', (codes: readonly string[]) => types.findByCodes(codes)),
    /** The whole catalogue: one statement, read once per request at most by the root field. */
    catalogue: () => types.findAll(),
    accessLog: new AccessLogService(prisma),
  };
}

export interface ELicenseContext extends SubgraphContext {
  data: ReturnType<typeof eLicenseLoaders>;
}

export function createContext(input: ContextInput<PrismaClient>): ELicenseContext {
  return { ...input.hub, loaders: input.loaders, log: input.log, access: input.access, data: eLicenseLoaders(input) };
}
