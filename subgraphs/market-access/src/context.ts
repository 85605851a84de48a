import type { ContextInput, SubgraphContext } from '@hub/kit';
import type { PrismaClient } from './__generated__/prisma/client';
import { MarketEntityService } from './modules/market-entity/market-entity.service';
import { PermitService } from './modules/permit/permit.service';
import { AccessLogService } from './modules/access/access.service';

/** Per-request loaders over the department's batch-shaped services. */
export function marketAccessLoaders({ prisma, loaders }: ContextInput<PrismaClient>) {
  const entities = new MarketEntityService(prisma);
  const permits = new PermitService(prisma);
  return {
    marketEntity: loaders.one('marketEntity', (codes: readonly string[]) => entities.findByCreditCodes(codes)),
    businessesOperated: loaders.many('businessesOperated', (ids: readonly string[]) => entities.findByLegalRepresentatives(ids)),
    permits: loaders.many('permits', (codes: readonly string[]) => permits.findByCreditCodes(codes)),
    accessLog: new AccessLogService(prisma),
  };
}

export interface MarketAccessContext extends SubgraphContext {
  data: ReturnType<typeof marketAccessLoaders>;
}

export function createContext(input: ContextInput<PrismaClient>): MarketAccessContext {
  return { ...input.hub, loaders: input.loaders, log: input.log, access: input.access, data: marketAccessLoaders(input) };
}
