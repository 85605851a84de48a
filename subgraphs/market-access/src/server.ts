import { join } from 'node:path';
import type { SubgraphDefinition } from '@hub/kit';
import { DEMO_PERSONS, DEMO_SEED, seedDepartment } from '@hub/synth';
import { PrismaClient } from './__generated__/prisma/client';
import { createContext, type MarketAccessContext } from './context';
import { buildMarketAccessSchema } from './schema';

export const NAME = 'market-access';
export const DEFAULT_PORT = 4103;

/** 市场监管 market access as a subgraph: built here, started by index.ts or by tests. */
export const marketAccess: SubgraphDefinition<PrismaClient, MarketAccessContext> = {
  name: NAME,
  migrationsDir: join(__dirname, '..', 'prisma', 'migrations'),
  schema: buildMarketAccessSchema,
  prisma: (adapter) => new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] }),
  context: createContext,
  seed: (db) => seedDepartment(db, NAME, { persons: DEMO_PERSONS, seed: DEMO_SEED }),
  hasData: async (prisma) => (await prisma.marketEntity.count()) > 0,
};
