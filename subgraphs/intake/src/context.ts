import type { KeyObject } from 'node:crypto';
import { OperationSignatures, PurposeSigner, readPurposeSigningKey, type ContextInput, type SubgraphContext } from '@hub/kit';
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
  /** Signs purpose grants (用数凭证) with intake's key, read at first use. */
  purposes(): PurposeSigner;
  /** Signs a document intake planned, so a production gateway runs it outside the SDK safelist. */
  signOperation(document: string): Promise<string>;
}

/**
 * Builds each request's context. The catalogue cache is the one thing kept across
 * requests: it holds published catalogue data and plans, never a caller's data.
 */
export function intakeContext(gateway: GatewayTarget, purposeSigningKey?: KeyObject): (input: ContextInput<PrismaClient>) => IntakeContext {
  let cache: CatalogueCache | undefined;
  let signer: PurposeSigner | undefined;
  let operations: OperationSignatures | undefined;
  const purposes = () => (signer ??= new PurposeSigner(purposeSigningKey ?? readPurposeSigningKey()));
  const signOperation = (document: string) => (operations ??= new OperationSignatures(purposeSigningKey ?? readPurposeSigningKey())).sign(document);
  return (input) => {
    cache ??= new CatalogueCache(new CatalogueService(input.prisma));
    const shared = cache;
    let snapshot: Promise<CatalogueSnapshot> | undefined;
    const authorization = input.headers.authorization;
    return {
      ...input.hub,
      loaders: input.loaders,
      access: input.access,
      log: input.log,
      prisma: input.prisma,
      gateway,
      ...(authorization ? { authorization } : {}),
      catalogue: () => (snapshot ??= shared.snapshot()),
      purposes,
      signOperation,
    };
  };
}
