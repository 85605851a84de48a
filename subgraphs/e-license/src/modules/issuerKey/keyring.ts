import { readFileSync } from 'node:fs';
import { creditCodeProblem, demoIssuerKey, issuerKeyId, sm2PrivateKeyFromHex, type IssuerSigningKey } from '@hub/kit';

/**
 * Where the library gets an issuer's private key when it seals a licence on the issuer's
 * behalf (the signing service of an e-licence platform, 签章服务). Verification never needs it.
 */
export interface IssuerKeyring {
  keyFor(issuerCode: string): IssuerSigningKey | null;
  /** What it is, for logs and errors. */
  readonly description: string;
}

/**
 * Development and demo: every issuer's key derived from a secret (by default the demo seed's,
 * so it matches the keys the synthetic library was sealed with). Never in production.
 */
export class DerivedKeyring implements IssuerKeyring {
  private readonly keys = new Map<string, IssuerSigningKey>();
  readonly description = 'demo keys derived from a development secret';

  constructor(private readonly secret: string) {}

  keyFor(issuerCode: string): IssuerSigningKey | null {
    if (creditCodeProblem(issuerCode)) return null;
    let key = this.keys.get(issuerCode);
    if (!key) this.keys.set(issuerCode, (key = demoIssuerKey(this.secret, issuerCode)));
    return key;
  }
}

/** Production: the issuers' keys from a JSON file, [{ "issuerCode": "…", "privateKey": "<64 hex>" }]. */
export class FileKeyring implements IssuerKeyring {
  private readonly keys: Map<string, IssuerSigningKey>;
  readonly description: string;

  constructor(path: string) {
    const entries = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    if (!Array.isArray(entries)) throw new Error(`${path}: expected a JSON list of { issuerCode, privateKey }`);
    this.keys = new Map(
      entries.map((entry: unknown, i) => {
        const { issuerCode, privateKey } = (entry ?? {}) as { issuerCode?: unknown; privateKey?: unknown };
        if (typeof issuerCode !== 'string' || creditCodeProblem(issuerCode) || typeof privateKey !== 'string') {
          throw new Error(`${path}[${i}]: expected { issuerCode: <credit code>, privateKey: <64 hex> }`);
        }
        const key = sm2PrivateKeyFromHex(privateKey);
        return [issuerCode, { keyId: issuerKeyId(key.publicKey), issuerCode, key }];
      }),
    );
    this.description = `${this.keys.size} issuer keys from ${path}`;
  }

  keyFor(issuerCode: string): IssuerSigningKey | null {
    return this.keys.get(issuerCode) ?? null;
  }
}

/** No keys: the library verifies but cannot issue. */
export const NO_KEYRING: IssuerKeyring = { keyFor: () => null, description: 'no issuer keys (E_LICENSE_ISSUER_KEYS_FILE is not set)' };
