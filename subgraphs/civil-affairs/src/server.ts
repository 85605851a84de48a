import { join } from 'node:path';
import type { SubgraphDefinition } from '@hub/kit';
import { DEMO_PERSONS, DEMO_SEED, seedDepartment } from '@hub/synth';
import { PrismaClient } from './__generated__/prisma/client';
import { createContext, type CivilAffairsContext } from './context';
import { buildCivilAffairsSchema } from './schema';

export const NAME = 'civil-affairs';
export const DEFAULT_PORT = 4101;

/** 民政 civil affairs as a subgraph: built here, started by index.ts or by tests. */
export const civilAffairs: SubgraphDefinition<PrismaClient, CivilAffairsContext> = {
  name: NAME,
  migrationsDir: join(__dirname, '..', 'prisma', 'migrations'),
  schema: buildCivilAffairsSchema,
  prisma: (adapter) => new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] }),
  context: createContext,
  seed: (db) => seedDepartment(db, NAME, { persons: DEMO_PERSONS, seed: DEMO_SEED }),
  hasData: async (prisma) => (await prisma.resident.count()) > 0,
};
