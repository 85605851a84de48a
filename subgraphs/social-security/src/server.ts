import { join } from 'node:path';
import type { SubgraphDefinition } from '@hub/kit';
import { DEMO_PERSONS, DEMO_SEED, seedDepartment } from '@hub/synth';
import { PrismaClient } from './__generated__/prisma/client';
import { createContext, type SocialSecurityContext } from './context';
import { buildSocialSecuritySchema } from './schema';

export const NAME = 'social-security';
export const DEFAULT_PORT = 4102;

/** 人社 social security as a subgraph: built here, started by index.ts or by tests. */
export const socialSecurity: SubgraphDefinition<PrismaClient, SocialSecurityContext> = {
  name: NAME,
  migrationsDir: join(__dirname, '..', 'prisma', 'migrations'),
  schema: buildSocialSecuritySchema,
  prisma: (adapter) => new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] }),
  context: createContext,
  seed: (db) => seedDepartment(db, NAME, { persons: DEMO_PERSONS, seed: DEMO_SEED }),
  hasData: async (prisma) => (await prisma.insuranceEnrolment.count()) > 0,
};
