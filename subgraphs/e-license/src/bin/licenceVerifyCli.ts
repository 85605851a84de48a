import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { LicenceDocumentProblem, parseLicenceDocument, verifyLicenceDocumentOffline, type PublishedIssuerKey } from '@hub/kit';

/**
 * Offline verification of an exported licence document (离线核验):
 *
 *   npm run licence:verify -- licence.json --keys issuer-keys.json
 *   npm run licence:verify -- licence.json --gateway http://127.0.0.1:4000/graphql --token $TOKEN
 *
 * The issuers' keys come from a file (the answer of `licenceIssuerKeys`, or its list) or are
 * fetched from the gateway; with the gateway the library is also asked whether the licence
 * was revoked since. Exit 0: valid; 1: not valid (the reason is printed); 2: cannot check.
 */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  fetch: typeof fetch;
}

const KEY_FIELDS = 'keyId issuerCode issuerName algorithm signerId publicKey activatedAt retiredAt';
const USAGE = 'usage: licence:verify -- <document.json> (--keys <issuer-keys.json> | --gateway <url> [--token <bearer>])';

class CannotCheck extends Error {}

async function graphql(io: CliIo, url: string, token: string | undefined, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const response = await io.fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: Array<{ message: string }> };
  if (!body.data) throw new CannotCheck(`the gateway answered ${response.status}: ${body.errors?.[0]?.message ?? 'no data'}`);
  return body.data;
}

/** The keys of a file: a list of published keys, or a GraphQL answer holding licenceIssuerKeys. */
function keysFrom(json: unknown): PublishedIssuerKey[] {
  const wrapped = json as { data?: { licenceIssuerKeys?: unknown }; licenceIssuerKeys?: unknown };
  const list = Array.isArray(json) ? json : (wrapped.data?.licenceIssuerKeys ?? wrapped.licenceIssuerKeys);
  if (!Array.isArray(list)) throw new CannotCheck('the keys file holds no list of issuer keys (the answer of licenceIssuerKeys)');
  return list as PublishedIssuerKey[];
}

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new CannotCheck(`cannot read ${path}: ${(err as Error).message}`);
  }
}

export async function runLicenceVerify(argv: string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { keys: { type: 'string' }, gateway: { type: 'string' }, token: { type: 'string' } } });
    const [file] = positionals;
    if (!file || (!values.keys && !values.gateway)) throw new CannotCheck(USAGE);
    const raw = await readJson(file);
    const document = parseLicenceDocument(raw);
    const token = values.token ?? process.env.HUB_TOKEN;
    const keys = values.keys ? keysFrom(await readJson(values.keys)) : keysFrom(await graphql(io, values.gateway!, token, `{ licenceIssuerKeys { ${KEY_FIELDS} } }`));
    const byId = new Map(keys.map((k) => [k.keyId, k]));
    const offline = verifyLicenceDocumentOffline(document, (keyId) => byId.get(keyId) ?? null);
    io.out(`${offline.outcome}: ${document.licence.name} ${document.licence.id}`);
    io.out(`  ${offline.detail}`);
    if (offline.outcome !== 'VALID') return 1;
    if (!values.gateway) {
      io.out('  checked offline: seal, content and validity; ask the library (--gateway) whether it was revoked since');
      return 0;
    }
    const data = await graphql(io, values.gateway, token, 'query($d: JSONObject!) { verifyLicenceDocument(document: $d) { result reason status } }', { d: raw });
    const online = data.verifyLicenceDocument as { result: string; reason: string; status: string | null };
    io.out(`  the library: ${online.result} (status ${online.status ?? 'unknown'}) ${online.reason}`);
    return online.result === 'VALID' ? 0 : 1;
  } catch (err) {
    if (err instanceof LicenceDocumentProblem) {
      io.err(`not a licence document: ${err.message}`);
      return 2;
    }
    if (err instanceof CannotCheck || (err instanceof TypeError && 'code' in err)) {
      io.err(err.message);
      return 2;
    }
    throw err;
  }
}
