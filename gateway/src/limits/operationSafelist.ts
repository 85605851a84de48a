import { createHash, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, parse, print, type DocumentNode } from 'graphql';
import { OPERATION_SIGNATURE_HEADER, OperationSignatures, readPurposeVerifyKey } from '@hub/kit';
import type { GatewayContext } from '../callerContext';

/**
 * The persisted-operation safelist (操作白名单): in production the gateway runs only the
 * operations the typed SDK was generated with (codegen's persisted-documents.json) and the
 * documents intake plans and signs for prefills; anything else is refused before planning.
 * Documents are compared by their printed form, so whitespace and comments do not matter.
 */
export interface OperationSafelist {
  /** sha256 of each allowed document, printed. */
  hashes: ReadonlySet<string>;
  /** Checks intake's signature over a document it planned; null when intake's key is not configured. */
  intake: OperationSignatures | null;
}

export const DEFAULT_SAFELIST_PATH = join(__dirname, '..', '..', '..', 'clients', 'sdk', 'src', '__generated__', 'persisted-documents.json');

export function printedHash(document: DocumentNode): string {
  return createHash('sha256').update(print(document)).digest('hex');
}

export function loadSafelist(path: string, intakeKey: KeyObject | null): OperationSafelist {
  const documents = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
  const hashes = new Set(Object.values(documents).map((text) => printedHash(parse(text))));
  return { hashes, intake: intakeKey ? new OperationSignatures(intakeKey) : null };
}

/**
 * HUB_SAFELIST: `enforce` (the default in production) or `off` (the default in development,
 * where any operation runs); HUB_SAFELIST_PATH: the safelist file; intake's signatures are
 * checked with HUB_PURPOSE_VERIFY_KEY, the key departments check its grants with.
 */
export function readSafelist(env: NodeJS.ProcessEnv, production: boolean): OperationSafelist | null {
  const mode = env.HUB_SAFELIST ?? (production ? 'enforce' : 'off');
  if (mode === 'off') return null;
  if (mode !== 'enforce') throw new Error(`HUB_SAFELIST must be enforce or off, got ${mode}`);
  const intakeKey = env.HUB_PURPOSE_VERIFY_KEY || env.HUB_PURPOSE_VERIFY_KEY_FILE ? readPurposeVerifyKey(env) : null;
  return loadSafelist(env.HUB_SAFELIST_PATH ?? DEFAULT_SAFELIST_PATH, intakeKey);
}

function notSafelisted(): GraphQLError {
  return new GraphQLError('This operation is not in the gateway’s safelist: production clients send the operations of the typed SDK (persisted-documents.json)', {
    extensions: { code: 'OPERATION_NOT_SAFELISTED', http: { status: 400 } },
  });
}

export function safelistPlugin(safelist: OperationSafelist): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, source, request }) {
          if (safelist.hashes.has(printedHash(document))) return;
          const signature = request.http?.headers.get(OPERATION_SIGNATURE_HEADER);
          if (signature && safelist.intake && (await safelist.intake.verify(signature, source))) return;
          throw notSafelisted();
        },
      };
    },
  };
}
