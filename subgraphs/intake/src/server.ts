import type { KeyObject } from 'node:crypto';
import { join } from 'node:path';
import type { SubgraphDefinition } from '@hub/kit';
import { PrismaClient } from './__generated__/prisma/client';
import { readGatewayTarget, type GatewayTarget } from './config';
import { intakeContext, type IntakeContext } from './context';
import { seedCatalogue } from './catalogue/seedCatalogue';
import { startOutboxPush } from './modules/outbox/outboxPush';
import { readPushConfig, type PushConfig } from './modules/outbox/pushConfig';
import { buildIntakeSchema } from './schema';

export const NAME = 'intake';
export const DEFAULT_PORT = 4105;

/**
 * 综合受理 the one-window intake as a subgraph, reading departments through the gateway at
 * `gateway` (an object, so tests can point it at a gateway started after intake), signing
 * purpose grants with `purposeSigningKey` (HUB_PURPOSE_SIGNING_KEY when not given), pushing
 * its outbox to NATS as `push` says (NATS_URL and friends when not given, read at start).
 */
export function createIntake(gateway: GatewayTarget, purposeSigningKey?: KeyObject, push?: PushConfig | null): SubgraphDefinition<PrismaClient, IntakeContext> {
  return {
    name: NAME,
    migrationsDir: join(__dirname, '..', 'prisma', 'migrations'),
    schema: buildIntakeSchema,
    prisma: (adapter) => new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] }),
    context: intakeContext(gateway, purposeSigningKey),
    // The catalogue is reference data, not demo data; index.ts loads it even when SEED_DEMO=false.
    seed: (db, log) => seedCatalogue(db, log),
    hasData: async (prisma) => (await prisma.matter.count()) > 0,
    // New tasks reach department systems through NATS JetStream (modules/outbox).
    onStart: ({ prisma, log }) => startOutboxPush(prisma, log, push === undefined ? readPushConfig() : push),
  };
}

/** Intake as configured by the environment (GATEWAY_URL, GATEWAY_TIMEOUT_MS). */
export const intake = createIntake(readGatewayTarget());
