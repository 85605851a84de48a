import { join } from 'node:path';
import type { SubgraphDefinition } from '@hub/kit';
import { DEMO_PERSONS, DEMO_SEED, seedDepartment } from '@hub/synth';
import { PrismaClient } from './__generated__/prisma/client';
import { createContext, type ELicenseContext } from './context';
import { buildELicenseSchema } from './schema';

export const NAME = 'e-license';
export const DEFAULT_PORT = 4104;

/** 电子证照库 the e-licence library as a subgraph: built here, started by index.ts or by tests. */
export const eLicense: SubgraphDefinition<PrismaClient, ELicenseContext> = {
  name: NAME,
  migrationsDir: join(__dirname, '..', 'prisma', 'migrations'),
  schema: buildELicenseSchema,
  prisma: (adapter) => new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] }),
  context: createContext,
  seed: (db) => seedDepartment(db, NAME, { persons: DEMO_PERSONS, seed: DEMO_SEED }),
  hasData: async (prisma) => (await prisma.licenceType.count()) > 0,
};
