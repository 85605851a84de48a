import type { ContextInput, SubgraphContext } from '@hub/kit';
import type { PrismaClient } from './__generated__/prisma/client';
import type { GatewayTarget } from './config';
import { CatalogueCache, type CatalogueSnapshot } from './modules/catalogue/catalogue.cache';
import { CatalogueService } from './modules/catalogue/catalogue.service';

/** A request to intake: who asks and why, its database, the gateway, and the catalogue. */
export interface IntakeContext extends SubgraphContext {
  prisma: PrismaClient;
  gateway: GatewayTarget;
  /** The caller's Authorization header as the gateway passed it on; intake sends it back when it reads departments. */
  authorization?: string;
  /** The catalogue at its current version: checked once per request, reloaded only when changed. */
  catalogue(): Promise<CatalogueSnapshot>;
}

/**
 * Builds each request's context. The catalogue cache is the one thing kept across
 * requests: it holds published catalogue data and plans, never a caller's data.
 */
export function intakeContext(gateway: GatewayTarget): (input: ContextInput<PrismaClient>) => IntakeContext {
  let cache: CatalogueCache | undefined;
  return (input) => {
    cache ??= new CatalogueCache(new CatalogueService(input.prisma));
    const shared = cache;
    let snapshot: Promise<CatalogueSnapshot> | undefined;
    const authorization = input.headers.authorization;
    return {
      ...input.hub,
      loaders: input.loaders,
      log: input.log,
      prisma: input.prisma,
      gateway,
      ...(authorization ? { authorization } : {}),
      catalogue: () => (snapshot ??= shared.snapshot()),
    };
  };
}
